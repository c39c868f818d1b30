package crmcopilot.ai.internal;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Fills {@code {name}} placeholders of a prompt with variables. A placeholder with no
 * variable of that name is left as written, so JSON examples in a prompt survive.
 * Collections are written one item per line; {@code {variables}} lists every variable
 * ({@code name: value}) and {@code {task}} is the task name.
 */
public final class PromptRenderer {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_.-]*)\\}");

	private PromptRenderer() {
	}

	public static String render(String template, String task, Map<String, ?> variables) {
		Matcher matcher = PLACEHOLDER.matcher(template);
		StringBuilder out = new StringBuilder(template.length() + 256);
		while (matcher.find()) {
			String name = matcher.group(1);
			String value;
			if (variables.containsKey(name)) {
				value = text(variables.get(name));
			}
			else if ("variables".equals(name)) {
				value = variables.entrySet()
					.stream()
					.map((entry) -> entry.getKey() + ": " + text(entry.getValue()))
					.collect(Collectors.joining("\n"));
			}
			else if ("task".equals(name)) {
				value = task;
			}
			else {
				value = matcher.group();
			}
			matcher.appendReplacement(out, Matcher.quoteReplacement(value));
		}
		matcher.appendTail(out);
		return out.toString();
	}

	/** The variable names a template uses, in order of first use. */
	public static Set<String> variableNames(String template) {
		Set<String> names = new LinkedHashSet<>();
		Matcher matcher = PLACEHOLDER.matcher(template);
		while (matcher.find()) {
			String name = matcher.group(1);
			if (!"variables".equals(name) && !"task".equals(name)) {
				names.add(name);
			}
		}
		return names;
	}

	private static String text(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Collection<?> items) {
			return items.stream().map((item) -> "- " + text(item)).collect(Collectors.joining("\n"));
		}
		return value.toString();
	}

}

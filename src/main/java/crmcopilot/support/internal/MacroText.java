package crmcopilot.support.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Fills a macro's placeholders: {@code {client}}, {@code {commande}}, {@code {produit}}
 * and {@code {agent}}, French names a person typing a macro reads as they are. A
 * placeholder with no value stays in the text, for the agent to complete.
 */
public final class MacroText {

	public static final List<String> PLACEHOLDERS = List.of("client", "commande", "produit", "agent");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(client|commande|produit|agent)\\}");

	private MacroText() {
	}

	/** The values a ticket gives: from its message, its customer and the agent. */
	public static Map<String, String> values(String messageText, String language, @Nullable String customerName,
			@Nullable String agentName) {
		Map<String, String> values = new java.util.HashMap<>();
		put(values, "client", customerName);
		put(values, "commande", ReplyComposer.orderNumber(messageText).orElse(null));
		put(values, "produit", MessageFacts.of(messageText, language).product());
		put(values, "agent", agentName);
		return values;
	}

	/** The text with every placeholder that has a value filled. */
	public static String fill(String body, Map<String, String> values) {
		Matcher matcher = PLACEHOLDER.matcher(body);
		StringBuilder filled = new StringBuilder();
		while (matcher.find()) {
			String value = values.get(matcher.group(1));
			matcher.appendReplacement(filled, Matcher.quoteReplacement((value != null) ? value : matcher.group()));
		}
		matcher.appendTail(filled);
		return filled.toString();
	}

	/** The placeholders of {@code body} that {@code values} leaves empty. */
	public static List<String> missing(String body, Map<String, String> values) {
		List<String> missing = new ArrayList<>();
		Matcher matcher = PLACEHOLDER.matcher(body);
		while (matcher.find()) {
			if (!values.containsKey(matcher.group(1)) && !missing.contains(matcher.group(1))) {
				missing.add(matcher.group(1));
			}
		}
		return missing;
	}

	private static void put(Map<String, String> values, String name, @Nullable String value) {
		if (value != null && !value.isBlank()) {
			values.put(name, value.strip());
		}
	}

}

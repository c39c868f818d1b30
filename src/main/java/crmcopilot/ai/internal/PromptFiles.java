package crmcopilot.ai.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The prompt files shipped on the class path, {@code prompts/<task>.<lang>.st}, whatever
 * module wrote them. The first line is the version header {@code # version: N}; the rest
 * is the template.
 */
class PromptFiles implements PromptSource {

	private static final Pattern FILE_NAME = Pattern.compile("([a-z0-9][a-z0-9_-]*)\\.([a-z]{2})\\.st");

	private static final Pattern HEADER = Pattern.compile("^#\\s*version\\s*:\\s*(\\d+)\\s*$");

	private final Map<String, ResolvedPrompt> prompts;

	public PromptFiles() {
		this("classpath*:prompts/*.st");
	}

	PromptFiles(String locationPattern) {
		Map<String, ResolvedPrompt> found = new LinkedHashMap<>();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources(locationPattern)) {
				String filename = resource.getFilename();
				Matcher name = FILE_NAME.matcher((filename != null) ? filename : "");
				if (!name.matches()) {
					continue;
				}
				ResolvedPrompt prompt = parse(name.group(1), name.group(2),
						resource.getContentAsString(StandardCharsets.UTF_8), filename);
				found.putIfAbsent(key(prompt.id(), prompt.lang()), prompt);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read prompt files", ex);
		}
		this.prompts = Map.copyOf(found);
	}

	static ResolvedPrompt parse(String id, String lang, String content, String filename) {
		String text = content.replace("\r\n", "\n");
		int newline = text.indexOf('\n');
		String header = (newline < 0) ? text : text.substring(0, newline);
		Matcher version = HEADER.matcher(header.strip());
		if (!version.matches()) {
			throw new IllegalStateException(
					"prompt " + filename + " must start with a version header '# version: N', found: " + header);
		}
		String body = (newline < 0) ? "" : text.substring(newline + 1).strip() + "\n";
		return new ResolvedPrompt(id, lang, Integer.parseInt(version.group(1)), ResolvedPrompt.FILE, body);
	}

	/** Every prompt file, sorted by task then language. */
	public List<ResolvedPrompt> all() {
		List<ResolvedPrompt> all = new ArrayList<>(this.prompts.values());
		all.sort(Comparator.comparing(ResolvedPrompt::id).thenComparing(ResolvedPrompt::lang));
		return all;
	}

	public Optional<ResolvedPrompt> find(String promptId, String lang) {
		return Optional.ofNullable(this.prompts.get(key(promptId, lang)));
	}

	/**
	 * The file in {@code lang}, else in the other language, else the generic prompt.
	 */
	@Override
	public ResolvedPrompt resolve(UUID workspaceId, String promptId, String lang) {
		return find(promptId, lang).or(() -> find(promptId, "fr".equals(lang) ? "en" : "fr"))
			.orElseGet(() -> new ResolvedPrompt(promptId, lang, 0, ResolvedPrompt.BUILTIN, generic(lang)));
	}

	private static String generic(String lang) {
		return "en".equals(lang) ? """
				You carry out the task "{task}" for a customer-relations team.
				Input:
				{variables}
				Answer with one JSON object matching the schema you were given, nothing else.
				""" : """
				Tu réalises la tâche « {task} » pour une équipe de relation client.
				Entrée :
				{variables}
				Réponds par un seul objet JSON conforme au schéma fourni, rien d'autre.
				""";
	}

	private static String key(String id, String lang) {
		return id + "." + lang;
	}

}

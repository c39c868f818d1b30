package crmcopilot.ai.offline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import crmcopilot.ai.LanguageDetector;
import crmcopilot.ai.SummariseTask;
import crmcopilot.ai.TaskContext;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * The {@code summarise} task, prompts {@code prompts/summarise.<fr|en>.st}; its offline
 * engine is the {@link ExtractiveSummariser}.
 */
@Service
class OfflineSummariseTask implements SummariseTask {

	static final int MAX_SENTENCES = 3;

	static final int MAX_SUMMARY_LENGTH = 800;

	private final ExtractiveSummariser summariser;

	private final LanguageDetector languages;

	OfflineSummariseTask(ExtractiveSummariser summariser, LanguageDetector languages) {
		this.summariser = summariser;
		this.languages = languages;
	}

	@Override
	public String name() {
		return "summarise";
	}

	@Override
	public Class<Summary> resultType() {
		return Summary.class;
	}

	@Override
	public Map<String, Object> promptVariables(Request input) {
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("text", input.text());
		variables.put("language", messageLanguage(input));
		variables.put("maxSentences", sentences(input));
		return variables;
	}

	@Override
	public Summary offline(Request input, TaskContext context) {
		List<String> sentences = this.summariser.summarySentences(input.text(), sentences(input));
		return new Summary(String.join(" ", sentences), sentences, messageLanguage(input));
	}

	@Override
	public @Nullable Request sampleInput(Map<String, String> variables) {
		String text = variables.get("text");
		if (text == null || text.isBlank()) {
			return null;
		}
		int sentences;
		try {
			sentences = Integer.parseInt(variables.getOrDefault("maxSentences", "2").strip());
		}
		catch (NumberFormatException ex) {
			sentences = 2;
		}
		return new Request(text, variables.getOrDefault("language", ""), sentences);
	}

	@Override
	public String language(Request input) {
		return "en".equals(messageLanguage(input)) ? "en" : "fr";
	}

	@Override
	public @Nullable String validate(Summary result, Request input) {
		if (result.summary() == null || result.summary().isBlank()) {
			return "summary must not be empty";
		}
		if (result.summary().length() > MAX_SUMMARY_LENGTH) {
			return "summary must be at most " + MAX_SUMMARY_LENGTH + " characters";
		}
		if (result.sentences() == null || result.sentences().isEmpty()
				|| result.sentences().size() > sentences(input)) {
			return "sentences must hold 1.." + sentences(input) + " items";
		}
		return null;
	}

	private static int sentences(Request input) {
		return Math.max(1, Math.min(MAX_SENTENCES, input.maxSentences()));
	}

	private String messageLanguage(Request input) {
		if (input.language() != null && !input.language().isBlank()) {
			return input.language().strip().toLowerCase(java.util.Locale.ROOT);
		}
		return this.languages.detect(input.text());
	}

}

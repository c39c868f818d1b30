package crmcopilot.support.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import crmcopilot.ai.TextClassifier;
import org.jspecify.annotations.Nullable;

/**
 * Everything the triage of one workspace needs, loaded once and reused for many messages.
 *
 * @param classifier the category classifier, or null when the workspace has no examples
 * @param threshold minimum category confidence for an automatic answer
 * @param placeholders values of the macros' placeholders ({@code horaires}...)
 * @param humanOnly the intents the workspace never lets go out automatically
 * @param holdingMacros the workspace's holding-reply macros (none: the shipped defaults)
 */
public record TriageSetup(String workspaceName, List<Category> categories, @Nullable TextClassifier classifier,
		KnowledgeIndex knowledge, double threshold, Map<String, String> placeholders, String defaultLanguage,
		Set<HumanOnlyIntent> humanOnly, List<Macro> holdingMacros) {

	/** A setup whose holding replies are the shipped defaults. */
	public TriageSetup(String workspaceName, List<Category> categories, @Nullable TextClassifier classifier,
			KnowledgeIndex knowledge, double threshold, Map<String, String> placeholders, String defaultLanguage,
			Set<HumanOnlyIntent> humanOnly) {
		this(workspaceName, categories, classifier, knowledge, threshold, placeholders, defaultLanguage, humanOnly,
				List.of());
	}

	/** A setup with the safe default: every never-automatic intent switched on. */
	public TriageSetup(String workspaceName, List<Category> categories, @Nullable TextClassifier classifier,
			KnowledgeIndex knowledge, double threshold, Map<String, String> placeholders, String defaultLanguage) {
		this(workspaceName, categories, classifier, knowledge, threshold, placeholders, defaultLanguage,
				HumanOnlyIntent.all());
	}

	public static final String FALLBACK_CATEGORY = "Autre";

	/**
	 * What the holding reply says happens next: the workspace's holding macro of the
	 * category (else its one for any category) in the language, its placeholders filled;
	 * null when it has none, or one whose placeholders the message cannot fill.
	 */
	@Nullable String holdingStep(String category, String language, Map<String, String> values) {
		Macro chosen = this.holdingMacros.stream()
			.filter((macro) -> macro.language().equals(language) && category.equals(macro.categorie()))
			.findFirst()
			.or(() -> this.holdingMacros.stream()
				.filter((macro) -> macro.language().equals(language) && macro.categorie() == null)
				.findFirst())
			.orElse(null);
		if (chosen == null || !MacroText.missing(chosen.body(), values).isEmpty()) {
			return null;
		}
		return MacroText.fill(chosen.body(), values);
	}

	public Optional<Category> category(String name) {
		return this.categories.stream().filter((category) -> category.name().equals(name)).findFirst();
	}

	public Set<String> categoryNames() {
		return this.categories.stream()
			.map(Category::name)
			.collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new));
	}

	/**
	 * The category used when nothing fits: "Autre" if the workspace has it, else the
	 * last.
	 */
	public String fallbackCategory() {
		if (category(FALLBACK_CATEGORY).isPresent() || this.categories.isEmpty()) {
			return FALLBACK_CATEGORY;
		}
		return this.categories.get(this.categories.size() - 1).name();
	}

}

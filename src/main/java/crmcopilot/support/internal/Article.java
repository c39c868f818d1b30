package crmcopilot.support.internal;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A knowledge-base entry: an article (facts) or a macro (a reply with placeholders such
 * as {@code {{numero_commande}}} or {@code {{horaires}}}).
 *
 * @param categorie the category it answers, or null for any
 */
public record Article(UUID id, String kind, String title, String body, String language, @Nullable String categorie,
		@Nullable String keywords) {

	public static final String ARTICLE = "ARTICLE";

	public static final String MACRO = "MACRO";

	/** The languages an entry may be written in, as a pattern for validation. */
	public static final String LANGUAGE_PATTERN = "fr|en|es|de|pt";

	/**
	 * Tags (keywords) as a list: the stored text split at commas, or at spaces when it
	 * has none (keywords typed as a list of words).
	 */
	public List<String> tags() {
		if (this.keywords == null || this.keywords.isBlank()) {
			return List.of();
		}
		return Arrays.stream(this.keywords.split(this.keywords.contains(",") ? "," : "\\s+"))
			.map(String::strip)
			.filter((tag) -> !tag.isEmpty())
			.toList();
	}

	/** Tags as stored: joined by commas, or null when there are none. */
	public static @Nullable String keywords(@Nullable List<String> tags) {
		if (tags == null) {
			return null;
		}
		String joined = tags.stream()
			.map(String::strip)
			.filter((tag) -> !tag.isEmpty())
			.collect(java.util.stream.Collectors.joining(", "));
		return joined.isEmpty() ? null : joined;
	}

}

package crmcopilot.support.internal;

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

}

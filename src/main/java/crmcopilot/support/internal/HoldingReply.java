package crmcopilot.support.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The reply sent or proposed when no article answers the message, or when a person must
 * answer: it states no fact of the knowledge base, acknowledges what the customer said
 * (the problem in their words, the order, the product), apologises when a problem is
 * reported, and says what happens next for the category.
 */
final class HoldingReply {

	private static final Map<String, String> NEXT_STEPS = new HashMap<>();

	private static final List<Macro> DEFAULTS = new ArrayList<>();

	static {
		for (CsvRows.Row row : CsvRows.resource("support/holding-replies.csv")) {
			String category = row.get("categorie");
			String language = row.raw("language");
			NEXT_STEPS.put(key((category != null) ? category : "", language), row.raw("body"));
			String title = "en".equals(language) ? "Holding reply — " + ((category != null) ? category : "any category")
					: "Réponse d'attente — " + ((category != null) ? category : "toute catégorie");
			DEFAULTS.add(new Macro(UUID.randomUUID(), title, row.raw("body"), language, category, true));
		}
	}

	private HoldingReply() {
	}

	/**
	 * @param nextStep what happens next (a macro of the category), or null for the
	 * default of the category
	 */
	static String compose(MessageFacts facts, String category, String language, @Nullable String nextStep) {
		boolean english = "en".equals(language);
		StringBuilder body = new StringBuilder();
		if (facts.reportsProblem()) {
			if (facts.problemForReply() != null) {
				body.append(english ? "We are very sorry to hear that " + facts.problemForReply() + "."
						: "Nous sommes sincèrement désolés d'apprendre " + Person.que(facts.problemForReply()) + ".");
			}
			else {
				body.append(english ? "We are very sorry for the trouble."
						: "Nous sommes sincèrement désolés de ce désagrément.");
			}
			body.append(' ');
		}
		body.append(acknowledgement(facts, english)).append(' ');
		body.append((nextStep != null && !nextStep.isBlank()) ? nextStep.strip() : nextStep(category, language));
		return body.toString();
	}

	private static String acknowledgement(MessageFacts facts, boolean english) {
		String product = facts.product();
		boolean productSaid = product != null && facts.problemForReply() != null
				&& facts.problemForReply().toLowerCase().contains(product.toLowerCase());
		String productPart = (product != null && !productSaid) ? product : null;
		if (english) {
			if (facts.orderNumber() != null) {
				return "We have received your message about order " + facts.orderNumber()
						+ ((productPart != null) ? " (" + productPart + ")" : "") + ".";
			}
			return (productPart != null) ? "We have received your message about your " + productPart + "."
					: "We have received your message.";
		}
		if (facts.orderNumber() != null) {
			return "Nous avons bien reçu votre message concernant votre commande " + facts.orderNumber()
					+ ((productPart != null) ? " (" + productPart + ")" : "") + ".";
		}
		return (productPart != null) ? "Nous avons bien reçu votre message concernant votre " + productPart + "."
				: "Nous avons bien reçu votre message.";
	}

	/** The shipped holding replies, as the macros a new workspace starts with. */
	static List<Macro> defaults() {
		return List.copyOf(DEFAULTS);
	}

	static String nextStep(String category, String language) {
		String lang = "en".equals(language) ? "en" : "fr";
		String step = NEXT_STEPS.get(key(category, lang));
		return (step != null) ? step : NEXT_STEPS.get(key("", lang));
	}

	private static String key(String category, String language) {
		return category + "|" + language;
	}

}

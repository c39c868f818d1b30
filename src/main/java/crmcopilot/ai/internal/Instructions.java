package crmcopilot.ai.internal;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The fixed messages around a business prompt: the system message (answer in JSON, keep
 * placeholders) and the retry message after a rejected answer.
 */
final class Instructions {

	private Instructions() {
	}

	static String system(String lang, @Nullable Class<?> type, @Nullable JsonNode schema, boolean nativeSchema,
			boolean redacted) {
		boolean english = "en".equals(lang);
		StringBuilder text = new StringBuilder(english
				? "You are the assistant of a customer-relations team. Answer with exactly one JSON object, no prose, no code fence."
				: "Tu es l'assistant d'une équipe de relation client. Réponds par exactement un objet JSON, sans texte autour ni bloc de code.");
		if (schema != null && type != null) {
			if (nativeSchema) {
				text.append(english ? " The object must match the JSON schema \""
						: " L'objet doit respecter le schéma JSON « ")
					.append(schemaName(type))
					.append(english ? "\"." : " ».");
			}
			else {
				text.append(english ? " The object must match this JSON schema:\n"
						: " L'objet doit respecter ce schéma JSON :\n")
					.append(schema);
			}
		}
		if (redacted) {
			text.append(english
					? "\nPersonal data was replaced by placeholders such as [EMAIL_1] or [NAME_1]: copy them unchanged where needed, never invent the hidden values."
					: "\nLes données personnelles ont été remplacées par des marqueurs comme [EMAIL_1] ou [NAME_1] : recopie-les tels quels si besoin, n'invente jamais les valeurs cachées.");
		}
		return text.toString();
	}

	static String retry(String lang, String problem) {
		return "en".equals(lang)
				? "Your answer was rejected: " + problem + ". Answer again with only one JSON object that fixes this."
				: "Ta réponse a été rejetée : " + problem
						+ ". Réponds de nouveau avec un seul objet JSON qui corrige ce point.";
	}

	static String schemaName(Class<?> type) {
		return type.getSimpleName().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
	}

	/** Some models wrap JSON in a Markdown code fence despite instructions. */
	static String stripCodeFence(String content) {
		String text = content.strip();
		if (text.startsWith("```")) {
			int firstLine = text.indexOf('\n');
			int closing = text.lastIndexOf("```");
			if (firstLine > 0 && closing > firstLine) {
				return text.substring(firstLine + 1, closing).strip();
			}
		}
		return text;
	}

}

package crmcopilot.campaigns.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A segment described as a persona.
 *
 * @param card the persona card: Âge moyen, Situation familiale, Revenu moyen, Panier
 * moyen, CSP, Canal d'achat, Zone d'habitation, Type d'habitation
 * @param svg the offline illustration
 * @param visualDescription what the illustration shows (visual → persona)
 * @param imagePrompt the description an image provider would draw (persona → visual)
 * @param engine who wrote the text: {@code offline} or the provider
 * @param fit how well the persona serves the brief, 0..1 ({@link PersonaFit}); null for
 * runs analysed before it was computed
 * @param fitReason the figures behind the fit, citing the brief's terms
 */
public record Persona(int segment, int size, double share, PersonaText text, List<CardField> card, String svg,
		String visualDescription, String imagePrompt, String engine, @Nullable Double fit, @Nullable String fitReason) {

	/**
	 * @param key message key of the label
	 */
	public record CardField(String key, String value) {
	}

}

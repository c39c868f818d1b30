package crmcopilot.campaigns.internal;

import java.util.List;

/**
 * A segment described as a persona.
 *
 * @param card the persona card: Âge moyen, Situation familiale, Revenu moyen, Panier
 * moyen, CSP, Canal d'achat, Zone d'habitation, Type d'habitation
 * @param svg the offline illustration
 * @param visualDescription what the illustration shows (visual → persona)
 * @param imagePrompt the description an image provider would draw (persona → visual)
 * @param engine who wrote the text: {@code offline} or the provider
 */
public record Persona(int segment, int size, double share, PersonaText text, List<CardField> card, String svg,
		String visualDescription, String imagePrompt, String engine) {

	/**
	 * @param key message key of the label
	 */
	public record CardField(String key, String value) {
	}

}

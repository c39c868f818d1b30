package crmcopilot.matching.internal.tasks;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Sentence templates of the offline writers, in French and English ({@code %s}
 * placeholders filled with breakdown facts only).
 */
public final class BriefTexts {

	private static final Map<String, String> FR = Map.ofEntries(
			Map.entry("headline", "%s est le meilleur choix pour vous (%s %%)."),
			Map.entry("style", "%s travaille les styles que vous aimez : %s."),
			Map.entry("goals", "%s accompagne souvent des objectifs comme les vôtres : %s."),
			Map.entry("life-moments", "%s connaît bien les moments de vie que vous traversez : %s."),
			Map.entry("morphology", "%s maîtrise votre morphologie (%s)."),
			Map.entry("budget-full", "Votre budget de %s couvre toute sa grille tarifaire (%s à %s)."),
			Map.entry("budget-part", "Votre budget de %s entre dans sa grille tarifaire (%s à %s)."),
			Map.entry("distance", "Séance en présentiel : %s km vous séparent, à %s."),
			Map.entry("remote", "La séance se fera en visio."),
			Map.entry("semantic", "Sa présentation fait écho à ce que vous avez écrit."),
			Map.entry("summary", "%s (%s), budget %s, séance en %s."), Map.entry("in-person", "présentiel"),
			Map.entry("by-video", "visio"), Map.entry("no-goal", "Pas d''objectif précisé : à faire préciser."),
			Map.entry("style-budget", "Styles souhaités : %s. Budget réel : %s (votre grille : %s à %s)."),
			Map.entry("no-style", "aucun précisé"),
			Map.entry("no-morphology",
					"Morphologie non précisée : observer et demander ce que la cliente aime montrer ou non."),
			Map.entry("free-text", "Ce que le client a écrit : « %s »"),
			Map.entry("q1", "Quelle tenue vous a fait vous sentir le mieux récemment, et pourquoi ?"),
			Map.entry("q2", "Quelles pièces portez-vous le plus, et lesquelles ne portez-vous jamais ?"),
			Map.entry("q-goal", "Pour « %s », à quelle date et dans quel contexte ?"),
			Map.entry("q-moment", "Qu''est-ce qui change pour vous avec « %s » ?"),
			Map.entry("q-budget", "Le budget de %s inclut-il les achats ou seulement la séance ?"),
			Map.entry("p1", "10 min : accueil, objectifs et contraintes"),
			Map.entry("p2", "20 min : analyse de la silhouette, des couleurs et du dressing actuel"),
			Map.entry("p3", "40 min : essayages ciblés (%s)"),
			Map.entry("p4", "10 min : récapitulatif, liste d''achats priorisée dans le budget"),
			Map.entry("i1", "Sélection de pièces dans les styles %s, dans la fourchette du budget"),
			Map.entry("i2", "Nuancier couleurs et mètre ruban"),
			Map.entry("i3", "Fiche récapitulative à remettre en fin de séance"),
			Map.entry("i-remote", "Lien visio testé et liste de pièces à sortir du dressing envoyée à l''avance"),
			Map.entry("i-goal", "Idées de tenues pour « %s »"));

	private static final Map<String, String> EN = Map.ofEntries(
			Map.entry("headline", "%s is the best match for you (%s %%)."),
			Map.entry("style", "%s works with the styles you like: %s."),
			Map.entry("goals", "%s often helps with goals like yours: %s."),
			Map.entry("life-moments", "%s knows the life moments you are going through: %s."),
			Map.entry("morphology", "%s is an expert of your body shape (%s)."),
			Map.entry("budget-full", "Your budget of %s covers their whole price range (%s to %s)."),
			Map.entry("budget-part", "Your budget of %s fits within their price range (%s to %s)."),
			Map.entry("distance", "In-person session: %s km away, in %s."),
			Map.entry("remote", "The session will take place by video."),
			Map.entry("semantic", "Their profile echoes what you wrote."),
			Map.entry("summary", "%s (%s), budget %s, session %s."), Map.entry("in-person", "in person"),
			Map.entry("by-video", "by video"), Map.entry("no-goal", "No goal given: ask for one."),
			Map.entry("style-budget", "Wanted styles: %s. Real budget: %s (your range: %s to %s)."),
			Map.entry("no-style", "none given"),
			Map.entry("no-morphology", "Body shape not given: observe and ask what the client likes to show or not."),
			Map.entry("free-text", "What the client wrote: \"%s\""),
			Map.entry("q1", "Which outfit made you feel best recently, and why?"),
			Map.entry("q2", "Which pieces do you wear most, and which never?"),
			Map.entry("q-goal", "For \"%s\": when, and in what setting?"),
			Map.entry("q-moment", "What changes for you with \"%s\"?"),
			Map.entry("q-budget", "Does the budget of %s include purchases or only the session?"),
			Map.entry("p1", "10 min: welcome, goals and constraints"),
			Map.entry("p2", "20 min: silhouette, colours and current wardrobe"),
			Map.entry("p3", "40 min: targeted fittings (%s)"),
			Map.entry("p4", "10 min: recap, prioritised shopping list within budget"),
			Map.entry("i1", "A selection of pieces in the styles %s, within budget"),
			Map.entry("i2", "Colour swatches and a tape measure"), Map.entry("i3", "A recap sheet to hand over"),
			Map.entry("i-remote", "A tested video link and a list of pieces to take out of the wardrobe, sent ahead"),
			Map.entry("i-goal", "Outfit ideas for \"%s\""));

	private static final Map<String, String[]> MORPHOLOGY = Map.of("sablier", new String[] {
			"Marquer la taille (ceintures, portefeuilles, robes cintrées) ; éviter les coupes droites qui masquent la taille.",
			"Mark the waist (belts, wrap tops, fitted dresses); avoid boxy cuts that hide the waist." }, "triangle",
			new String[] {
					"Mettre le haut en valeur (encolures, épaules structurées, couleurs claires en haut) ; bas sombres et fluides.",
					"Bring attention up (necklines, structured shoulders, light tops); dark, flowing bottoms." },
			"triangle inverse",
			new String[] {
					"Équilibrer avec du volume en bas (jupes évasées, pantalons larges) ; hauts simples, encolures en V.",
					"Balance with volume below (A-line skirts, wide trousers); simple tops, V-necks." },
			"rectangle",
			new String[] { "Créer des courbes : superpositions, ceintures basses, matières qui ont du mouvement.",
					"Create curves: layers, low belts, fabrics with movement." },
			"ovale",
			new String[] {
					"Allonger la silhouette : lignes verticales, encolures en V, matières fluides, vestes ouvertes.",
					"Lengthen the silhouette: vertical lines, V-necks, fluid fabrics, open jackets." },
			"huit",
			new String[] {
					"Souligner la taille et suivre les courbes sans les comprimer ; matières souples et structurées.",
					"Follow the curves without squeezing them; soft yet structured fabrics." });

	private BriefTexts() {
	}

	public static String text(String language, String key, Object... args) {
		String template = ("en".equals(language) ? EN : FR).get(key);
		return String.format(Locale.ROOT, template.replace("''", "'"), args);
	}

	public static String morphologyAdvice(String language, String morphology) {
		String[] advice = MORPHOLOGY.get(morphology);
		if (advice == null) {
			return ("en".equals(language) ? "Body shape: " : "Morphologie : ") + morphology;
		}
		return "en".equals(language) ? advice[1] : advice[0];
	}

	/**
	 * An amount followed by the currency's symbol in the language ("150 €", "25000 F
	 * CFA"); the bare amount when no currency is known.
	 */
	public static String money(String amount, String currency, String language) {
		if (currency.isBlank()) {
			return amount;
		}
		try {
			return amount + " " + java.util.Currency.getInstance(currency)
				.getSymbol("en".equals(language) ? Locale.ENGLISH : Locale.FRANCE);
		}
		catch (IllegalArgumentException ex) {
			return amount + " " + currency;
		}
	}

	public static String list(List<String> items, String language) {
		return items.isEmpty() ? text(language, "no-style") : String.join(", ", items);
	}

}

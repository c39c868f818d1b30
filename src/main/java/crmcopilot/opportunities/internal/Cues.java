package crmcopilot.opportunities.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Weighted cue dictionaries for the opportunity type, the lead source and the industry.
 * The value with the highest total weight wins; its strongest cue is the source span.
 */
final class Cues {

	static final String DIRECT_SALE = "Vente directe";

	static final String RENEWAL = "Renouvellement hors contrat";

	static final String MAINTENANCE = "Contrat de maintenance";

	static final String PROJECT = "Projet";

	static final String SPONTANEOUS = "Demande client spontanée";

	record Cue(Pattern pattern, double weight) {
	}

	record Hit(String value, int start, int end, double weight) {
	}

	static final Map<String, List<Cue>> TYPES = new LinkedHashMap<>();

	static final Map<String, List<Cue>> LEAD_SOURCES = new LinkedHashMap<>();

	static final Map<String, List<Cue>> INDUSTRIES = new LinkedHashMap<>();

	static {
		TYPES.put(RENEWAL, List.of(cue("renouvel\\w*|reconduction|reabonnement|re-abonnement", 3), cue(
				"arrive(?:nt)? a (?:expiration|echeance)|expire(?:nt)?|expiration|echeance des licences|licences? (?:echue|expiree)s?",
				2.5), cue("hors contrat|sans contrat|plus sous contrat|contrat (?:a expire|echu|termine)", 2)));
		TYPES.put(MAINTENANCE, List.of(cue("contrat de maintenance|contrat de support|maintenance", 3.2), cue(
				"tma|tierce maintenance|infogerance|assistance technique|support (?:annuel|technique|n[123])|sla|hotline|contrat de service|maintien en condition",
				2.5), cue("entretien|depannage|intervention sur site", 1)));
		TYPES.put(PROJECT, List.of(cue(
				"projet|mise en place|mettre en place|deploiement|deployer|implementation|implementer|migration|migrer|integration|integrer|refonte|developpement|developper|digitalisation|dematerialisation|interconnect\\w*|sd-wan|modernisation|construction|conception|realisation|etude|audit|schema directeur|transformation",
				2), cue("appel d'offres|avis d'appel|dao|lot \\d|maitrise d'oeuvre|cle en main|installation", 1),
				cue("solution|plateforme|application|logiciel sur mesure|portail|site web|site internet|systeme d'information",
						0.8)));
		TYPES.put(DIRECT_SALE, List.of(cue(
				"achat|acheter|commande|commander|acquisition|acquerir|fourniture|livraison de|devis|cotation|proforma|pro forma|bon de commande",
				2),
				cue("ordinateurs?|laptops?|portables?|serveurs?|imprimantes?|photocopieurs?|onduleurs?|switch(?:es)?|routeurs?|licences?|postes de travail|ecrans?|tablettes?|materiel|equipements?|consommables|cartouches|telephones?|kits?|baies?|climatiseurs?|cameras?|badges?",
						1.5)));
		LEAD_SOURCES.put("Appel d'offres", List.of(cue(
				"appel d'offres?|appels d'offres|avis d'appel|\\bao\\b|\\bdao\\b|marches ?publics|marche public|dossier d'appel|autorite contractante|avis general|demande de renseignements et de prix|\\bdrp\\b|consultation restreinte|soumission|soumissionn\\w+|date limite de depot|lot n",
				3)));
		LEAD_SOURCES.put("Recommandation", List.of(cue(
				"recommand\\w*|de la part de|refere|reference par|nous a ete presente|m'a ete presente|conseille par|sur les conseils de|bouche a oreille|m'a donne (?:votre|ton) contact|nous a orientes|orient\\w+ vers nous|parrain\\w*",
				3)));
		LEAD_SOURCES.put("Salon / Événement", List.of(cue(
				"salon|forum|conference|evenement|webinaire|webinar|seminaire|stand|foire|gitex|vivatech|atelier|meetup|afterwork|petit-dejeuner|petit dejeuner|journee portes|sommet|fiara|fidak|exposition|showroom",
				3)));
		LEAD_SOURCES.put("Site web", List.of(cue(
				"(?:notre|votre|via (?:le|votre|notre)|sur (?:le|votre|notre)|depuis (?:le|votre|notre)) site(?: web| internet)?|formulaire|via le site|depuis le site|chat en ligne|chatbot|page contact|demande en ligne|landing page|via internet|trouve sur internet|google|linkedin",
				3)));
		LEAD_SOURCES.put("Prospection commerciale", List.of(cue(
				"prospection|prospecte|prospecter|demarchage|demarche|appel a froid|phoning|cold call|campagne d'appels|porte-a-porte|visite de prospection|premier contact a notre initiative|nous l'avons contacte|j'ai contacte|avons sollicite|emailing|campagne",
				3)));
		LEAD_SOURCES.put("Partenaire", List.of(cue(
				"via (?:notre|un) partenaire|notre partenaire|partenaire (?:integrateur|revendeur|editeur|distributeur)|apporte par|apport d'affaires|apporteur d'affaires|revendeur|distributeur|co-traitance|cotraitance|via microsoft|via orange|via cisco|grossiste",
				3)));
		INDUSTRIES.put("Banque et finance", List.of(cue(
				"banque|bancaire|microfinance|finance|assurance|mutuelle|caisse|credit|bceao|bicis|cbao|sgbs|ecobank|bank",
				2)));
		INDUSTRIES.put("Télécommunications",
				List.of(cue("telecom\\w*|operateur|sonatel|orange|expresso|free senegal|mtn|moov|fibre", 2)));
		INDUSTRIES.put("Santé",
				List.of(cue("sante|hopital|clinique|pharma\\w*|medical|laboratoire|centre hospitalier|chu", 2)));
		INDUSTRIES.put("Éducation", List
			.of(cue("universite|ecole|lycee|education|enseignement|formation professionnelle|institut superieur|campus",
					2)));
		INDUSTRIES.put("Énergie", List.of(cue("energie|electricite|senelec|solaire|petrol\\w*|gaz|mines?|minier", 2)));
		INDUSTRIES.put("Transport et logistique",
				List.of(cue(
						"transport\\w*|logistique|port autonome|aeroport|fret|transit|shipping|aviation|asecna|flotte",
						2)));
		INDUSTRIES.put("Administration publique", List.of(cue(
				"ministere|agence|direction generale|mairie|commune|conseil departemental|assemblee|administration|etat|autorite|office national|collectivite|gouvernement",
				1.8)));
		INDUSTRIES.put("Agriculture et agroalimentaire",
				List.of(cue("agric\\w*|agro\\w*|sucri\\w*|arachide|peche|elevage|riz|huilerie|minoterie|laiterie", 2)));
		INDUSTRIES.put("Commerce et distribution", List
			.of(cue("commerce|distribution|supermarche|boutique|retail|grande surface|negoce|import-export", 1.5)));
		INDUSTRIES.put("BTP et immobilier", List
			.of(cue("btp|construction|immobili\\w*|batiment|genie civil|travaux publics|cimenterie|ciment", 1.8)));
		INDUSTRIES.put("Hôtellerie et tourisme", List.of(cue("hotel\\w*|tourisme|restaurant|resort|voyage", 1.8)));
		INDUSTRIES.put("Industrie", List.of(cue("usine|industri\\w*|manufactur\\w*|production|textile|chimique", 1.5)));
	}

	private Cues() {
	}

	private static Cue cue(String alternatives, double weight) {
		return new Cue(Pattern.compile("(?<![\\p{L}])(?:" + alternatives + ")(?![\\p{L}])"), weight);
	}

	/**
	 * The best-scored value among {@code allowed} (all when null), with its strongest
	 * cue.
	 */
	static Optional<Hit> best(Map<String, List<Cue>> dictionary, FoldedText text,
			java.util.Collection<String> allowed) {
		String s = text.folded();
		Hit best = null;
		double bestTotal = 0;
		for (Map.Entry<String, List<Cue>> entry : dictionary.entrySet()) {
			if (!allowed.isEmpty() && !allowed.contains(entry.getKey())) {
				continue;
			}
			double total = 0;
			Hit strongest = null;
			for (Cue cue : entry.getValue()) {
				Matcher m = cue.pattern().matcher(s);
				int count = 0;
				while (m.find() && count < 3) {
					total += cue.weight() * ((count == 0) ? 1 : 0.3);
					if (strongest == null || cue.weight() > strongest.weight()) {
						strongest = new Hit(entry.getKey(), m.start(), m.end(), cue.weight());
					}
					count++;
				}
			}
			if (strongest != null && total > bestTotal) {
				bestTotal = total;
				best = new Hit(entry.getKey(), strongest.start(), strongest.end(), total);
			}
		}
		return Optional.ofNullable(best);
	}

	/**
	 * A workspace lead source absent from the dictionary is found when the text names it.
	 */
	static Optional<Hit> literal(FoldedText text, java.util.Collection<String> values) {
		for (String value : values) {
			if (LEAD_SOURCES.containsKey(value)) {
				continue;
			}
			String folded = FoldedText.fold(value);
			int at = text.folded().indexOf(folded);
			if (at >= 0 && folded.length() > 3) {
				return Optional.of(new Hit(value, at, at + folded.length(), 3));
			}
		}
		return Optional.empty();
	}

}

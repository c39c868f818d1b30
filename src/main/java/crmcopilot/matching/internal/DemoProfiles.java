package crmcopilot.matching.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Deterministic synthetic clients and shoppers (fixed seeds) for the demo workspace and
 * the benchmarks.
 */
public final class DemoProfiles {

	public static final List<String> STYLES = List.of("classique", "bohème", "minimaliste", "streetwear",
			"chic parisien", "wax et pagne", "business", "romantique", "rock", "vintage", "sportswear", "éthique");

	public static final List<String> GOALS = List.of("mariage", "confiance en soi", "relooking professionnel",
			"changement de silhouette", "garde-robe capsule", "événement", "entretien d'embauche");

	public static final List<String> LIFE_MOMENTS = List.of("nouveau poste", "naissance", "séparation", "retraite",
			"déménagement", "reprise du travail", "perte de poids");

	public static final List<String> MORPHOLOGIES = List.of("sablier", "triangle", "triangle inversé", "rectangle",
			"ovale", "huit");

	public static final List<String> SLOTS = List.of("semaine", "soir", "samedi", "dimanche");

	private static final String[] FIRST = { "Sophie", "Awa", "Camille", "Fatou", "Léa", "Aminata", "Chloé", "Mariam",
			"Inès", "Aïcha", "Julie", "Khadija", "Manon", "Adjoua", "Sarah", "Nafi", "Emma", "Ramatoulaye", "Lina",
			"Yasmine", "Clara", "Kadiatou", "Hugo", "Moussa", "Thomas", "Koffi", "Karim", "Ousmane" };

	private static final String[] LAST = { "Martin", "Diallo", "Bernard", "Ndiaye", "Petit", "Koné", "Durand", "Traoré",
			"Leroy", "Sow", "Moreau", "Kouassi", "Simon", "Diop", "Laurent", "Coulibaly", "Michel", "Fall", "Garcia",
			"Bamba", "Roux", "Cissé", "Fournier", "Touré" };

	private static final String[][] HUBS = { { "Paris", "Boulogne-Billancourt", "Neuilly-sur-Seine", "Vincennes" },
			{ "Lyon", "Villeurbanne", "Caluire-et-Cuire" }, { "Dakar", "Pikine", "Rufisque" },
			{ "Abidjan", "Cocody", "Plateau", "Bingerville" } };

	private static final String[] DESCRIPTIONS = {
			"Je révèle votre style avec des pièces durables et faciles à porter, du bureau au week-end.",
			"Spécialiste des grandes occasions : mariage, cérémonie, tenue de soirée sur mesure.",
			"J'aide à retrouver confiance en soi après un changement de vie, avec douceur et méthode.",
			"Garde-robe capsule, tri du dressing et achats malins pour un budget maîtrisé.",
			"Mode africaine contemporaine, wax et créateurs locaux, couleurs et coupes flatteuses.",
			"Image professionnelle pour cadres et dirigeants : entretien, prise de poste, prise de parole." };

	private static final String[] PREFERENCES = { "J'aime les couleurs vives mais je n'ose pas les porter.",
			"Je cherche une tenue pour le mariage de ma sœur, plutôt élégante et confortable.",
			"Nouveau poste de manager : je veux une allure professionnelle sans être rigide.",
			"Après ma grossesse je ne sais plus quoi porter, je veux des basiques qui tombent bien.",
			"Je voudrais un dressing simple, peu de pièces, faciles à associer.",
			"J'adore le wax et les créateurs locaux, je veux des pièces originales." };

	private DemoProfiles() {
	}

	public static List<ShopperProfile> shoppers(int count, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		List<ShopperProfile> shoppers = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			int hub = i % HUBS.length;
			String city = HUBS[hub][random.nextInt(HUBS[hub].length)];
			String name = FIRST[(i * 7 + random.nextInt(3)) % FIRST.length] + " " + LAST[(i * 5) % LAST.length];
			boolean africa = hub >= 2;
			Set<Mode> modes = switch (random.nextInt(4)) {
				case 0 -> Set.of(Mode.IN_PERSON);
				case 1 -> Set.of(Mode.REMOTE);
				default -> Set.of(Mode.IN_PERSON, Mode.REMOTE);
			};
			double priceMin = 40 + 10 * random.nextInt(africa ? 4 : 10);
			double priceMax = priceMin + 40 + 20 * random.nextInt(8);
			Set<String> languages = new LinkedHashSet<>(List.of("fr"));
			if (random.nextInt(3) == 0) {
				languages.add("en");
			}
			if (hub == 2 && random.nextBoolean()) {
				languages.add("wo");
			}
			String email = (i == 0) ? "shopper@maison-demo.fr" : slug(name) + "." + i + "@shoppers.maison-demo.fr";
			Set<String> styles = pick(random, STYLES, 2 + random.nextInt(3));
			if (africa && random.nextBoolean()) {
				styles.add("wax et pagne");
			}
			Set<String> slots = pick(random, SLOTS, 2 + random.nextInt(3));
			if (i == 0) {
				// the demo user's profile: open to every client of Paris, so their space
				// is alive
				modes = Set.of(Mode.IN_PERSON, Mode.REMOTE);
				slots = new LinkedHashSet<>(SLOTS);
				priceMin = 50;
				languages.add("en");
			}
			shoppers.add(new ShopperProfile(uuid("demo-shopper:" + seed + ":" + i), name, email, city, null, null,
					modes, styles, priceMin, priceMax, pick(random, GOALS, 2 + random.nextInt(3)),
					pick(random, LIFE_MOMENTS, 1 + random.nextInt(3)),
					pick(random, MORPHOLOGIES, 1 + random.nextInt(3)), languages, tags(styles), 4 + random.nextInt(6),
					slots, null, DESCRIPTIONS[random.nextInt(DESCRIPTIONS.length)], 15 + 5 * random.nextInt(6)));
		}
		return shoppers;
	}

	public static List<ClientRequest> clients(int count, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		List<ClientRequest> clients = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			int hub = random.nextInt(HUBS.length);
			String city = HUBS[hub][random.nextInt(HUBS[hub].length)];
			String name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
			Mode mode = Mode.values()[random.nextInt(3)];
			double budget = 60 + 10 * random.nextInt(hub >= 2 ? 10 : 25);
			String language = (random.nextInt(6) == 0) ? "en" : "fr";
			String morphology = random.nextInt(4) == 0 ? null : MORPHOLOGIES.get(random.nextInt(MORPHOLOGIES.size()));
			clients.add(new ClientRequest(uuid("demo-client:" + seed + ":" + i), name,
					slug(name) + "." + i + "@clients.example", city, mode, pick(random, STYLES, 1 + random.nextInt(3)),
					budget, pick(random, GOALS, 1 + random.nextInt(2)), pick(random, LIFE_MOMENTS, random.nextInt(2)),
					morphology, PREFERENCES[random.nextInt(PREFERENCES.length)],
					pick(random, SLOTS, 1 + random.nextInt(3)), language));
		}
		return clients;
	}

	private static Set<String> pick(SplittableRandom random, List<String> values, int count) {
		Set<String> picked = new LinkedHashSet<>();
		while (picked.size() < Math.min(count, values.size())) {
			picked.add(values.get(random.nextInt(values.size())));
		}
		return picked;
	}

	private static Set<String> tags(Set<String> styles) {
		return new LinkedHashSet<>(styles);
	}

	private static String slug(String name) {
		return crmcopilot.matching.internal.Vocabulary.normalise(name).replace(' ', '.');
	}

	private static UUID uuid(String seed) {
		return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8));
	}

}

package crmcopilot.crm.source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.jspecify.annotations.Nullable;

/**
 * Synthetic customers of a home-equipment retailer, generated deterministically with the
 * correlations a marketer expects: CSP drives income, income and age drive home
 * ownership, urban customers live in flats, age drives family situation and the preferred
 * purchase channel, income drives the basket.
 */
final class DemoCustomerGenerator {

	static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 6, 30);

	private DemoCustomerGenerator() {
	}

	record Customer(String clientId, String civilite, LocalDate dateNaissance, String codePostal, String zone,
			String canal, int commandes, double montant, @Nullable LocalDate derniereCommande, int ancienneteMois,
			boolean newsletter, String csp, @Nullable Double revenu, boolean proprietaire, String logement,
			String situation, int enfants, int tailleFoyer) {
	}

	static List<Customer> generate(int count, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		List<Customer> customers = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			customers.add(customer(i, random));
		}
		return customers;
	}

	private static Customer customer(int index, SplittableRandom random) {
		int age = age(random);
		String csp = csp(age, random);
		double income = Math.max(8_000, switch (csp) {
			case "CSP+" -> normal(random, 74_000, 16_000);
			case "CSP" -> normal(random, 43_000, 8_000);
			case "CSP-" -> normal(random, 28_000, 5_000);
			case "Retraité" -> normal(random, 34_000, 9_000);
			default -> normal(random, 14_000, 4_000);
		});
		income = Math.round(income / 100.0) * 100.0;
		double urbanShare = csp.equals("CSP+") ? 0.62 : csp.equals("Étudiant") ? 0.75 : 0.42;
		double u = random.nextDouble();
		String zone = (u < urbanShare) ? "urbain" : (u < urbanShare + (1 - urbanShare) * 0.6) ? "périurbain" : "rural";
		double flatShare = switch (zone) {
			case "urbain" -> 0.78;
			case "périurbain" -> 0.3;
			default -> 0.08;
		};
		String logement = (random.nextDouble() < flatShare) ? "appartement" : "maison";
		double ownerScore = (income - 40_000) / 14_000 + (age - 42) / 12.0 + (logement.equals("maison") ? 0.8 : -0.4);
		boolean owner = random.nextDouble() < 1 / (1 + Math.exp(-ownerScore));
		String situation;
		int children = 0;
		double f = random.nextDouble();
		if (age < 28) {
			situation = (f < 0.62) ? "célibataire" : (f < 0.92) ? "en couple" : "famille";
		}
		else if (age < 46) {
			situation = (f < 0.58) ? "famille" : (f < 0.82) ? "en couple" : "célibataire";
		}
		else if (age < 65) {
			situation = (f < 0.36) ? "famille" : (f < 0.8) ? "en couple" : "célibataire";
		}
		else {
			situation = (f < 0.62) ? "en couple" : "célibataire";
		}
		if (situation.equals("famille")) {
			children = 1 + ((random.nextDouble() < 0.45) ? 1 : 0) + ((random.nextDouble() < 0.18) ? 1 : 0);
		}
		int adults = situation.equals("célibataire") ? 1 : (situation.equals("famille") && f > 0.5 ? 1 : 2);
		String canal = channel(age, random);
		double basket = Math.max(25, normal(random, 60 + income / 1000 * 1.9, 30));
		int orders = poisson(random, 1.2 + income / 45_000 + (canal.equals("mixte") ? 1.0 : 0));
		double amount = Math.round(orders * basket * (0.8 + 0.4 * random.nextDouble()) * 100) / 100.0;
		LocalDate last = (orders == 0) ? null
				: REFERENCE_DATE.minusDays((long) (-Math.log(1 - random.nextDouble()) * 80 / Math.sqrt(orders)));
		LocalDate birth = REFERENCE_DATE.minusYears(age).minusDays(random.nextInt(365));
		String civilite = (random.nextDouble() < 0.53) ? "Mme" : "M.";
		Double revenu = (random.nextDouble() < 0.03) ? null : income;
		return new Customer("C%05d".formatted(index + 1), civilite, birth, postalCode(zone, random), zone, canal,
				orders, amount, last, 1 + random.nextInt(120), random.nextDouble() < 0.42, csp, revenu, owner, logement,
				situation, children, adults + children);
	}

	private static int age(SplittableRandom random) {
		double a = 18 + 62 * Math.pow(random.nextDouble(), 1.15);
		return (int) Math.min(85, Math.max(18, a + normal(random, 0, 3)));
	}

	private static String csp(int age, SplittableRandom random) {
		double r = random.nextDouble();
		if (age >= 66 || (age >= 62 && r < 0.5)) {
			return "Retraité";
		}
		if (age < 24 && r < 0.55) {
			return "Étudiant";
		}
		double s = random.nextDouble();
		return (s < 0.36) ? "CSP+" : (s < 0.78) ? "CSP" : "CSP-";
	}

	private static String channel(int age, SplittableRandom random) {
		double web = (age < 35) ? 0.62 : (age < 55) ? 0.36 : 0.14;
		double store = (age < 35) ? 0.14 : (age < 55) ? 0.3 : 0.6;
		double c = random.nextDouble();
		return (c < web) ? "web" : (c < web + store) ? "magasin" : "mixte";
	}

	private static String postalCode(String zone, SplittableRandom random) {
		String[] departments = switch (zone) {
			case "urbain" -> new String[] { "75", "69", "13", "31", "33", "59" };
			case "périurbain" -> new String[] { "78", "91", "92", "94", "77", "38" };
			default -> new String[] { "24", "46", "19", "23", "15", "48" };
		};
		return departments[random.nextInt(departments.length)] + "%03d".formatted(random.nextInt(1000));
	}

	private static double normal(SplittableRandom random, double mean, double sd) {
		double u = 1 - random.nextDouble();
		double v = random.nextDouble();
		return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
	}

	private static int poisson(SplittableRandom random, double mean) {
		double limit = Math.exp(-mean);
		double product = random.nextDouble();
		int k = 0;
		while (product > limit) {
			product *= random.nextDouble();
			k++;
		}
		return k;
	}

}

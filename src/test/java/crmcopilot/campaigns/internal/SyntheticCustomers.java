package crmcopilot.campaigns.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.jspecify.annotations.Nullable;

import crmcopilot.crm.ColumnProfile;
import crmcopilot.crm.ColumnType;
import crmcopilot.crm.CustomerData;

/** Three clearly different groups of customers, as the demo's correlations, for tests. */
final class SyntheticCustomers {

	static final List<String> COLUMNS = List.of("client_id", "civilite", "date_naissance", "revenu_moyen", "csp",
			"situation_familiale", "taille_foyer", "type_logement", "zone_habitation", "canal_achat",
			"nb_commandes_12m", "montant_12m", "derniere_commande");

	private SyntheticCustomers() {
	}

	static CustomerData generate(int count, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		List<List<@Nullable String>> rows = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			int group = i % 3;
			int age = switch (group) {
				case 0 -> 25 + random.nextInt(8);
				case 1 -> 38 + random.nextInt(8);
				default -> 66 + random.nextInt(10);
			};
			double income = switch (group) {
				case 0 -> 22_000 + random.nextInt(8_000);
				case 1 -> 70_000 + random.nextInt(20_000);
				default -> 30_000 + random.nextInt(8_000);
			};
			List<@Nullable String> row = new ArrayList<>();
			row.add("C" + i);
			row.add((random.nextDouble() < 0.5) ? "Mme" : "M.");
			row.add((2026 - age) + "-03-01");
			row.add((i % 50 == 7) ? null : String.valueOf(income));
			row.add(switch (group) {
				case 0 -> "CSP";
				case 1 -> "CSP+";
				default -> "Retraité";
			});
			row.add(switch (group) {
				case 0 -> "célibataire";
				case 1 -> "famille";
				default -> "en couple";
			});
			row.add(String.valueOf(switch (group) {
				case 0 -> 1;
				case 1 -> 4;
				default -> 2;
			}));
			row.add((group == 1) ? "maison" : "appartement");
			row.add((group == 0) ? "urbain" : (group == 1) ? "périurbain" : "rural");
			row.add((group == 0) ? "web" : (group == 1) ? "mixte" : "magasin");
			int orders = 1 + random.nextInt(group == 1 ? 8 : 3);
			row.add(String.valueOf(orders));
			row.add(String.valueOf(orders * (group == 1 ? 180.0 : 70.0)));
			row.add("2026-06-" + (10 + random.nextInt(20)));
			rows.add(row);
		}
		List<ColumnProfile> columns = COLUMNS.stream().map((c) -> new ColumnProfile(c, ColumnType.TEXT, 0, 0)).toList();
		return new CustomerData(columns, rows, count, false, List.of());
	}

}

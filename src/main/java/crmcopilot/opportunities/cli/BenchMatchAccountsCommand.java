package crmcopilot.opportunities.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;

import crmcopilot.crm.AccountDirectory;
import crmcopilot.crm.AccountMatch;
import crmcopilot.crm.CompanyClues;
import crmcopilot.workspace.PrivacyLevel;
import crmcopilot.workspace.Workspaces;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.springframework.stereotype.Component;

/**
 * {@code ./copilot bench match-accounts}: fills a new workspace with generated accounts
 * (fixed seed, look-alike names on purpose), then matches company names as notes write
 * them (a note word before, no legal form, other case, a typo) and prints p50, p95 and
 * max milliseconds per match and how many found their account.
 */
@Component("cli.bench.match-accounts")
@Command(name = "match-accounts", description = "Benchmark account matching against many accounts")
class BenchMatchAccountsCommand implements Callable<Integer> {

	private static final String[] TRADES = { "Garage", "Cabinet", "Maison", "Boulangerie", "Pharmacie", "Transports",
			"Clinique", "Hôtel", "Quincaillerie", "Agence", "Imprimerie", "Librairie", "Groupe", "Atelier" };

	private static final String[] FAMILIES = { "Diop", "Ndiaye", "Fall", "Sow", "Ba", "Diallo", "Sarr", "Gueye", "Faye",
			"Mbaye", "Cissé", "Kane", "Thiam", "Seck", "Niang", "Dupont", "Dupond", "Martin", "Touré", "Camara", "Sy",
			"Wade", "Ndour", "Lô", "Diagne", "Sène", "Badji", "Coly", "Mendy", "Tall" };

	private static final String[] QUALIFIERS = { "Conseil", "Services", "Immobilier", "Décoration", "Distribution",
			"Logistique", "Auto", "Santé", "Avocats", "Central", "Moderne", "du Centre", "Express", "Plus",
			"Bâtiment" };

	private static final String[] CITIES = { "Dakar", "Thiès", "Mbour", "Saint-Louis", "Ziguinchor", "Kaolack", "Touba",
			"Rufisque", "Louga", "Fatick", "Kolda", "Tambacounda" };

	private static final String[] FORMS = { "", " SARL", " SA", " SAS", " SUARL", " GIE", " & Fils" };

	private static final String[] OPENINGS = { "", "Relance ", "RDV ", "Mail de ", "Appel de ", "Compte rendu " };

	@Option(names = "--accounts", defaultValue = "10000", description = "accounts in the workspace")
	int accounts;

	@Option(names = "--queries", defaultValue = "300", description = "names matched")
	int queries;

	private final AccountDirectory directory;

	private final Workspaces workspaces;

	BenchMatchAccountsCommand(AccountDirectory directory, Workspaces workspaces) {
		this.directory = directory;
		this.workspaces = workspaces;
	}

	@Override
	public Integer call() {
		if (this.accounts < 1 || this.queries < 1) {
			throw new IllegalArgumentException("--accounts and --queries must be at least 1");
		}
		Random random = new Random(42);
		String slug = "bench-accounts-" + UUID.randomUUID().toString().substring(0, 8);
		UUID workspace = this.workspaces
			.create(new Workspaces.NewWorkspace(slug, slug, "fr", "Africa/Dakar", PrivacyLevel.PRIVATE, false))
			.id();
		List<String> names = new ArrayList<>(names(this.accounts, random));
		List<UUID> ids = new ArrayList<>();
		for (String name : names) {
			ids.add(this.directory
				.createAccount(workspace, new AccountDirectory.NewAccount(name, null, null, null, null, null))
				.id());
		}
		for (int i = 0; i < 20; i++) {
			this.directory.matchAccount(workspace, CompanyClues.ofName(names.get(i)));
		}
		double[] millis = new double[this.queries];
		int found = 0;
		for (int i = 0; i < this.queries; i++) {
			int index = random.nextInt(names.size());
			String written = asWritten(names.get(index), random);
			long start = System.nanoTime();
			AccountMatch match = this.directory.matchAccount(workspace, CompanyClues.ofName(written));
			millis[i] = (System.nanoTime() - start) / 1e6;
			found += ids.get(index).equals(match.existingId()) ? 1 : 0;
		}
		Arrays.sort(millis);
		System.out.printf(Locale.ROOT, "accounts=%d queries=%d p50_ms=%.2f p95_ms=%.2f max_ms=%.2f found=%d%n",
				names.size(), this.queries, millis[millis.length / 2], millis[(int) (millis.length * 0.95)],
				millis[millis.length - 1], found);
		return 0;
	}

	/**
	 * Distinct names, many sharing all but one word (trade, family, qualifier or city).
	 */
	static Set<String> names(int count, Random random) {
		Set<String> names = new LinkedHashSet<>();
		while (names.size() < count) {
			names.add(pick(TRADES, random) + " " + pick(FAMILIES, random) + " " + pick(QUALIFIERS, random) + " "
					+ pick(CITIES, random) + pick(FORMS, random));
		}
		return names;
	}

	private static String asWritten(String name, Random random) {
		String written = name.replaceAll(" (SARL|SA|SAS|SUARL|GIE)$", "");
		written = random.nextBoolean() ? written.toUpperCase(Locale.ROOT) : written;
		return pick(OPENINGS, random) + written;
	}

	private static String pick(String[] values, Random random) {
		return values[random.nextInt(values.length)];
	}

}

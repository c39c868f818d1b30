package crmcopilot.opportunities.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Countries by name, demonym, main cities, phone code and web domain. The country is the
 * best-evidenced one in the text; Sénégal when nothing states or implies another.
 */
final class Countries {

	static final String DEFAULT = "Sénégal";

	/** Countries whose CFA franc is the Central African XAF. */
	static final Set<String> CENTRAL_AFRICA = Set.of("CM", "GA", "CG", "TD", "CF", "GQ");

	record Country(String iso, String name, List<String> names, List<String> demonyms, List<String> cities,
			String dialCode, String tld) {
	}

	record Mention(Country country, int start, int end, double weight, @Nullable String city) {
	}

	static final List<Country> ALL = List.of(c("SN", "Sénégal", "senegal|republique du senegal",
			"senegalais|senegalaise|senegalaises",
			"dakar|thies|saint-louis|ziguinchor|kaolack|touba|mbour|rufisque|diamniadio|saly|louga|tambacounda|kolda|fatick|pikine|guediawaye|kedougou|matam|richard-toll",
			"221", "sn"),
			c("CI", "Côte d'Ivoire", "cote d'ivoire|cote d ivoire|rci", "ivoirien|ivoirienne|ivoiriens|ivoiriennes",
					"abidjan|yamoussoukro|bouake|san-pedro|korhogo", "225", "ci"),
			c("ML", "Mali", "mali", "malien|malienne|maliens|maliennes", "bamako|sikasso|kayes|mopti", "223", "ml"),
			c("BF", "Burkina Faso", "burkina faso|burkina", "burkinabe|burkinabes", "ouagadougou|ouaga|bobo-dioulasso",
					"226", "bf"),
			c("NE", "Niger", "niger", "nigerien|nigerienne|nigeriens", "niamey|zinder|maradi", "227", "ne"),
			c("TG", "Togo", "togo", "togolais|togolaise", "lome|kara", "228", "tg"),
			c("BJ", "Bénin", "benin", "beninois|beninoise", "cotonou|porto-novo|parakou", "229", "bj"),
			c("GW", "Guinée-Bissau", "guinee-bissau|guinee bissau", "bissau-guineen|bissau-guineenne", "bissau", "245",
					"gw"),
			c("GN", "Guinée", "guinee|guinee conakry|guinee-conakry", "guineen|guineenne|guineens", "conakry|kankan",
					"224", "gn"),
			c("CM", "Cameroun", "cameroun", "camerounais|camerounaise", "douala|yaounde|garoua", "237", "cm"),
			c("GA", "Gabon", "gabon", "gabonais|gabonaise", "libreville|port-gentil|franceville", "241", "ga"),
			c("CG", "Congo", "congo|congo-brazzaville|republique du congo", "congolais|congolaise",
					"brazzaville|pointe-noire", "242", "cg"),
			c("TD", "Tchad", "tchad", "tchadien|tchadienne", "n'djamena|ndjamena", "235", "td"),
			c("CF", "Centrafrique", "centrafrique|republique centrafricaine", "centrafricain|centrafricaine", "bangui",
					"236", "cf"),
			c("GQ", "Guinée équatoriale", "guinee equatoriale", "equato-guineen", "malabo", "240", "gq"),
			c("CD", "République démocratique du Congo", "rdc|rd congo|republique democratique du congo", "",
					"kinshasa|lubumbashi", "243", "cd"),
			c("MR", "Mauritanie", "mauritanie", "mauritanien|mauritanienne", "nouakchott|nouadhibou", "222", "mr"),
			c("GM", "Gambie", "gambie", "gambien|gambienne", "banjul", "220", "gm"),
			c("CV", "Cap-Vert", "cap-vert|cap vert", "cap-verdien|capverdien", "praia", "238", "cv"),
			c("MA", "Maroc", "maroc", "marocain|marocaine|marocains", "casablanca|rabat|marrakech|tanger", "212", "ma"),
			c("TN", "Tunisie", "tunisie", "tunisien|tunisienne", "tunis|sfax", "216", "tn"),
			c("DZ", "Algérie", "algerie", "algerien|algerienne", "alger|oran", "213", "dz"),
			c("FR", "France", "france", "", "paris|lyon|marseille|bordeaux|toulouse", "33", "fr"),
			c("BE", "Belgique", "belgique", "belge|belges", "bruxelles|liege", "32", "be"),
			c("NG", "Nigeria", "nigeria", "nigerian|nigeriane", "lagos|abuja", "234", "ng"),
			c("GH", "Ghana", "ghana", "ghaneen|ghaneenne", "accra|kumasi", "233", "gh"),
			c("KE", "Kenya", "kenya", "kenyan|kenyane", "nairobi|mombasa", "254", "ke"),
			c("RW", "Rwanda", "rwanda", "rwandais|rwandaise", "kigali", "250", "rw"),
			c("MG", "Madagascar", "madagascar", "malgache|malgaches", "antananarivo|tananarive", "261", "mg"));

	private static final Pattern DIAL = Pattern.compile("(?:\\+|00)(\\d{2,3})[ .-]?\\d");

	private static final Pattern EMAIL_TLD = Pattern.compile("@[\\w.-]+\\.([a-z]{2})\\b");

	private static final Map<String, Pattern> PATTERNS = new LinkedHashMap<>();

	static {
		for (Country country : ALL) {
			PATTERNS.put(country.iso() + ":name", word(String.join("|", country.names())));
			if (!country.demonyms().isEmpty()) {
				PATTERNS.put(country.iso() + ":demonym", word(String.join("|", country.demonyms())));
			}
			PATTERNS.put(country.iso() + ":city", word(String.join("|", country.cities())));
		}
	}

	private Countries() {
	}

	private static Country c(String iso, String name, String names, String demonyms, String cities, String dial,
			String tld) {
		return new Country(iso, name, List.of(names.split("\\|")),
				demonyms.isEmpty() ? List.of() : List.of(demonyms.split("\\|")), List.of(cities.split("\\|")), dial,
				tld);
	}

	private static Pattern word(String alternatives) {
		return Pattern
			.compile("(?<![\\p{L}-])(" + alternatives + ")(?![\\p{L}]|-bissau| bissau| equatoriale|-conakry)");
	}

	static Optional<Country> byName(String name) {
		String folded = FoldedText.fold(name);
		return ALL.stream()
			.filter((c) -> FoldedText.fold(c.name()).equals(folded) || c.names().contains(folded))
			.findFirst();
	}

	static List<Mention> mentions(FoldedText text) {
		String s = text.folded();
		List<Mention> mentions = new ArrayList<>();
		for (Country country : ALL) {
			for (String kind : List.of("name", "demonym", "city")) {
				Pattern p = PATTERNS.get(country.iso() + ":" + kind);
				if (p == null) {
					continue;
				}
				Matcher m = p.matcher(s);
				while (m.find()) {
					if (kind.equals("name") && country.iso().equals("GN") && s.startsWith("-bissau", m.end())) {
						continue;
					}
					double weight = switch (kind) {
						case "name" -> 3;
						case "demonym" -> 2;
						default -> 2;
					};
					mentions.add(new Mention(country, m.start(), m.end(), weight,
							kind.equals("city") ? text.span(m.start(), m.end()) : null));
				}
			}
		}
		Matcher dial = DIAL.matcher(s);
		while (dial.find()) {
			Matcher m = dial;
			int start = m.start();
			int end = m.end();
			String code = m.group(1);
			ALL.stream()
				.filter((c) -> code.startsWith(c.dialCode()))
				.max(Comparator.comparingInt((Country c) -> c.dialCode().length()))
				.ifPresent((c) -> mentions.add(new Mention(c, start, end, 1, null)));
		}
		Matcher tlds = EMAIL_TLD.matcher(s);
		while (tlds.find()) {
			Matcher m = tlds;
			int start = m.start(1);
			int end = m.end(1);
			String tld = m.group(1);
			ALL.stream()
				.filter((c) -> c.tld().equals(tld))
				.findFirst()
				.ifPresent((c) -> mentions.add(new Mention(c, start, end, 1, null)));
		}
		return mentions;
	}

	/** The country with the most evidence, and its first strongest mention. */
	static Optional<Mention> best(List<Mention> mentions) {
		Map<String, Double> totals = new LinkedHashMap<>();
		mentions.stream()
			.sorted(Comparator.comparingInt(Mention::start))
			.forEach((mention) -> totals.merge(mention.country().iso(), mention.weight(), Double::sum));
		return totals.entrySet()
			.stream()
			.max(Map.Entry.comparingByValue())
			.flatMap((best) -> mentions.stream()
				.filter((mention) -> mention.country().iso().equals(best.getKey()))
				.max(Comparator.comparingDouble(Mention::weight).thenComparing((mention) -> -mention.start())));
	}

	static double evidence(List<Mention> mentions, String iso) {
		return mentions.stream().filter((m) -> m.country().iso().equals(iso)).mapToDouble(Mention::weight).sum();
	}

}

package crmcopilot.campaigns.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import crmcopilot.campaigns.CampaignBrief;

/**
 * Step 9: 3 to 5 targeting variables for the chosen platform, with the field names and
 * enum values of its API: Google Ads Performance Max audience signals ({@code Audience}
 * dimensions) or Display &amp; Video 360 v4 line-item assigned targeting options. Every
 * enum value is checked against the tables below; weak mappings carry a warning.
 */
public final class DspTargeting {

	/** Google Ads {@code AgeSegment.minAge} values. */
	public static final Set<Integer> PMAX_MIN_AGES = Set.of(18, 25, 35, 45, 55, 65);

	/** Google Ads {@code AgeSegment.maxAge} values (absent = no upper bound). */
	public static final Set<Integer> PMAX_MAX_AGES = Set.of(24, 34, 44, 54, 64);

	/** Google Ads {@code GenderTypeEnum}. */
	public static final Set<String> PMAX_GENDERS = Set.of("MALE", "FEMALE", "UNDETERMINED");

	/** Google Ads {@code IncomeRangeTypeEnum}. */
	public static final List<String> PMAX_INCOME = List.of("INCOME_RANGE_0_50", "INCOME_RANGE_50_60",
			"INCOME_RANGE_60_70", "INCOME_RANGE_70_80", "INCOME_RANGE_80_90", "INCOME_RANGE_90_UP",
			"INCOME_RANGE_UNDETERMINED");

	/** Google Ads {@code ParentalStatusTypeEnum}. */
	public static final Set<String> PMAX_PARENTAL = Set.of("PARENT", "NOT_A_PARENT", "UNDETERMINED");

	/** DV360 {@code AgeRange}. */
	public static final List<String> DV360_AGE = List.of("AGE_RANGE_18_24", "AGE_RANGE_25_34", "AGE_RANGE_35_44",
			"AGE_RANGE_45_54", "AGE_RANGE_55_64", "AGE_RANGE_65_PLUS", "AGE_RANGE_UNKNOWN");

	/** DV360 {@code Gender}. */
	public static final Set<String> DV360_GENDER = Set.of("GENDER_MALE", "GENDER_FEMALE", "GENDER_UNKNOWN");

	/** DV360 {@code ParentalStatus}. */
	public static final Set<String> DV360_PARENTAL = Set.of("PARENTAL_STATUS_PARENT", "PARENTAL_STATUS_NOT_A_PARENT",
			"PARENTAL_STATUS_UNKNOWN");

	/** DV360 {@code HouseholdIncome}, top first. */
	public static final List<String> DV360_INCOME = List.of("HOUSEHOLD_INCOME_TOP_10_PERCENT",
			"HOUSEHOLD_INCOME_11_TO_20_PERCENT", "HOUSEHOLD_INCOME_21_TO_30_PERCENT",
			"HOUSEHOLD_INCOME_31_TO_40_PERCENT", "HOUSEHOLD_INCOME_41_TO_50_PERCENT",
			"HOUSEHOLD_INCOME_LOWER_50_PERCENT", "HOUSEHOLD_INCOME_UNKNOWN");

	/** DV360 {@code DeviceType}. */
	public static final Set<String> DV360_DEVICE = Set.of("DEVICE_TYPE_COMPUTER", "DEVICE_TYPE_CONNECTED_TV",
			"DEVICE_TYPE_SMART_PHONE", "DEVICE_TYPE_TABLET");

	/** DV360 targeting types used. */
	public static final Set<String> DV360_TYPES = Set.of("TARGETING_TYPE_AGE_RANGE", "TARGETING_TYPE_GENDER",
			"TARGETING_TYPE_PARENTAL_STATUS", "TARGETING_TYPE_HOUSEHOLD_INCOME", "TARGETING_TYPE_DEVICE_TYPE",
			"TARGETING_TYPE_GEO_REGION");

	/**
	 * Google geo target constant of France (also DV360's geo region targeting option id).
	 */
	public static final String FRANCE = "2250";

	private static final int[] BAND_MIN = { 18, 25, 35, 45, 55, 65 };

	private static final String[] BANDS = { "18-24", "25-34", "35-44", "45-54", "55-64", "65+" };

	private DspTargeting() {
	}

	/**
	 * One targeting variable.
	 *
	 * @param field the API field, e.g. {@code age} or {@code TARGETING_TYPE_AGE_RANGE}
	 * @param values the enum values (or ages) chosen
	 * @param rationale why, from the persona's statistics
	 */
	public record Variable(String field, List<String> values, String rationale) {
	}

	/**
	 * @param payload the JSON body for the platform's API, as a tree of maps and lists
	 */
	public record Instructions(String platform, List<Variable> variables, Map<String, Object> payload,
			List<String> warnings) {
	}

	public static Instructions of(CampaignBrief brief, SegmentProfile persona, double incomePercentile) {
		List<Variable> variables = new ArrayList<>();
		List<String> warnings = new ArrayList<>();
		boolean pmax = brief.platform().equals(CampaignBrief.PMAX);
		List<Integer> bands = ageBands(persona);
		Set<Integer> incomeRanks = incomeRanks(incomePercentile, brief.targetHints());
		String parental = parental(persona, warnings);
		String gender = gender(persona);
		List<Object> dimensions = new ArrayList<>();
		List<Object> createRequests = new ArrayList<>();
		if (!bands.isEmpty()) {
			int from = bands.get(0);
			int to = bands.get(bands.size() - 1);
			String rationale = "age bands over-represented or above 15 % of the persona: "
					+ bands.stream().map((b) -> BANDS[b]).toList();
			if (pmax) {
				Map<String, Object> segment = new LinkedHashMap<>();
				segment.put("minAge", BAND_MIN[from]);
				if (to < 5) {
					segment.put("maxAge", BAND_MIN[to + 1] - 1);
				}
				dimensions.add(Map.of("age", Map.of("ageRanges", List.of(segment), "includeUndetermined", false)));
				variables.add(new Variable("age.ageRanges",
						List.of(BAND_MIN[from] + ((to < 5) ? "-" + (BAND_MIN[to + 1] - 1) : "+")), rationale));
			}
			else {
				List<String> ranges = new ArrayList<>();
				for (int b = from; b <= to; b++) {
					ranges.add(DV360_AGE.get(b));
				}
				createRequests.add(request("TARGETING_TYPE_AGE_RANGE", "ageRangeDetails", "ageRange", ranges));
				variables.add(new Variable("TARGETING_TYPE_AGE_RANGE", ranges, rationale));
			}
		}
		if (!incomeRanks.isEmpty()) {
			String rationale = String.format(Locale.ROOT,
					"the brief targets %2$s (income percentiles); the persona's mean income is at the %1$d-th percentile of the customer base",
					Math.round(incomePercentile * 100), brief.targetHints());
			List<String> values = new ArrayList<>();
			for (int rank : incomeRanks) {
				values.add(pmax ? PMAX_INCOME.get(rank) : DV360_INCOME.get(5 - rank));
			}
			if (pmax) {
				dimensions.add(Map.of("householdIncome", Map.of("incomeRanges", values, "includeUndetermined", true)));
				variables.add(new Variable("householdIncome.incomeRanges", values, rationale));
			}
			else {
				createRequests.add(request("TARGETING_TYPE_HOUSEHOLD_INCOME", "householdIncomeDetails",
						"householdIncome", values));
				variables.add(new Variable("TARGETING_TYPE_HOUSEHOLD_INCOME", values, rationale));
			}
			warnings.add("Household-income ranges are percentiles of Google's income estimates, calibrated on US "
					+ "data; in France the signal is weak: the CRM income percentile is only a proxy, keep "
					+ "\"undetermined\" included and watch reach.");
		}
		if (parental != null) {
			String rationale = "share of households with children in the persona";
			if (pmax) {
				dimensions.add(Map.of("parentalStatus",
						Map.of("parentalStatuses", List.of(parental), "includeUndetermined", true)));
				variables.add(new Variable("parentalStatus.parentalStatuses", List.of(parental), rationale));
			}
			else {
				String value = "PARENTAL_STATUS_" + parental;
				createRequests.add(request("TARGETING_TYPE_PARENTAL_STATUS", "parentalStatusDetails", "parentalStatus",
						List.of(value)));
				variables.add(new Variable("TARGETING_TYPE_PARENTAL_STATUS", List.of(value), rationale));
			}
		}
		if (gender != null) {
			String rationale = "more than 65 % of the persona share this title";
			if (pmax) {
				dimensions.add(Map.of("gender", Map.of("genders", List.of(gender), "includeUndetermined", true)));
				variables.add(new Variable("gender.genders", List.of(gender), rationale));
			}
			else {
				createRequests
					.add(request("TARGETING_TYPE_GENDER", "genderDetails", "gender", List.of("GENDER_" + gender)));
				variables.add(new Variable("TARGETING_TYPE_GENDER", List.of("GENDER_" + gender), rationale));
			}
		}
		if (pmax) {
			List<String> keywords = interests(persona, brief);
			dimensions.add(Map.of("audienceSegments", Map.of("segments", List.of(Map.of("customAudience",
					Map.of("customAudience", "customers/{customerId}/customAudiences/{id}"))))));
			variables.add(new Variable("audienceSegments.segments[].customAudience", keywords,
					"custom audience to create in Google Ads with these interests"));
			warnings.add("The custom audience must be created in Google Ads (interests: " + String.join(", ", keywords)
					+ ") and its resource name filled in before upload.");
		}
		else {
			createRequests
				.add(request("TARGETING_TYPE_GEO_REGION", "geoRegionDetails", "targetingOptionId", List.of(FRANCE)));
			variables.add(new Variable("TARGETING_TYPE_GEO_REGION", List.of(FRANCE), "the customers live in France"));
			List<String> devices = devices(persona);
			createRequests.add(request("TARGETING_TYPE_DEVICE_TYPE", "deviceTypeDetails", "deviceType", devices));
			variables.add(new Variable("TARGETING_TYPE_DEVICE_TYPE", devices, "preferred purchase channel"));
			if (persona.mode("zone").map((z) -> z.value().contains("urb")).orElse(false)) {
				warnings.add("The persona is urban: narrow the geo region to the main cities (their DV360 targeting "
						+ "option ids are looked up in the console).");
			}
		}
		while (variables.size() > 5) {
			variables.remove(variables.size() - 1);
			if (pmax) {
				dimensions.remove(dimensions.size() - 1);
			}
			else {
				createRequests.remove(createRequests.size() - 1);
			}
		}
		Map<String, Object> payload = new LinkedHashMap<>();
		if (pmax) {
			payload.put("audience", Map.of("name", "Persona - " + brief.objective(), "description",
					"Audience signal for Performance Max (" + brief.productRange() + ")", "dimensions", dimensions));
		}
		else {
			payload.put("lineItemIds", List.of("{lineItemId}"));
			payload.put("createRequests", createRequests);
		}
		Instructions instructions = new Instructions(brief.platform(), variables, payload, warnings);
		List<String> invalid = invalid(instructions);
		if (!invalid.isEmpty()) {
			throw new IllegalStateException("invalid targeting values: " + invalid);
		}
		return instructions;
	}

	/** Values of the payload that are not in the enum tables; empty when valid. */
	@SuppressWarnings("unchecked")
	public static List<String> invalid(Instructions instructions) {
		List<String> problems = new ArrayList<>();
		if (instructions.platform().equals(CampaignBrief.PMAX)) {
			Map<String, Object> audience = (Map<String, Object>) instructions.payload().get("audience");
			for (Object dimension : (List<Object>) audience.get("dimensions")) {
				Map<String, Object> d = (Map<String, Object>) dimension;
				if (d.containsKey("age")) {
					for (Object range : (List<Object>) ((Map<String, Object>) d.get("age")).get("ageRanges")) {
						Map<String, Object> r = (Map<String, Object>) range;
						if (!PMAX_MIN_AGES.contains((Integer) r.get("minAge"))) {
							problems.add("minAge " + r.get("minAge"));
						}
						if (r.containsKey("maxAge") && !PMAX_MAX_AGES.contains((Integer) r.get("maxAge"))) {
							problems.add("maxAge " + r.get("maxAge"));
						}
					}
				}
				check(d, "gender", "genders", PMAX_GENDERS, problems);
				check(d, "householdIncome", "incomeRanges", Set.copyOf(PMAX_INCOME), problems);
				check(d, "parentalStatus", "parentalStatuses", PMAX_PARENTAL, problems);
			}
		}
		else {
			for (Object request : (List<Object>) instructions.payload().get("createRequests")) {
				Map<String, Object> r = (Map<String, Object>) request;
				String type = (String) r.get("targetingType");
				if (!DV360_TYPES.contains(type)) {
					problems.add("targetingType " + type);
				}
				Set<String> allowed = switch (type) {
					case "TARGETING_TYPE_AGE_RANGE" -> Set.copyOf(DV360_AGE);
					case "TARGETING_TYPE_GENDER" -> DV360_GENDER;
					case "TARGETING_TYPE_PARENTAL_STATUS" -> DV360_PARENTAL;
					case "TARGETING_TYPE_HOUSEHOLD_INCOME" -> Set.copyOf(DV360_INCOME);
					case "TARGETING_TYPE_DEVICE_TYPE" -> DV360_DEVICE;
					default -> null;
				};
				for (Object option : (List<Object>) r.get("assignedTargetingOptions")) {
					for (Object details : ((Map<String, Object>) option).values()) {
						for (Object value : ((Map<String, Object>) details).values()) {
							if (allowed != null && !allowed.contains(value)) {
								problems.add(type + " " + value);
							}
						}
					}
				}
			}
		}
		return problems;
	}

	@SuppressWarnings("unchecked")
	private static void check(Map<String, Object> dimension, String key, String field, Set<String> allowed,
			List<String> problems) {
		if (dimension.containsKey(key)) {
			for (Object value : (List<Object>) ((Map<String, Object>) dimension.get(key)).get(field)) {
				if (!allowed.contains(value)) {
					problems.add(key + " " + value);
				}
			}
		}
	}

	private static Map<String, Object> request(String type, String detailsField, String valueField,
			List<String> values) {
		List<Object> options = new ArrayList<>();
		for (String value : values) {
			options.add(Map.of(detailsField, Map.of(valueField, value)));
		}
		return Map.of("targetingType", type, "assignedTargetingOptions", options);
	}

	private static List<Integer> ageBands(SegmentProfile persona) {
		List<Integer> bands = new ArrayList<>();
		for (SegmentProfile.CategoryStat stat : persona.categories("age_band")) {
			int band = List.of(BANDS).indexOf(stat.value());
			if (band >= 0 && (stat.index() >= 110 || stat.share() >= 0.15)) {
				bands.add(band);
			}
		}
		bands.sort(Integer::compare);
		return bands;
	}

	/** Ranks 0 (0-50 %) to 5 (top 10 %) of the income ranges. */
	private static Set<Integer> incomeRanks(double percentile, List<String> hints) {
		Set<Integer> ranks = new LinkedHashSet<>();
		if (Double.isNaN(percentile)) {
			return ranks;
		}
		if (hints.contains("CSP+")) {
			ranks.add(4);
			ranks.add(5);
		}
		if (hints.contains("CSP")) {
			ranks.add(1);
			ranks.add(2);
			ranks.add(3);
		}
		if (hints.contains("CSP-")) {
			ranks.add(0);
		}
		if (ranks.isEmpty()) {
			int rank = (percentile < 0.5) ? 0 : Math.min(5, 1 + (int) ((percentile - 0.5) * 10));
			ranks.add(rank);
			ranks.add(Math.min(5, rank + 1));
		}
		return new java.util.TreeSet<>(ranks);
	}

	private static @Nullable String parental(SegmentProfile persona, List<String> warnings) {
		List<SegmentProfile.CategoryStat> family = persona.categories("family");
		if (family.isEmpty()) {
			return null;
		}
		double parents = family.stream()
			.filter((c) -> c.value().toLowerCase(Locale.ROOT).contains("famil"))
			.mapToDouble(SegmentProfile.CategoryStat::share)
			.sum();
		if (parents > 0.2 && parents < 0.5) {
			warnings.add(String.format(Locale.ROOT,
					"Weak parental-status mapping: %d %% of the persona live as a family; \"undetermined\" is kept.",
					Math.round(parents * 100)));
		}
		return (parents >= 0.5) ? "PARENT" : "NOT_A_PARENT";
	}

	private static @Nullable String gender(SegmentProfile persona) {
		for (SegmentProfile.CategoryStat stat : persona.categories("gender")) {
			if (stat.share() >= 0.65) {
				String v = stat.value().toLowerCase(Locale.ROOT);
				return v.matches("mme|madame|f|femme|female|mrs|ms") ? "FEMALE"
						: v.matches("m|m\\.|monsieur|homme|male|mr") ? "MALE" : null;
			}
		}
		return null;
	}

	private static List<String> devices(SegmentProfile persona) {
		String channel = persona.mode("channel").map((c) -> c.value().toLowerCase(Locale.ROOT)).orElse("");
		if (channel.contains("web")) {
			return List.of("DEVICE_TYPE_SMART_PHONE", "DEVICE_TYPE_COMPUTER", "DEVICE_TYPE_TABLET");
		}
		return List.of("DEVICE_TYPE_SMART_PHONE", "DEVICE_TYPE_TABLET");
	}

	private static List<String> interests(SegmentProfile persona, CampaignBrief brief) {
		List<String> keywords = new ArrayList<>(List.of("équipement de la maison", "décoration"));
		if (persona.mode("housing").map((h) -> h.value().contains("maison")).orElse(false)) {
			keywords.add("jardin et extérieur");
		}
		if (persona.mode("family").map((f) -> f.value().contains("famil")).orElse(false)) {
			keywords.add("vie de famille");
		}
		if (brief.productRange() != null) {
			keywords.add(brief.productRange());
		}
		return keywords;
	}

}

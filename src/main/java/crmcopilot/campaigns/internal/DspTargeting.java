package crmcopilot.campaigns.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import crmcopilot.campaigns.CampaignBrief;
import crmcopilot.campaigns.Platform;

/**
 * Step 9: 3 to 5 targeting variables for the chosen platform, with the field names and
 * enum values of its API: Google Ads Performance Max audience signals ({@code Audience}
 * dimensions) or Display &amp; Video 360 v4 line-item assigned targeting options. Every
 * enum value is checked against the tables below; weak mappings carry a warning.
 */
public final class DspTargeting {

	/**
	 * Google geo target constant of France (also DV360's geo region targeting option id).
	 */
	public static final String FRANCE = "2250";

	static final int[] BAND_MIN = { 18, 25, 35, 45, 55, 65 };

	static final String[] BANDS = { "18-24", "25-34", "35-44", "45-54", "55-64", "65+" };

	private DspTargeting() {
	}

	/**
	 * One targeting variable.
	 *
	 * @param field the API field, e.g. {@code age} or {@code TARGETING_TYPE_AGE_RANGE}
	 * @param values the enum values (or ages) chosen
	 * @param rationale why, from the persona's statistics
	 */
	public record Variable(String field, List<String> values, String rationale, @Nullable Keyed reason) {

		Variable(String field, List<String> values, String rationale, String key, String... args) {
			this(field, values, rationale, new Keyed(key, List.of(args)));
		}

	}

	/**
	 * A sentence for a person, in the reader's language: a message key of the campaigns
	 * bundle and its arguments.
	 */
	public record Keyed(String key, List<String> args) {

		public Keyed {
			args = List.copyOf(args);
		}

	}

	/**
	 * @param payload the JSON body for the platform's API, as a tree of maps and lists
	 */
	public record Instructions(Platform platform, List<Variable> variables, Map<String, Object> payload,
			List<String> warnings, @Nullable List<Keyed> notices) {

		public Instructions(Platform platform, List<Variable> variables, Map<String, Object> payload,
				List<String> warnings) {
			this(platform, variables, payload, warnings, null);
		}

	}

	public static Instructions of(CampaignBrief brief, SegmentProfile persona, double incomePercentile) {
		List<Variable> variables = new ArrayList<>();
		List<String> warnings = new ArrayList<>();
		List<Keyed> notices = new ArrayList<>();
		boolean pmax = brief.platform() == Platform.PMAX;
		List<Integer> bands = TargetingSignals.ageBands(persona);
		Set<Integer> incomeRanks = TargetingSignals.incomeRanks(incomePercentile, brief.targetHints());
		String parental = TargetingSignals.parental(persona, warnings, notices);
		String gender = TargetingSignals.gender(persona);
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
						List.of(BAND_MIN[from] + ((to < 5) ? "-" + (BAND_MIN[to + 1] - 1) : "+")), rationale,
						"campaigns.signal.age.reason"));
			}
			else {
				List<String> ranges = new ArrayList<>();
				for (int b = from; b <= to; b++) {
					ranges.add(TargetingValues.DV360_AGE.get(b));
				}
				createRequests.add(request("TARGETING_TYPE_AGE_RANGE", "ageRangeDetails", "ageRange", ranges));
				variables
					.add(new Variable("TARGETING_TYPE_AGE_RANGE", ranges, rationale, "campaigns.signal.age.reason"));
			}
		}
		if (!incomeRanks.isEmpty()) {
			String rationale = String.format(Locale.ROOT,
					"the brief targets %2$s (income percentiles); the persona's mean income is at the %1$d-th percentile of the customer base",
					Math.round(incomePercentile * 100), brief.targetHints());
			String incomeKey = "campaigns.signal.income.reason";
			String[] incomeArgs = { String.valueOf(Math.round(incomePercentile * 100)),
					String.join(", ", brief.targetHints()) };
			List<String> values = new ArrayList<>();
			for (int rank : incomeRanks) {
				values.add(pmax ? TargetingValues.PMAX_INCOME.get(rank) : TargetingValues.DV360_INCOME.get(5 - rank));
			}
			if (pmax) {
				dimensions.add(Map.of("householdIncome", Map.of("incomeRanges", values, "includeUndetermined", true)));
				variables.add(new Variable("householdIncome.incomeRanges", values, rationale, incomeKey, incomeArgs));
			}
			else {
				createRequests.add(request("TARGETING_TYPE_HOUSEHOLD_INCOME", "householdIncomeDetails",
						"householdIncome", values));
				variables
					.add(new Variable("TARGETING_TYPE_HOUSEHOLD_INCOME", values, rationale, incomeKey, incomeArgs));
			}
			warnings.add("Household-income ranges are percentiles of Google's income estimates, calibrated on US "
					+ "data; in France the signal is weak: the CRM income percentile is only a proxy, keep "
					+ "\"undetermined\" included and watch reach.");
			notices.add(new Keyed("campaigns.signal.income.warning", List.of()));
		}
		if (parental != null) {
			String rationale = "share of households with children in the persona";
			if (pmax) {
				dimensions.add(Map.of("parentalStatus",
						Map.of("parentalStatuses", List.of(parental), "includeUndetermined", true)));
				variables.add(new Variable("parentalStatus.parentalStatuses", List.of(parental), rationale,
						"campaigns.signal.parental.reason"));
			}
			else {
				String value = "PARENTAL_STATUS_" + parental;
				createRequests.add(request("TARGETING_TYPE_PARENTAL_STATUS", "parentalStatusDetails", "parentalStatus",
						List.of(value)));
				variables.add(new Variable("TARGETING_TYPE_PARENTAL_STATUS", List.of(value), rationale,
						"campaigns.signal.parental.reason"));
			}
		}
		if (gender != null) {
			String rationale = "more than 65 % of the persona share this title";
			if (pmax) {
				dimensions.add(Map.of("gender", Map.of("genders", List.of(gender), "includeUndetermined", true)));
				variables
					.add(new Variable("gender.genders", List.of(gender), rationale, "campaigns.signal.gender.reason"));
			}
			else {
				createRequests
					.add(request("TARGETING_TYPE_GENDER", "genderDetails", "gender", List.of("GENDER_" + gender)));
				variables.add(new Variable("TARGETING_TYPE_GENDER", List.of("GENDER_" + gender), rationale,
						"campaigns.signal.gender.reason"));
			}
		}
		if (pmax) {
			List<String> keywords = TargetingSignals.interests(persona, brief);
			dimensions.add(Map.of("audienceSegments", Map.of("segments", List.of(Map.of("customAudience",
					Map.of("customAudience", "customers/{customerId}/customAudiences/{id}"))))));
			variables.add(new Variable("audienceSegments.segments[].customAudience", keywords,
					"custom audience to create in Google Ads with these interests",
					"campaigns.signal.interests.reason"));
			warnings.add("The custom audience must be created in Google Ads (interests: " + String.join(", ", keywords)
					+ ") and its resource name filled in before upload.");
			notices.add(new Keyed("campaigns.signal.interests.warning", List.of(String.join(", ", keywords))));
		}
		else {
			createRequests
				.add(request("TARGETING_TYPE_GEO_REGION", "geoRegionDetails", "targetingOptionId", List.of(FRANCE)));
			variables.add(new Variable("TARGETING_TYPE_GEO_REGION", List.of(FRANCE), "the customers live in France",
					"campaigns.signal.geo.reason"));
			List<String> devices = TargetingSignals.devices(persona);
			createRequests.add(request("TARGETING_TYPE_DEVICE_TYPE", "deviceTypeDetails", "deviceType", devices));
			variables.add(new Variable("TARGETING_TYPE_DEVICE_TYPE", devices, "preferred purchase channel",
					"campaigns.signal.device.reason"));
			if (persona.mode("zone").map((z) -> z.value().contains("urb")).orElse(false)) {
				warnings.add("The persona is urban: narrow the geo region to the main cities (their DV360 targeting "
						+ "option ids are looked up in the console).");
				notices.add(new Keyed("campaigns.signal.geo.warning", List.of()));
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
			payload.put("audience", Map.of("name", "Persona - " + brief.objective().code(), "description",
					"Audience signal for Performance Max (" + brief.productRange() + ")", "dimensions", dimensions));
		}
		else {
			payload.put("lineItemIds", List.of("{lineItemId}"));
			payload.put("createRequests", createRequests);
		}
		Instructions instructions = new Instructions(brief.platform(), variables, payload, warnings, notices);
		List<String> invalid = TargetingValues.invalid(instructions);
		if (!invalid.isEmpty()) {
			throw new IllegalStateException("invalid targeting values: " + invalid);
		}
		return instructions;
	}

	private static Map<String, Object> request(String type, String detailsField, String valueField,
			List<String> values) {
		List<Object> options = new ArrayList<>();
		for (String value : values) {
			options.add(Map.of(detailsField, Map.of(valueField, value)));
		}
		return Map.of("targetingType", type, "assignedTargetingOptions", options);
	}

}

package crmcopilot.campaigns.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import crmcopilot.campaigns.Platform;

/**
 * The enum values the platforms' APIs accept for the targeting of step 9, and the check
 * that instructions use no other.
 */
final class TargetingValues {

	/** Google Ads {@code AgeSegment.minAge} values. */
	static final Set<Integer> PMAX_MIN_AGES = Set.of(18, 25, 35, 45, 55, 65);

	/** Google Ads {@code AgeSegment.maxAge} values (absent = no upper bound). */
	static final Set<Integer> PMAX_MAX_AGES = Set.of(24, 34, 44, 54, 64);

	/** Google Ads {@code GenderTypeEnum}. */
	static final Set<String> PMAX_GENDERS = Set.of("MALE", "FEMALE", "UNDETERMINED");

	/** Google Ads {@code IncomeRangeTypeEnum}. */
	static final List<String> PMAX_INCOME = List.of("INCOME_RANGE_0_50", "INCOME_RANGE_50_60", "INCOME_RANGE_60_70",
			"INCOME_RANGE_70_80", "INCOME_RANGE_80_90", "INCOME_RANGE_90_UP", "INCOME_RANGE_UNDETERMINED");

	/** Google Ads {@code ParentalStatusTypeEnum}. */
	static final Set<String> PMAX_PARENTAL = Set.of("PARENT", "NOT_A_PARENT", "UNDETERMINED");

	/** DV360 {@code AgeRange}. */
	static final List<String> DV360_AGE = List.of("AGE_RANGE_18_24", "AGE_RANGE_25_34", "AGE_RANGE_35_44",
			"AGE_RANGE_45_54", "AGE_RANGE_55_64", "AGE_RANGE_65_PLUS", "AGE_RANGE_UNKNOWN");

	/** DV360 {@code Gender}. */
	static final Set<String> DV360_GENDER = Set.of("GENDER_MALE", "GENDER_FEMALE", "GENDER_UNKNOWN");

	/** DV360 {@code ParentalStatus}. */
	static final Set<String> DV360_PARENTAL = Set.of("PARENTAL_STATUS_PARENT", "PARENTAL_STATUS_NOT_A_PARENT",
			"PARENTAL_STATUS_UNKNOWN");

	/** DV360 {@code HouseholdIncome}, top first. */
	static final List<String> DV360_INCOME = List.of("HOUSEHOLD_INCOME_TOP_10_PERCENT",
			"HOUSEHOLD_INCOME_11_TO_20_PERCENT", "HOUSEHOLD_INCOME_21_TO_30_PERCENT",
			"HOUSEHOLD_INCOME_31_TO_40_PERCENT", "HOUSEHOLD_INCOME_41_TO_50_PERCENT",
			"HOUSEHOLD_INCOME_LOWER_50_PERCENT", "HOUSEHOLD_INCOME_UNKNOWN");

	/** DV360 {@code DeviceType}. */
	static final Set<String> DV360_DEVICE = Set.of("DEVICE_TYPE_COMPUTER", "DEVICE_TYPE_CONNECTED_TV",
			"DEVICE_TYPE_SMART_PHONE", "DEVICE_TYPE_TABLET");

	/** DV360 targeting types used. */
	static final Set<String> DV360_TYPES = Set.of("TARGETING_TYPE_AGE_RANGE", "TARGETING_TYPE_GENDER",
			"TARGETING_TYPE_PARENTAL_STATUS", "TARGETING_TYPE_HOUSEHOLD_INCOME", "TARGETING_TYPE_DEVICE_TYPE",
			"TARGETING_TYPE_GEO_REGION");

	private TargetingValues() {
	}

	/** Values of the payload that are not in the enum tables; empty when valid. */
	@SuppressWarnings("unchecked")
	static List<String> invalid(DspTargeting.Instructions instructions) {
		List<String> problems = new ArrayList<>();
		if (instructions.platform() == Platform.PMAX) {
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

}

package crmcopilot.crm;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Detects column types from values: the narrowest type every non-empty value fits, text
 * with at most {@value #MAX_CATEGORIES} distinct values being a category.
 */
public final class TypeDetector {

	public static final int MAX_CATEGORIES = 30;

	private static final int DISTINCT_CAP = 1000;

	private static final Pattern INTEGER = Pattern.compile("[-+]?\\d{1,18}");

	private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+([.,]\\d*)?|[.,]\\d+)([eE][-+]?\\d+)?");

	private static final Set<String> BOOLEANS = Set.of("true", "false", "oui", "non", "yes", "no", "vrai", "faux");

	private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
			DateTimeFormatter.ofPattern("dd/MM/uuuu"), DateTimeFormatter.ofPattern("dd-MM-uuuu"));

	private TypeDetector() {
	}

	public static List<ColumnProfile> profile(List<String> names, List<List<@Nullable String>> rows) {
		List<ColumnProfile> profiles = new ArrayList<>(names.size());
		for (int c = 0; c < names.size(); c++) {
			profiles.add(profile(names.get(c), rows, c));
		}
		return profiles;
	}

	static ColumnProfile profile(String name, List<List<@Nullable String>> rows, int column) {
		boolean integer = true;
		boolean decimal = true;
		boolean date = true;
		boolean bool = true;
		int missing = 0;
		Set<String> distinct = new HashSet<>();
		for (List<@Nullable String> row : rows) {
			String value = (column < row.size()) ? row.get(column) : null;
			if (value == null || value.isBlank()) {
				missing++;
				continue;
			}
			String v = value.trim();
			if (distinct.size() < DISTINCT_CAP) {
				distinct.add(v);
			}
			integer &= INTEGER.matcher(v).matches();
			decimal &= DECIMAL.matcher(v).matches();
			date &= date && isDate(v);
			bool &= BOOLEANS.contains(v.toLowerCase(Locale.ROOT));
		}
		ColumnType type;
		if (distinct.isEmpty()) {
			type = ColumnType.TEXT;
		}
		else if (integer) {
			type = ColumnType.INTEGER;
		}
		else if (decimal) {
			type = ColumnType.DECIMAL;
		}
		else if (date) {
			type = ColumnType.DATE;
		}
		else if (bool) {
			type = ColumnType.BOOLEAN;
		}
		else if (distinct.size() <= MAX_CATEGORIES) {
			type = ColumnType.CATEGORY;
		}
		else {
			type = ColumnType.TEXT;
		}
		return new ColumnProfile(name, type, missing, distinct.size());
	}

	/** A number from text, accepting a decimal comma; null when empty or not a number. */
	public static @Nullable Double number(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String v = value.trim();
		if (!DECIMAL.matcher(v).matches()) {
			return null;
		}
		double parsed = Double.parseDouble(v.replace(',', '.'));
		return Double.isFinite(parsed) ? parsed : null;
	}

	/** A date from text in one of the accepted formats; null otherwise. */
	public static @Nullable LocalDate date(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String v = value.trim();
		if (v.length() > 10) {
			v = v.substring(0, 10);
		}
		for (DateTimeFormatter format : DATES) {
			try {
				return LocalDate.parse(v, format);
			}
			catch (DateTimeParseException ex) {
				// try the next format
			}
		}
		return null;
	}

	/**
	 * A boolean from text (true/false, oui/non, yes/no, vrai/faux, 1/0); null otherwise.
	 */
	public static @Nullable Boolean bool(@Nullable String value) {
		if (value == null) {
			return null;
		}
		return switch (value.trim().toLowerCase(Locale.ROOT)) {
			case "true", "oui", "yes", "vrai", "1" -> true;
			case "false", "non", "no", "faux", "0" -> false;
			default -> null;
		};
	}

	private static boolean isDate(String v) {
		return date(v) != null;
	}

}

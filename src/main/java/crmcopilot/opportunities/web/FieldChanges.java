package crmcopilot.opportunities.web;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import crmcopilot.opportunities.internal.OpportunityMatch;
import org.jspecify.annotations.Nullable;

/**
 * An opportunity's changes as a person reads them: amounts grouped, dates day first, an
 * empty old value as a dash.
 */
record FieldChanges(String field, String old, String proposed) {

	static List<FieldChanges> of(List<OpportunityMatch.FieldChange> changes, Locale locale) {
		return changes.stream()
			.map((c) -> new FieldChanges(c.field(), shown(c.field(), c.old(), locale),
					shown(c.field(), c.proposed(), locale)))
			.toList();
	}

	private static String shown(String field, @Nullable String value, Locale locale) {
		if (value == null || value.isBlank()) {
			return "—";
		}
		try {
			return switch (field) {
				case "amount" -> NumberFormat.getNumberInstance(locale).format(Double.parseDouble(value));
				case "closeDate" -> LocalDate.parse(value).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
				default -> value;
			};
		}
		catch (NumberFormatException | DateTimeParseException ex) {
			return value;
		}
	}

}

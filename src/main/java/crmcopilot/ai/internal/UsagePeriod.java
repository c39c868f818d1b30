package crmcopilot.ai.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.jspecify.annotations.Nullable;

import crmcopilot.shared.InvalidInputException;

/**
 * A period of usage figures, checked: both ends inclusive, at most a year, 30 days up to
 * today (UTC) by default.
 */
public record UsagePeriod(LocalDate from, LocalDate to) {

	public static final int DEFAULT_DAYS = 30;

	public static final int MAX_DAYS = 366;

	public static UsagePeriod of(@Nullable LocalDate from, @Nullable LocalDate to) {
		LocalDate end = (to != null) ? to : LocalDate.now(ZoneOffset.UTC);
		LocalDate start = (from != null) ? from : end.minusDays(DEFAULT_DAYS - 1);
		if (start.isAfter(end)) {
			throw new InvalidInputException("from", "ai.error.period-order", new Object[0], "must not be after 'to'");
		}
		if (start.plusDays(MAX_DAYS).isBefore(end)) {
			throw new InvalidInputException("to", "ai.error.period-too-long", new Object[] { MAX_DAYS },
					"the period is limited to " + MAX_DAYS + " days");
		}
		return new UsagePeriod(start, end);
	}

}

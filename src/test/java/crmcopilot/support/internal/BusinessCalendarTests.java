package crmcopilot.support.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BusinessCalendarTests {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private final BusinessCalendar calendar = BusinessCalendar.parse(PARIS, "mon-fri 09:00-18:00", "2026-12-25");

	private static Instant paris(String dateTime) {
		return LocalDateTime.parse(dateTime).atZone(PARIS).toInstant();
	}

	@Test
	void should_add_time_within_the_same_day() {
		assertThat(this.calendar.addBusinessTime(paris("2026-11-23T10:00"), Duration.ofHours(2)))
			.isEqualTo(paris("2026-11-23T12:00"));
	}

	@Test
	void should_carry_over_the_night_and_the_weekend() {
		// Friday 17:00 + 4 h: one hour on Friday, three on Monday morning
		assertThat(this.calendar.addBusinessTime(paris("2026-11-27T17:00"), Duration.ofHours(4)))
			.isEqualTo(paris("2026-11-30T12:00"));
	}

	@Test
	void should_start_counting_at_opening_when_received_outside_hours() {
		assertThat(this.calendar.addBusinessTime(paris("2026-11-28T22:30"), Duration.ofHours(2)))
			.isEqualTo(paris("2026-11-30T11:00"));
		assertThat(this.calendar.addBusinessTime(paris("2026-11-24T07:00"), Duration.ofMinutes(30)))
			.isEqualTo(paris("2026-11-24T09:30"));
	}

	@Test
	void should_skip_holidays() {
		// Thursday 24 Dec 16:00 + 4 h: two hours on the 24th; Friday 25th is a holiday
		// and the weekend
		// is closed, so the last two hours are Monday 28th 09:00-11:00
		assertThat(this.calendar.addBusinessTime(paris("2026-12-24T16:00"), Duration.ofHours(4)))
			.isEqualTo(paris("2026-12-28T11:00"));
	}

	@Test
	void should_handle_several_windows_and_daylight_saving() {
		BusinessCalendar shop = BusinessCalendar.parse(PARIS, "tue-sat 10:00-19:00; mon 14:00-19:00", "");
		// Sunday closed, Monday 14:00-19:00 gives five hours, the sixth is Tuesday
		// 10:00-11:00
		assertThat(shop.addBusinessTime(paris("2026-11-29T12:00"), Duration.ofHours(6)))
			.isEqualTo(paris("2026-12-01T11:00"));
		// the night of 25 October 2026 has 25 hours in Paris; business time is unaffected
		assertThat(this.calendar.addBusinessTime(paris("2026-10-23T17:00"), Duration.ofHours(2)))
			.isEqualTo(paris("2026-10-26T10:00"));
		assertThat(this.calendar.isOpen(paris("2026-10-26T09:30"))).isTrue();
		assertThat(this.calendar.isOpen(paris("2026-10-25T09:30"))).isFalse();
	}

	@Test
	void should_reject_malformed_hours() {
		assertThatIllegalArgumentException().isThrownBy(() -> BusinessCalendar.parse(PARIS, "monday 9-18", ""));
		assertThatIllegalArgumentException().isThrownBy(() -> BusinessCalendar.parse(PARIS, "mon 18:00-09:00", ""));
		assertThatIllegalArgumentException().isThrownBy(() -> BusinessCalendar.parse(PARIS, "", ""));
	}

}

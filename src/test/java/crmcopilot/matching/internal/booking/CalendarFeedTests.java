package crmcopilot.matching.internal.booking;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CalendarFeedTests {

	@Test
	void should_escape_text_and_fold_long_lines_at_75_octets_without_splitting_a_character() {
		String summary = "Séance, avec; Zoé \\ «garde-robe»\nnouveau poste de manager — éééééééééééééééééééééééééééééé";
		String ics = CalendarFeed.write(
				"Rendez-vous", ZoneId.of("Europe/Paris"), List.of(new CalendarFeed.Event("a1@crm-copilot",
						Instant.parse("2026-12-14T09:00:00Z"), Instant.parse("2026-12-14T10:30:00Z"), summary)),
				Instant.parse("2026-12-06T10:00:00Z"));
		for (String line : ics.split("\r\n")) {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
		}
		String unfolded = ics.replace("\r\n ", "");
		assertThat(unfolded).contains("SUMMARY:Séance\\, avec\\; Zoé \\\\ «garde-robe»\\nnouveau poste de manager");
		assertThat(unfolded).contains("DTSTART;TZID=Europe/Paris:20261214T100000")
			.contains("DTEND;TZID=Europe/Paris:20261214T113000")
			.contains("UID:a1@crm-copilot")
			.contains("TZOFFSETTO:+0100")
			.contains("TZOFFSETTO:+0200");
		assertThat(ics).doesNotContain("\n\n").endsWith("END:VCALENDAR\r\n");
	}

	@Test
	void should_describe_a_zone_without_daylight_saving_by_its_standard_offset() {
		String ics = CalendarFeed.write("x", ZoneId.of("Africa/Dakar"), List.of(), Instant.EPOCH);
		assertThat(ics).contains("TZID:Africa/Dakar", "BEGIN:STANDARD", "TZOFFSETTO:+0000").doesNotContain("DAYLIGHT");
	}

}

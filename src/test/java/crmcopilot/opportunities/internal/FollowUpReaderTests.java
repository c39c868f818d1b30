package crmcopilot.opportunities.internal;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FollowUpReaderTests {

	/** A Thursday. */
	private static final LocalDate NOTE_DATE = LocalDate.of(2026, 2, 5);

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					Relance Sonatel : Awa confirme le budget, décision fin mars.        | Décision fin mars        | 2026-03-31
					RDV Garage Central : le gérant veut un logiciel. Devis pour vendredi. | Devis pour vendredi      | 2026-02-06
					Sedima : les 15 onduleurs, il veut une démo mardi.                   | Il veut une démo mardi   | 2026-02-10
					Kirène : rappeler Nadia demain.                                       | Rappeler Nadia demain    | 2026-02-06
					Senelec : envoyer la proposition le 20 février.                       | Envoyer la proposition le 20 février | 2026-02-20
					Baobab : signature prévue fin avril, démarrage en mai.                | Signature prévue fin avril | 2026-04-30
					""")
	void should_turn_a_dated_next_step_into_a_follow_up(String text, String subject, String due) {
		assertThat(FollowUpReader.read(text, NOTE_DATE))
			.contains(new FollowUpReader.Stated(subject, LocalDate.parse(due)));
	}

	@Test
	void should_ignore_dates_that_name_nothing_to_do() {
		assertThat(FollowUpReader.read("Ils veulent renouveler 800 licences avant le 15 mars.", NOTE_DATE)).isEmpty();
	}

	@Test
	void should_ignore_past_dates() {
		assertThat(FollowUpReader.read("Démo faite le 2 février, tout va bien.", NOTE_DATE)).isEmpty();
	}

}

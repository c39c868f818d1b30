package crmcopilot.matching.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;

import crmcopilot.shared.InvalidInputException;
import crmcopilot.workspace.PrivacyLevel;
import crmcopilot.workspace.Workspace;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ClientPhonesTests {

	@Test
	void should_write_an_international_number_in_e164_whatever_its_spacing() {
		assertThat(ClientPhones.normalise("+33 6 12 34 56 78", null)).isEqualTo("+33612345678");
		assertThat(ClientPhones.normalise(" +221 77-123.45.67 ", "FR")).isEqualTo("+221771234567");
		assertThat(ClientPhones.normalise("0033 6 12 34 56 78", null)).isEqualTo("+33612345678");
	}

	@Test
	void should_read_a_national_number_in_the_workspaces_country() {
		assertThat(ClientPhones.normalise("06 12 34 56 78", "FR")).isEqualTo("+33612345678");
		assertThat(ClientPhones.normalise("77 123 45 67", "SN")).isEqualTo("+221771234567");
	}

	@Test
	void should_take_the_country_from_the_locale_then_from_the_time_zone() {
		assertThat(ClientPhones.region(workspace("fr-SN", "Europe/Paris"))).isEqualTo("SN");
		assertThat(ClientPhones.region(workspace("fr", "Africa/Dakar"))).isEqualTo("SN");
		assertThat(ClientPhones.region(workspace("fr", "Europe/Paris"))).isEqualTo("FR");
		assertThat(ClientPhones.region(workspace("fr", "UTC"))).isNull();
	}

	private static Workspace workspace(String locale, String zone) {
		return new Workspace(UUID.randomUUID(), "w", "W", Locale.forLanguageTag(locale), ZoneId.of(zone),
				PrivacyLevel.PRIVATE, false, Instant.EPOCH);
	}

	@Test
	void should_require_a_plus_when_the_workspaces_country_is_unknown() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> ClientPhones.normalise("06 12 34 56 78", null))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("phone"));
	}

	@Test
	void should_refuse_what_is_not_a_phone_number() {
		for (String wrong : new String[] { "", "+33", "+33 6 12", "appelez-moi", "+33 6 12 34 56 78 90 12 34",
				"+0 612345678" }) {
			assertThatExceptionOfType(InvalidInputException.class).as(wrong)
				.isThrownBy(() -> ClientPhones.normalise(wrong, "FR"))
				.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("matching.form.error.phone"));
		}
	}

}

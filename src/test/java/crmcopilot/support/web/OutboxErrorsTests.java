package crmcopilot.support.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxErrorsTests {

	@Test
	void should_name_the_missing_configuration_of_a_channel() {
		assertThat(OutboxErrors.key("SMTP not configured for this workspace"))
			.isEqualTo("support.outbox.error.smtpMissing");
		assertThat(OutboxErrors.key("Twilio not configured for this workspace"))
			.isEqualTo("support.outbox.error.twilioMissing");
	}

	@Test
	void should_map_provider_failures_to_their_kind() {
		assertThat(OutboxErrors.key("Twilio error 20429 (HTTP 429): Too many requests"))
			.isEqualTo("support.outbox.error.rateLimited");
		assertThat(OutboxErrors.key("Graph API unreachable: ConnectException"))
			.isEqualTo("support.outbox.error.unreachable");
		assertThat(OutboxErrors.key("Twilio error 20003 (HTTP 401): Authenticate"))
			.isEqualTo("support.outbox.error.credentials");
	}

	@Test
	void should_keep_an_unknown_failure_as_other_and_no_error_as_none() {
		assertThat(OutboxErrors.key("something odd")).isEqualTo("support.outbox.error.other");
		assertThat(OutboxErrors.key(null)).isNull();
	}

}

package crmcopilot.support.internal;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TwilioClientTests {

	private final FakeTwilio twilio;

	private final TwilioClient client;

	private final TwilioClient.Account account = new TwilioClient.Account(FakeTwilio.SID, FakeTwilio.TOKEN,
			"+33100000000");

	TwilioClientTests() throws IOException {
		this.twilio = new FakeTwilio();
		this.client = new TwilioClient(this.twilio.baseUrl() + "/", Duration.ofSeconds(5),
				JsonMapper.builder().build());
	}

	@AfterEach
	void stop() {
		this.twilio.close();
	}

	@Test
	void sends_a_form_encoded_message_with_basic_credentials_and_reads_the_sid() throws Exception {
		TwilioClient.Sent sent = this.client.send(this.account, "+33611223344",
				"Bonjour, votre commande 48213 part demain & arrive jeudi — merci !");

		assertThat(sent.sid()).startsWith("SM");
		assertThat(sent.status()).isEqualTo("queued");
		assertThat(this.twilio.accepted).singleElement()
			.satisfies((form) -> assertThat(form).containsEntry("To", "+33611223344")
				.containsEntry("From", "+33100000000")
				.containsEntry("Body", "Bonjour, votre commande 48213 part demain & arrive jeudi — merci !"));
	}

	@Test
	void a_messaging_service_is_sent_as_such() throws Exception {
		this.client.send(new TwilioClient.Account(FakeTwilio.SID, FakeTwilio.TOKEN, "MG0123456789abcdef"),
				"+33611223344", "ok");

		assertThat(this.twilio.accepted.get(0)).containsEntry("MessagingServiceSid", "MG0123456789abcdef")
			.doesNotContainKey("From");
	}

	@Test
	void a_refused_message_is_a_permanent_error_naming_twilios_code() {
		this.twilio.refuseWithCode = 21211;

		assertThatExceptionOfType(TwilioClient.TwilioException.class)
			.isThrownBy(() -> this.client.send(this.account, "+33", "x"))
			.withMessageContaining("21211")
			.withMessageContaining("HTTP 400")
			.withMessageContaining("not a valid phone number")
			.satisfies((ex) -> assertThat(ex.permanent()).isTrue());
	}

	@Test
	void wrong_credentials_are_refused() {
		TwilioClient.Account wrong = new TwilioClient.Account(FakeTwilio.SID, "wrong-token", "+33100000000");

		assertThatExceptionOfType(TwilioClient.TwilioException.class)
			.isThrownBy(() -> this.client.send(wrong, "+33611223344", "x"))
			.withMessageContaining("20003")
			.satisfies((ex) -> assertThat(ex.permanent()).isTrue());
		assertThat(this.twilio.accepted).isEmpty();
	}

	@Test
	void an_outage_or_an_unreachable_server_is_worth_retrying() throws IOException {
		this.twilio.outages.set(1);
		assertThatExceptionOfType(TwilioClient.TwilioException.class)
			.isThrownBy(() -> this.client.send(this.account, "+33611223344", "x"))
			.withMessageContaining("HTTP 503")
			.satisfies((ex) -> assertThat(ex.permanent()).isFalse());

		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		TwilioClient unreachable = new TwilioClient("http://127.0.0.1:" + closedPort, Duration.ofSeconds(2),
				JsonMapper.builder().build());
		assertThatExceptionOfType(TwilioClient.TwilioException.class)
			.isThrownBy(() -> unreachable.send(this.account, "+33611223344", "x"))
			.withMessageContaining("unreachable")
			.satisfies((ex) -> assertThat(ex.permanent()).isFalse());
	}

	@Test
	void an_invalid_account_sid_is_refused_before_any_request() {
		assertThatExceptionOfType(TwilioClient.TwilioException.class).isThrownBy(() -> this.client
			.send(new TwilioClient.Account("../../evil", FakeTwilio.TOKEN, "+33100000000"), "+33611223344", "x"));
		assertThat(this.twilio.requests.get()).isZero();
	}

}

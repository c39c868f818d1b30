package crmcopilot.support.internal.whatsapp;

import java.io.IOException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The Cloud API client against a local fake speaking the Graph API's formats. */
class GraphApiClientTests {

	private final FakeGraphApi graph;

	private final GraphApiClient client;

	GraphApiClientTests() throws IOException {
		this.graph = new FakeGraphApi();
		this.client = this.graph.client();
	}

	@AfterEach
	void stop() {
		this.graph.close();
	}

	@Test
	void should_post_a_text_message_and_return_its_wamid() throws Exception {
		String wamid = this.client.sendText(FakeGraphApi.account(null), "221771234567", "Bonjour,\nvotre colis part.");

		assertThat(wamid).startsWith("wamid.");
		assertThat(this.graph.accepted).singleElement().satisfies((message) -> {
			assertThat(message.path("type").asString()).isEqualTo("text");
			assertThat(message.path("to").asString()).isEqualTo("221771234567");
			assertThat(message.path("text").path("body").asString()).isEqualTo("Bonjour,\nvotre colis part.");
		});
	}

	@Test
	void should_send_the_reply_as_the_templates_single_parameter_without_line_breaks() throws Exception {
		this.client.sendTemplate(FakeGraphApi.account("reponse_support"), "221771234567", "reponse_support", "fr",
				"Bonjour,\n\nvotre colis part demain.");

		assertThat(this.graph.accepted).singleElement().satisfies((message) -> {
			assertThat(message.path("type").asString()).isEqualTo("template");
			assertThat(message.path("template").path("name").asString()).isEqualTo("reponse_support");
			assertThat(message.path("template").path("language").path("code").asString()).isEqualTo("fr");
			assertThat(message.path("template")
				.path("components")
				.path(0)
				.path("parameters")
				.path(0)
				.path("text")
				.asString()).isEqualTo("Bonjour, · votre colis part demain.");
		});
	}

	@Test
	void should_read_a_429_with_graphs_throttling_code_as_retryable() {
		this.graph.throttled.set(1);

		GraphApiClient.GraphApiException error = catchThrowableOfType(GraphApiClient.GraphApiException.class,
				() -> this.client.sendText(FakeGraphApi.account(null), "221771234567", "Bonjour"));

		assertThat(error.httpStatus()).isEqualTo(429);
		assertThat(error.code()).isEqualTo(130429);
		assertThat(error.retryable()).isTrue();
		assertThat(error.getMessage()).contains("130429").contains("fbtrace_id AbCdEfGh123");
	}

	@Test
	void should_read_the_re_engagement_error_as_a_closed_window_that_is_not_retried() {
		this.graph.refuseWithCode = GraphApiClient.RE_ENGAGEMENT;

		GraphApiClient.GraphApiException error = catchThrowableOfType(GraphApiClient.GraphApiException.class,
				() -> this.client.sendText(FakeGraphApi.account(null), "221771234567", "Bonjour"));

		assertThat(error.windowClosed()).isTrue();
		assertThat(error.retryable()).isFalse();
		assertThat(error.getMessage()).contains("131047/2494010").contains("(HTTP 400)");
	}

	@Test
	void should_refuse_for_good_an_expired_token() {
		WhatsAppAccount expired = new WhatsAppAccount(FakeGraphApi.PHONE_NUMBER_ID, "expired", null, "fr");

		GraphApiClient.GraphApiException error = catchThrowableOfType(GraphApiClient.GraphApiException.class,
				() -> this.client.sendText(expired, "221771234567", "Bonjour"));

		assertThat(error.code()).isEqualTo(190);
		assertThat(error.retryable()).isFalse();
		assertThat(error.detail()).contains("Session has expired");
	}

	@Test
	void should_download_a_voice_note_through_its_media_url_with_the_bearer_token() throws Exception {
		GraphApiClient.Media media = this.client.media(FakeGraphApi.account(null), FakeGraphApi.MEDIA_ID);

		byte[] content = this.client.download(FakeGraphApi.account(null), media);

		assertThat(media.mimeType()).isEqualTo("audio/ogg");
		assertThat(content).isEqualTo(FakeGraphApi.VOICE_NOTE);
	}

	@Test
	void should_treat_an_unreachable_api_as_retryable() {
		GraphApiClient down = new GraphApiClient("http://127.0.0.1:9", "v23.0", java.time.Duration.ofSeconds(2), 1024,
				tools.jackson.databind.json.JsonMapper.builder().build());

		GraphApiClient.GraphApiException error = catchThrowableOfType(GraphApiClient.GraphApiException.class,
				() -> down.sendText(FakeGraphApi.account(null), "221771234567", "Bonjour"));

		assertThat(error.httpStatus()).isZero();
		assertThat(error.retryable()).isTrue();
	}

}

package crmcopilot.ai.internal;

import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import crmcopilot.ai.FakeChatServer;
import crmcopilot.ai.FakeChatServer.Reply;
import crmcopilot.ai.SentimentTask;
import crmcopilot.ai.TaskOutcome;
import crmcopilot.workspace.PrivacyLevel;

import static org.assertj.core.api.Assertions.assertThat;

class LlmGatewayTests {

	private static final String VALID = "{\"label\":\"negative\",\"confidence\":0.8,\"summary\":\"Colis en retard.\",\"contact\":null}";

	private static final SentimentTask.Message MESSAGE = new SentimentTask.Message(
			"Mon colis est en retard, je suis furieux.", "fr");

	private final FakeChatServer server = new FakeChatServer();

	private final UUID workspaceId = UUID.randomUUID();

	@AfterEach
	void stop() {
		this.server.close();
	}

	private TaskOutcome<SentimentTask.Sentiment> run(LlmGateway gateway) {
		return gateway.run(this.workspaceId, new SentimentTask(), MESSAGE);
	}

	@Test
	void should_answer_offline_without_fallback_when_no_provider_is_configured() {
		TestGateways builder = TestGateways.builder();
		TaskOutcome<SentimentTask.Sentiment> outcome = run(builder.build());
		assertThat(outcome.offline()).isTrue();
		assertThat(outcome.fallback()).isFalse();
		assertThat(outcome.result().label()).isEqualTo(SentimentTask.Label.negative);
		assertThat(builder.calls()).singleElement().satisfies((call) -> {
			assertThat(call.provider()).isEqualTo("none");
			assertThat(call.engine()).isEqualTo("offline");
			assertThat(call.fallback()).isFalse();
			assertThat(call.promptVersion()).isEqualTo(2);
		});
		assertThat(this.server.received()).isEmpty();
	}

	@Test
	void should_send_an_openai_request_with_bearer_key_and_json_schema() {
		this.server.then(Reply.completion(VALID));
		TaskOutcome<SentimentTask.Sentiment> outcome = run(
				TestGateways.builder().provider("openai", this.server.baseUrl(), "sk-test", "gpt-4o-mini").build());
		FakeChatServer.Received request = this.server.last();
		assertThat(request.path()).isEqualTo("/v1/chat/completions");
		assertThat(request.header("Authorization")).isEqualTo("Bearer sk-test");
		assertThat(request.header("api-key")).isNull();
		JsonNode body = request.json();
		assertThat(body.path("model").asString()).isEqualTo("gpt-4o-mini");
		assertThat(body.path("messages").get(0).path("role").asString()).isEqualTo("system");
		assertThat(body.path("messages").get(1).path("content").asString()).contains("je suis furieux")
			.startsWith("Rôle : tu lis un message client");
		JsonNode format = body.path("response_format");
		assertThat(format.path("type").asString()).isEqualTo("json_schema");
		assertThat(format.path("json_schema").path("name").asString()).isEqualTo("sentiment");
		assertThat(format.path("json_schema").path("strict").asBoolean()).isTrue();
		JsonNode schema = format.path("json_schema").path("schema");
		assertThat(schema.path("required").toString()).contains("label", "confidence", "summary", "contact");
		assertThat(schema.path("properties").path("label").path("enum").toString()).contains("positive", "negative");
		assertThat(schema.path("additionalProperties").asBoolean(true)).isFalse();
		assertThat(outcome.engine()).isEqualTo("openai");
		assertThat(outcome.fallback()).isFalse();
		assertThat(outcome.result())
			.isEqualTo(new SentimentTask.Sentiment(SentimentTask.Label.negative, 0.8, "Colis en retard.", null));
		assertThat(outcome.model()).isEqualTo("gpt-4o-mini-2024-07-18");
	}

	@Test
	void should_call_the_azure_deployment_url_with_an_api_key_header() {
		this.server.then(Reply.completion(VALID));
		ProviderConfig azure = ProviderConfig.of(LlmProvider.AZURE, this.server.root(), "azure-key", null, "crm-gpt4o",
				"2024-10-21", true, false);
		TaskOutcome<SentimentTask.Sentiment> outcome = run(TestGateways.builder().provider(azure).build());
		FakeChatServer.Received request = this.server.last();
		assertThat(request.path()).isEqualTo("/openai/deployments/crm-gpt4o/chat/completions");
		assertThat(request.query()).isEqualTo("api-version=2024-10-21");
		assertThat(request.header("api-key")).isEqualTo("azure-key");
		assertThat(request.header("Authorization")).isNull();
		assertThat(outcome.engine()).isEqualTo("azure");
	}

	@Test
	void should_send_no_key_to_a_local_ollama_and_may_ask_for_json_object_with_the_schema_in_the_prompt() {
		this.server.then(Reply.completion(VALID));
		ProviderConfig ollama = ProviderConfig.of(LlmProvider.OLLAMA, this.server.baseUrl(), null, "llama3.1:8b", null,
				null, false, false);
		TaskOutcome<SentimentTask.Sentiment> outcome = run(TestGateways.builder().provider(ollama).build());
		FakeChatServer.Received request = this.server.last();
		assertThat(request.header("Authorization")).isNull();
		assertThat(request.json().path("response_format").path("type").asString()).isEqualTo("json_object");
		assertThat(request.json().path("messages").get(0).path("content").asString()).contains("\"enum\"");
		assertThat(outcome.engine()).isEqualTo("ollama");
	}

	@Test
	void should_fall_back_to_json_object_when_the_server_rejects_json_schema_and_remember_it() {
		this.server.then(Reply.error(400, Map.of()), Reply.completion(VALID), Reply.completion(VALID));
		LlmGateway gateway = TestGateways.builder()
			.provider("openai-compatible", this.server.baseUrl(), null, "old-vllm")
			.build();
		assertThat(run(gateway).engine()).isEqualTo("openai-compatible");
		assertThat(run(gateway).engine()).isEqualTo("openai-compatible");
		List<FakeChatServer.Received> received = this.server.received();
		assertThat(received).extracting((request) -> request.json().path("response_format").path("type").asString())
			.containsExactly("json_schema", "json_object", "json_object");
		assertThat(received.get(1).json().path("messages").get(0).path("content").asString()).contains("\"enum\"");
	}

	@Test
	void should_use_the_groq_endpoint_by_default() {
		ProviderConfig groq = ProviderConfig.of(LlmProvider.GROQ, null, "gsk", "llama-3.1-8b-instant", null, null, true,
				false);
		assertThat(groq.chatCompletionsUri()).hasToString("https://api.groq.com/openai/v1/chat/completions");
		assertThat(groq.local()).isFalse();
		assertThat(groq.toString()).doesNotContain("gsk");
	}

	@Test
	void should_retry_an_invalid_answer_once_with_the_error_then_accept_a_valid_one() {
		this.server.then(Reply.completion("Le client est mécontent."), Reply.completion(VALID));
		TaskOutcome<SentimentTask.Sentiment> outcome = run(
				TestGateways.builder().provider("openai", this.server.baseUrl(), "k", "gpt-4o-mini").build());
		assertThat(this.server.received()).hasSize(2);
		JsonNode retry = this.server.last().json().path("messages");
		assertThat(retry).hasSize(4);
		assertThat(retry.get(2).path("role").asString()).isEqualTo("assistant");
		assertThat(retry.get(3).path("content").asString()).contains("rejetée", "JSON");
		assertThat(outcome.fallback()).isFalse();
		assertThat(outcome.engine()).isEqualTo("openai");
	}

	@Test
	void should_fall_back_offline_after_two_answers_that_break_the_schema_or_the_task_rules() {
		this.server.then(
				Reply.completion("{\"label\":\"furious\",\"confidence\":0.8,\"summary\":\"x\",\"contact\":null}"),
				Reply.completion("{\"label\":\"negative\",\"confidence\":7,\"summary\":\"x\",\"contact\":null}"));
		TestGateways builder = TestGateways.builder().provider("openai", this.server.baseUrl(), "k", "gpt-4o-mini");
		TaskOutcome<SentimentTask.Sentiment> outcome = run(builder.build());
		assertThat(this.server.received()).hasSize(2);
		assertThat(this.server.last().lastUserMessage()).contains("label");
		assertThat(outcome.offline()).isTrue();
		assertThat(outcome.fallback()).isTrue();
		assertThat(outcome.fallbackReason()).startsWith("invalid-output").contains("confidence must be between");
		assertThat(outcome.result()).isEqualTo(new SentimentTask().offline(MESSAGE, null));
		assertThat(builder.calls()).singleElement().satisfies((call) -> {
			assertThat(call.fallback()).isTrue();
			assertThat(call.inputTokens()).isEqualTo(240);
			assertThat(call.outputTokens()).isEqualTo(60);
		});
	}

	@Test
	void should_honour_retry_after_on_429() {
		this.server.then(Reply.error(429, Map.of("Retry-After", "1")), Reply.completion(VALID));
		TestGateways builder = TestGateways.builder().provider("openai", this.server.baseUrl(), "k", "gpt-4o-mini");
		TaskOutcome<SentimentTask.Sentiment> outcome = run(builder.build());
		assertThat(builder.retryWaits()).containsExactly(Duration.ofSeconds(1));
		assertThat(this.server.received()).hasSize(2);
		assertThat(outcome.engine()).isEqualTo("openai");
	}

	@Test
	void should_fall_back_at_once_when_retry_after_is_too_long() {
		this.server.then(Reply.error(429, Map.of("Retry-After", "3600")));
		TestGateways builder = TestGateways.builder()
			.provider("openai", this.server.baseUrl(), "k", "gpt-4o-mini")
			.retries(3, Duration.ofSeconds(20));
		TaskOutcome<SentimentTask.Sentiment> outcome = run(builder.build());
		assertThat(this.server.received()).hasSize(1);
		assertThat(builder.retryWaits()).isEmpty();
		assertThat(outcome.fallbackReason()).isEqualTo("rate-limited (HTTP 429)");
	}

	@Test
	void should_retry_server_errors_with_growing_backoff() {
		this.server.then(Reply.error(503, Map.of()), Reply.error(500, Map.of()), Reply.completion(VALID));
		TestGateways builder = TestGateways.builder().provider("openai", this.server.baseUrl(), "k", "gpt-4o-mini");
		TaskOutcome<SentimentTask.Sentiment> outcome = run(builder.build());
		assertThat(builder.retryWaits()).containsExactly(Duration.ofMillis(10), Duration.ofMillis(20));
		assertThat(outcome.engine()).isEqualTo("openai");
	}

	@Test
	void should_fall_back_offline_on_timeout() {
		this.server.byDefault((request) -> Reply.completion(VALID).delayed(2_000));
		TestGateways builder = TestGateways.builder()
			.provider("openai", this.server.baseUrl(), "k", "gpt-4o-mini")
			.timeout(Duration.ofMillis(250))
			.retries(2, Duration.ofSeconds(1));
		TaskOutcome<SentimentTask.Sentiment> outcome = run(builder.build());
		assertThat(outcome.offline()).isTrue();
		assertThat(outcome.fallbackReason()).isEqualTo("timeout");
		assertThat(this.server.received()).hasSize(2);
	}

	@Test
	void should_fall_back_offline_when_the_provider_cannot_be_reached() throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		TaskOutcome<SentimentTask.Sentiment> outcome = run(TestGateways.builder()
			.provider("openai-compatible", "http://127.0.0.1:" + port + "/v1", null, "qwen2.5")
			.build());
		assertThat(outcome.fallbackReason()).isEqualTo("connection-error");
	}

	@Test
	void should_not_retry_a_rejected_key() {
		this.server.then(Reply.error(401, Map.of()));
		TaskOutcome<SentimentTask.Sentiment> outcome = run(
				TestGateways.builder().provider("openai", this.server.baseUrl(), "bad", "gpt-4o-mini").build());
		assertThat(this.server.received()).hasSize(1);
		assertThat(outcome.fallbackReason()).isEqualTo("client-error (HTTP 401)");
	}

	@Test
	void should_open_the_breaker_after_failures_then_close_it_after_a_success() {
		this.server.byDefault((request) -> Reply.error(500, Map.of()));
		MovingClock clock = new MovingClock();
		TestGateways builder = TestGateways.builder()
			.provider("openai", this.server.baseUrl(), "k", "gpt-4o-mini")
			.retries(1, Duration.ofSeconds(1))
			.breaker(2, Duration.ofMinutes(1))
			.clock(clock);
		LlmGateway gateway = builder.build();
		ProviderConfig provider = gateway.provider(this.workspaceId);
		run(gateway);
		run(gateway);
		assertThat(builder.resilience().state(provider)).isEqualTo(CircuitBreaker.State.OPEN);
		TaskOutcome<SentimentTask.Sentiment> whileOpen = run(gateway);
		assertThat(whileOpen.fallbackReason()).isEqualTo("circuit-open");
		assertThat(this.server.received()).hasSize(2);
		this.server.byDefault((request) -> Reply.completion(VALID));
		clock.advance(Duration.ofMinutes(1).plusSeconds(1));
		TaskOutcome<SentimentTask.Sentiment> afterwards = run(gateway);
		assertThat(afterwards.engine()).isEqualTo("openai");
		assertThat(builder.resilience().state(provider)).isEqualTo(CircuitBreaker.State.CLOSED);
	}

	@Test
	void should_record_usage_with_tokens_cost_prompt_version_and_confidence() {
		this.server.then(Reply.completion(VALID, 1_000_000, 100_000));
		TestGateways builder = TestGateways.builder().provider("openai", this.server.baseUrl(), "k", "gpt-4o-mini");
		run(builder.build());
		assertThat(builder.calls()).singleElement().satisfies((call) -> {
			assertThat(call.workspaceId()).isEqualTo(this.workspaceId);
			assertThat(call.task()).isEqualTo("test-sentiment");
			assertThat(call.provider()).isEqualTo("openai");
			assertThat(call.engine()).isEqualTo("openai");
			assertThat(call.model()).isEqualTo("gpt-4o-mini-2024-07-18");
			assertThat(call.promptId()).isEqualTo("test-sentiment");
			assertThat(call.promptVersion()).isEqualTo(2);
			assertThat(call.promptSource()).isEqualTo("file");
			assertThat(call.inputTokens()).isEqualTo(1_000_000);
			assertThat(call.outputTokens()).isEqualTo(100_000);
			assertThat(call.costUsd()).isCloseTo(0.15 + 0.06, org.assertj.core.data.Offset.offset(1e-9));
			assertThat(call.offline()).isFalse();
			assertThat(call.confidence()).isEqualTo(0.8);
		});
	}

	@Test
	void should_never_send_personal_data_to_a_cloud_provider_and_map_placeholders_back() {
		String text = "Bonjour, ici Awa Ndiaye (awa.ndiaye@example.sn, +221 77 123 45 67). "
				+ "IBAN FR76 3000 6000 0112 3456 7890 189, carte 4970 1012 3456 7893. Colis en retard !";
		this.server.byDefault((request) -> Reply.completion(
				"{\"label\":\"negative\",\"confidence\":0.9,\"summary\":\"[NAME_1] attend son colis.\",\"contact\":\"[EMAIL_1]\"}"));
		ProviderConfig cloudLike = ProviderConfig.of(LlmProvider.OPENAI, this.server.baseUrl(), "k", "gpt-4o-mini",
				null, null, true, true);
		LlmGateway gateway = TestGateways.builder()
			.provider(cloudLike)
			.privacy(PrivacyLevel.PRIVATE, List.of("Awa Ndiaye"))
			.build();
		TaskOutcome<SentimentTask.Sentiment> outcome = gateway.run(this.workspaceId, new SentimentTask(),
				new SentimentTask.Message(text, "fr"));
		String sent = this.server.last().body();
		assertThat(sent).doesNotContain("Awa", "Ndiaye", "awa.ndiaye@example.sn", "77 123 45 67", "3000 6000",
				"4970 1012");
		assertThat(sent).contains("[NAME_1]", "[EMAIL_1]", "[PHONE_1]", "[IBAN_1]", "[CARD_1]", "Colis en retard");
		assertThat(outcome.result().summary()).isEqualTo("Awa Ndiaye attend son colis.");
		assertThat(outcome.result().contact()).isEqualTo("awa.ndiaye@example.sn");
	}

	@Test
	void should_keep_personal_data_out_of_the_logs() {
		ch.qos.logback.classic.Logger logger = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory
			.getLogger(LlmGateway.class);
		ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> appender = new ch.qos.logback.core.read.ListAppender<>();
		appender.start();
		logger.addAppender(appender);
		try {
			this.server.byDefault((request) -> Reply.completion(
					"{\"label\":\"negative\",\"confidence\":3,\"summary\":\"awa@example.sn +221 77 123 45 67\",\"contact\":null}"));
			TestGateways builder = TestGateways.builder()
				.provider("openai-compatible", this.server.baseUrl(), null, "qwen2.5");
			builder.build()
				.run(this.workspaceId, new SentimentTask(),
						new SentimentTask.Message("Awa, awa@example.sn, +221 77 123 45 67, en retard", "fr"));
			assertThat(appender.list).isNotEmpty();
			assertThat(appender.list).allSatisfy((event) -> assertThat(event.getFormattedMessage())
				.doesNotContain("awa@example.sn", "77 123 45 67"));
			assertThat(builder.calls().get(0).fallbackReason()).doesNotContain("awa@example.sn");
		}
		finally {
			logger.detachAppender(appender);
		}
	}

	@Test
	void should_keep_names_but_mask_identifiers_for_a_shared_anonymised_workspace() {
		this.server.then(Reply.completion(VALID));
		ProviderConfig cloudLike = ProviderConfig.of(LlmProvider.OPENAI, this.server.baseUrl(), "k", "gpt-4o-mini",
				null, null, true, true);
		TestGateways.builder()
			.provider(cloudLike)
			.privacy(PrivacyLevel.SHARED_ANONYMISED, List.of("Awa Ndiaye"))
			.build()
			.run(this.workspaceId, new SentimentTask(),
					new SentimentTask.Message("Awa Ndiaye, awa@example.sn, en retard", "fr"));
		assertThat(this.server.last().body()).contains("Awa Ndiaye").doesNotContain("awa@example.sn");
	}

	@Test
	void should_not_redact_for_a_local_provider_unless_told_to() {
		this.server.then(Reply.completion(VALID));
		TestGateways builder = TestGateways.builder()
			.provider("openai-compatible", this.server.baseUrl(), null, "qwen2.5")
			.privacy(PrivacyLevel.PRIVATE, List.of("Awa Ndiaye"));
		builder.build()
			.run(this.workspaceId, new SentimentTask(), new SentimentTask.Message("Awa Ndiaye, awa@example.sn", "fr"));
		assertThat(this.server.last().body()).contains("awa@example.sn");
		assertThat(builder.calls().get(0).redacted()).isFalse();
	}

	/** A clock that moves only when told to. */
	private static final class MovingClock extends Clock {

		private volatile Instant now = Instant.parse("2026-12-06T10:00:00Z");

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}

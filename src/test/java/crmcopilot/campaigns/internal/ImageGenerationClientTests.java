package crmcopilot.campaigns.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ImageGenerationClientTests {

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D',
			'R' };

	private final JsonMapper json = JsonMapper.builder().build();

	private final List<JsonNode> received = new CopyOnWriteArrayList<>();

	private final List<String> keys = new CopyOnWriteArrayList<>();

	private volatile int status = 200;

	private volatile String answer = "";

	private HttpServer server;

	@BeforeEach
	void start() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/v1/images/generations", (exchange) -> {
			this.received.add(this.json.readTree(exchange.getRequestBody().readAllBytes()));
			this.keys.add(exchange.getRequestHeaders().getFirst("Authorization"));
			byte[] body = this.answer.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(this.status, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		this.server.start();
	}

	@AfterEach
	void stop() {
		this.server.stop(0);
	}

	@Test
	void should_return_the_png_the_provider_draws_from_the_prompt() {
		this.answer = "{\"created\":1713833628,\"data\":[{\"b64_json\":\"" + Base64.getEncoder().encodeToString(PNG)
				+ "\"}],\"usage\":{\"total_tokens\":100}}";
		ImageGenerationClient.Image image = client("gpt-image-1").generate("Une femme de 40 ans devant sa maison");
		assertThat(image.contentType()).isEqualTo("image/png");
		assertThat(image.content()).isEqualTo(PNG);
		assertThat(image.model()).isEqualTo("gpt-image-1");
		JsonNode request = this.received.get(0);
		assertThat(request.path("prompt").asString()).isEqualTo("Une femme de 40 ans devant sa maison");
		assertThat(request.path("model").asString()).isEqualTo("gpt-image-1");
		assertThat(request.has("response_format")).isFalse();
		assertThat(this.keys).containsExactly("Bearer sk-test");
	}

	@Test
	void should_ask_other_models_for_base64() {
		this.answer = "{\"data\":[{\"b64_json\":\""
				+ Base64.getEncoder()
					.encodeToString(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10 })
				+ "\"}]}";
		assertThat(client("dall-e-3").generate("x").contentType()).isEqualTo("image/jpeg");
		assertThat(this.received.get(0).path("response_format").asString()).isEqualTo("b64_json");
	}

	@Test
	void should_refuse_what_is_not_an_image_and_report_provider_errors() {
		this.answer = "{\"data\":[{\"b64_json\":\""
				+ Base64.getEncoder().encodeToString("<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8))
				+ "\"}]}";
		assertThatIllegalStateException().isThrownBy(() -> client("gpt-image-1").generate("x"))
			.withMessageContaining("not a PNG, JPEG or WebP");
		this.answer = "{\"data\":[{\"url\":\"http://169.254.169.254/latest\"}]}";
		assertThatIllegalStateException().isThrownBy(() -> client("gpt-image-1").generate("x"))
			.withMessageContaining("no base64 image");
		this.status = 400;
		this.answer = "{\"error\":{\"message\":\"Your request was rejected by the safety system.\","
				+ "\"type\":\"image_generation_user_error\",\"code\":\"moderation_blocked\"}}";
		assertThatIllegalStateException().isThrownBy(() -> client("gpt-image-1").generate("x"))
			.withMessageContaining("rejected by the safety system");
	}

	private ImageGenerationClient client(String model) {
		return new ImageGenerationClient(this.json,
				new CampaignsSettings.Image("http://127.0.0.1:" + this.server.getAddress().getPort() + "/", "sk-test",
						model, Duration.ofSeconds(5)));
	}

}

package crmcopilot.support.internal.whatsapp;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A local stand-in for the Cloud API on Meta's Graph API: checks the bearer token and the
 * message JSON as Meta does, answers with its bodies ({@code messages[0].id}, media URL,
 * media bytes) and its error format
 * ({@code {"error":{"message","type","code","error_subcode","fbtrace_id"}}}); it can be
 * told to throttle (429, code 130429) or to refuse with a code.
 */
final class FakeGraphApi implements AutoCloseable {

	static final String VERSION = "v23.0";

	static final String PHONE_NUMBER_ID = "106540352242922";

	static final String TOKEN = "EAAG-fake-system-user-token";

	static final String MEDIA_ID = "1037543291543636";

	static final byte[] VOICE_NOTE = "OggS fake opus voice note".getBytes(StandardCharsets.US_ASCII);

	/** Messages accepted, as posted. */
	final List<JsonNode> accepted = new CopyOnWriteArrayList<>();

	final AtomicInteger requests = new AtomicInteger();

	/** Requests still to answer with a 429 and Graph's throttling error. */
	final AtomicInteger throttled = new AtomicInteger();

	/** Set: every message is refused with this Graph error code and a 400. */
	volatile int refuseWithCode;

	private final HttpServer server;

	private final JsonMapper json = JsonMapper.builder().build();

	FakeGraphApi() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	String baseUrl() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	GraphApiClient client() {
		return new GraphApiClient(baseUrl(), VERSION, java.time.Duration.ofSeconds(5), 1024 * 1024, this.json);
	}

	static WhatsAppAccount account(String template) {
		return new WhatsAppAccount(PHONE_NUMBER_ID, TOKEN, template, "fr");
	}

	private void handle(HttpExchange exchange) throws IOException {
		this.requests.incrementAndGet();
		try (exchange) {
			byte[] body = exchange.getRequestBody().readAllBytes();
			if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
				error(exchange, 401, 190, 463, "Error validating access token: Session has expired.");
				return;
			}
			String path = exchange.getRequestURI().getPath();
			if ("GET".equals(exchange.getRequestMethod()) && path.equals("/" + VERSION + "/" + MEDIA_ID)) {
				send(exchange, 200, "application/json",
						"""
								{"messaging_product":"whatsapp","url":"%s/whatsapp_business/attachments/?mid=%s",
								 "mime_type":"audio/ogg","sha256":"abc","file_size":"25","id":"%s"}"""
							.formatted(baseUrl(), MEDIA_ID, MEDIA_ID)
							.getBytes(StandardCharsets.UTF_8));
				return;
			}
			if ("GET".equals(exchange.getRequestMethod()) && path.equals("/whatsapp_business/attachments/")) {
				send(exchange, 200, "audio/ogg", VOICE_NOTE);
				return;
			}
			if (!"POST".equals(exchange.getRequestMethod())
					|| !path.equals("/" + VERSION + "/" + PHONE_NUMBER_ID + "/messages")) {
				error(exchange, 400, 100, 33, "Unsupported request - method type: " + exchange.getRequestMethod());
				return;
			}
			JsonNode message = this.json.readTree(new String(body, StandardCharsets.UTF_8));
			if (!"whatsapp".equals(message.path("messaging_product").asString(""))
					|| message.path("to").asString("").isBlank()) {
				error(exchange, 400, 100, 0, "(#100) Invalid parameter");
				return;
			}
			if (this.throttled.getAndUpdate((n) -> Math.max(0, n - 1)) > 0) {
				error(exchange, 429, 130429, 0, "(#130429) Rate limit hit");
				return;
			}
			if (this.refuseWithCode != 0) {
				error(exchange, 400, this.refuseWithCode, 2494010, "(#" + this.refuseWithCode + ") Message refused");
				return;
			}
			this.accepted.add(message);
			String to = message.path("to").asString();
			send(exchange, 200, "application/json", """
					{"messaging_product":"whatsapp","contacts":[{"input":"%s","wa_id":"%s"}],
					 "messages":[{"id":"wamid.%s"}]}""".formatted(to, to, UUID.randomUUID())
				.getBytes(StandardCharsets.UTF_8));
		}
	}

	private static void error(HttpExchange exchange, int status, int code, int subcode, String message)
			throws IOException {
		send(exchange, status, "application/json", """
				{"error":{"message":"%s","type":"OAuthException","code":%d,"error_subcode":%d,
				 "fbtrace_id":"AbCdEfGh123"}}""".formatted(message, code, subcode).getBytes(StandardCharsets.UTF_8));
	}

	private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
		exchange.getResponseHeaders().add("Content-Type", type);
		exchange.sendResponseHeaders(status, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}

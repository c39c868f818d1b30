package crmcopilot.ai;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A local fake of an OpenAI-compatible server on 127.0.0.1: it answers
 * {@code POST .../chat/completions} in the real wire format ({@code chat.completion}
 * objects with {@code usage}), records every request, and plays scripted replies (errors,
 * delays, {@code Retry-After}) before its default reply.
 */
public final class FakeChatServer implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpServer server;

	private final ExecutorService executor = Executors.newCachedThreadPool();

	private final CountDownLatch closed = new CountDownLatch(1);

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private final Deque<Reply> script = new ArrayDeque<>();

	private volatile Function<Received, Reply> defaultReply = (request) -> Reply.completion("{}");

	/** A request as the fake saw it. */
	public record Received(String method, String path, String query, Map<String, List<String>> headers, String body) {

		public JsonNode json() {
			return JSON.readTree(this.body);
		}

		public String header(String name) {
			return this.headers.entrySet()
				.stream()
				.filter((entry) -> entry.getKey().equalsIgnoreCase(name))
				.map((entry) -> entry.getValue().get(0))
				.findFirst()
				.orElse(null);
		}

		/** The text of the last user message. */
		public String lastUserMessage() {
			JsonNode messages = json().path("messages");
			for (int i = messages.size() - 1; i >= 0; i--) {
				if ("user".equals(messages.get(i).path("role").asString())) {
					return messages.get(i).path("content").asString();
				}
			}
			return "";
		}

	}

	/** What the fake sends back. */
	public record Reply(int status, Map<String, String> headers, String body, long delayMs) {

		/** A {@code chat.completion} whose message content is {@code content}. */
		public static Reply completion(String content) {
			return completion(content, 120, 30);
		}

		public static Reply completion(String content, int promptTokens, int completionTokens) {
			ObjectNode body = JSON.createObjectNode();
			body.put("id", "chatcmpl-fake");
			body.put("object", "chat.completion");
			body.put("created", 1_700_000_000L);
			body.put("model", "gpt-4o-mini-2024-07-18");
			ObjectNode choice = body.putArray("choices").addObject();
			choice.put("index", 0);
			choice.putObject("message").put("role", "assistant").put("content", content);
			choice.put("finish_reason", "stop");
			body.putObject("usage")
				.put("prompt_tokens", promptTokens)
				.put("completion_tokens", completionTokens)
				.put("total_tokens", promptTokens + completionTokens);
			return new Reply(200, Map.of(), JSON.writeValueAsString(body), 0);
		}

		public static Reply error(int status, Map<String, String> headers) {
			return new Reply(status, headers,
					"{\"error\":{\"message\":\"fake failure\",\"type\":\"fake_error\",\"code\":null}}", 0);
		}

		public Reply delayed(long millis) {
			return new Reply(this.status, this.headers, this.body, millis);
		}

	}

	public FakeChatServer() {
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		this.server.setExecutor(this.executor);
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	/** Base URL in the OpenAI style, ending in {@code /v1}. */
	public String baseUrl() {
		return root() + "/v1";
	}

	/** The server root, as an Azure resource endpoint. */
	public String root() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	/** Replies played once each, in order, before the default reply. */
	public synchronized FakeChatServer then(Reply... replies) {
		this.script.addAll(List.of(replies));
		return this;
	}

	public FakeChatServer byDefault(Function<Received, Reply> reply) {
		this.defaultReply = reply;
		return this;
	}

	public List<Received> received() {
		return List.copyOf(this.received);
	}

	public Received last() {
		return this.received.get(this.received.size() - 1);
	}

	private void handle(HttpExchange exchange) throws IOException {
		String body;
		try (InputStream in = exchange.getRequestBody()) {
			body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		Received request = new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
				exchange.getRequestURI().getQuery(), Map.copyOf(exchange.getRequestHeaders()), body);
		this.received.add(request);
		Reply reply;
		synchronized (this) {
			reply = this.script.poll();
		}
		if (reply == null) {
			reply = request.path().endsWith("/chat/completions") && "POST".equals(request.method())
					? this.defaultReply.apply(request) : Reply.error(404, Map.of());
		}
		if (reply.delayMs() > 0) {
			try {
				// a slow server: answers after the delay, or at once when the test closes
				// it
				this.closed.await(reply.delayMs(), TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
		try {
			exchange.sendResponseHeaders(reply.status(), bytes.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(bytes);
			}
		}
		catch (IOException ex) {
			// the client gave up (timeout): nothing to answer
		}
		finally {
			exchange.close();
		}
	}

	@Override
	public void close() {
		this.closed.countDown();
		this.server.stop(0);
		this.executor.shutdownNow();
	}

}

package crmcopilot.support.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local stand-in for Twilio's Messages API that checks the wire format (path, Basic
 * credentials, form encoding) as Twilio does, records accepted messages, and answers with
 * Twilio's JSON bodies; it can be told to fail (outage) or to refuse (error code).
 */
final class FakeTwilio implements AutoCloseable {

	static final String SID = "AC0123456789abcdef0123456789abcdef";

	static final String TOKEN = "fake-auth-token";

	/** Accepted messages: To, From, Body. */
	final List<Map<String, String>> accepted = new CopyOnWriteArrayList<>();

	final AtomicInteger requests = new AtomicInteger();

	/** Requests still to answer with a 503 outage. */
	final AtomicInteger outages = new AtomicInteger();

	/** Set: every request is refused with this Twilio error code and a 400. */
	volatile int refuseWithCode;

	private final HttpServer server;

	FakeTwilio() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	String baseUrl() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	private void handle(HttpExchange exchange) throws IOException {
		this.requests.incrementAndGet();
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		String expectedAuth = "Basic "
				+ Base64.getEncoder().encodeToString((SID + ":" + TOKEN).getBytes(StandardCharsets.UTF_8));
		if (!"POST".equals(exchange.getRequestMethod())
				|| !("/2010-04-01/Accounts/" + SID + "/Messages.json").equals(exchange.getRequestURI().getPath())) {
			answer(exchange, 404,
					"{\"code\":20404,\"message\":\"The requested resource was not found\",\"status\":404}");
			return;
		}
		if (!expectedAuth.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
			answer(exchange, 401, "{\"code\":20003,\"message\":\"Authenticate\",\"status\":401}");
			return;
		}
		String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
		if (contentType == null || !contentType.startsWith("application/x-www-form-urlencoded")) {
			answer(exchange, 400, "{\"code\":20001,\"message\":\"form encoding expected\",\"status\":400}");
			return;
		}
		if (this.outages.getAndUpdate((n) -> Math.max(0, n - 1)) > 0) {
			answer(exchange, 503, "{\"code\":20503,\"message\":\"Service unavailable\",\"status\":503}");
			return;
		}
		if (this.refuseWithCode != 0) {
			answer(exchange, 400, "{\"code\":" + this.refuseWithCode
					+ ",\"message\":\"The 'To' number is not a valid phone number.\",\"more_info\":\"https://www.twilio.com/docs/errors/"
					+ this.refuseWithCode + "\",\"status\":400}");
			return;
		}
		Map<String, String> form = new LinkedHashMap<>();
		for (String pair : body.split("&")) {
			int equals = pair.indexOf('=');
			form.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
					URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
		}
		if (!form.containsKey("To") || !form.containsKey("Body")
				|| !(form.containsKey("From") || form.containsKey("MessagingServiceSid"))) {
			answer(exchange, 400, "{\"code\":21604,\"message\":\"A 'To' phone number is required.\",\"status\":400}");
			return;
		}
		this.accepted.add(form);
		String sid = "SM" + String.format("%032x", this.accepted.size());
		answer(exchange, 201, "{\"sid\":\"" + sid + "\",\"account_sid\":\"" + SID + "\",\"to\":\"" + form.get("To")
				+ "\",\"status\":\"queued\",\"num_segments\":\"1\",\"error_code\":null,\"error_message\":null}");
	}

	private static void answer(HttpExchange exchange, int status, String json) throws IOException {
		byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}

package crmcopilot.learning;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A signed-in browser-like session against the test server (cookie + CSRF token). */
final class WebSession {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client;

	private final String base;

	private String csrf = "";

	record Reply(int status, String body) {

		JsonNode json() {
			return JSON.readTree(this.body);
		}

	}

	private WebSession(String base) {
		this.base = base;
		this.client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
	}

	static WebSession login(int port, String email, String password) throws IOException, InterruptedException {
		WebSession session = new WebSession("http://127.0.0.1:" + port);
		String page = session.send(HttpRequest.newBuilder(session.uri("/login")).GET()).body();
		String token = find(page, "name=\"_csrf\" value=\"([^\"]+)\"");
		String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + token;
		Reply login = session.send(HttpRequest.newBuilder(session.uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
		if (login.status() != 302) {
			throw new IllegalStateException("login failed: " + login.status());
		}
		String home = session.send(HttpRequest.newBuilder(session.uri("/")).GET()).body();
		session.csrf = find(home, "name=\"_csrf\" content=\"([^\"]+)\"");
		return session;
	}

	Reply get(String path) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(uri(path)).GET());
	}

	Reply json(String method, String path, String body) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.header("X-CSRF-TOKEN", this.csrf)
			.method(method, HttpRequest.BodyPublishers.ofString(body)));
	}

	Reply csv(String path, byte[] body) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "text/csv")
			.header("X-CSRF-TOKEN", this.csrf)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body)));
	}

	Reply form(String path, String body) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body + "&_csrf=" + this.csrf)));
	}

	private URI uri(String path) {
		return URI.create(this.base + path);
	}

	private Reply send(HttpRequest.Builder request) throws IOException, InterruptedException {
		HttpResponse<String> response = this.client.send(request.timeout(Duration.ofSeconds(60)).build(),
				HttpResponse.BodyHandlers.ofString());
		return new Reply(response.statusCode(), response.body());
	}

	private static String find(String text, String regex) {
		Matcher matcher = Pattern.compile(regex).matcher(text);
		if (!matcher.find()) {
			throw new IllegalStateException("not found: " + regex);
		}
		return matcher.group(1);
	}

}

package crmcopilot.ai.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A signed-in user's session against the running test server, with CSRF tokens. */
final class BrowserlessSession {

	private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final String root;

	private String csrf = "";

	private BrowserlessSession(String root) {
		this.root = root;
	}

	static BrowserlessSession signIn(int port, String email, String password) {
		BrowserlessSession session = new BrowserlessSession("http://127.0.0.1:" + port);
		String login = session.get("/login").body();
		Matcher token = CSRF_INPUT.matcher(login);
		if (!token.find()) {
			throw new IllegalStateException("no CSRF token on the login page");
		}
		session.csrf = token.group(1);
		HttpResponse<String> response = session.post("/login", Map.of("username", email, "password", password));
		if (response.statusCode() != 302 || response.headers().firstValue("Location").orElse("").contains("error")) {
			throw new IllegalStateException("sign-in failed: " + response.statusCode());
		}
		session.get("/");
		return session;
	}

	HttpResponse<String> get(String path) {
		HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(this.root + path)).GET());
		Matcher meta = CSRF_META.matcher(response.body());
		if (meta.find()) {
			this.csrf = meta.group(1);
		}
		return response;
	}

	HttpResponse<String> post(String path, Map<String, String> form) {
		String body = form.entrySet()
			.stream()
			.map((entry) -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
			.collect(Collectors.joining("&")) + "&_csrf=" + encode(this.csrf);
		return send(HttpRequest.newBuilder(URI.create(this.root + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return this.http.send(request.timeout(Duration.ofSeconds(30)).build(),
					HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}

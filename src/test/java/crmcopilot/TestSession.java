package crmcopilot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One person's HTTP conversation with the running server: keeps the server's cookies,
 * never follows redirects (tests assert them), and finds the CSRF token in pages the way
 * a browser form would send it.
 */
public final class TestSession {

	private static final Pattern CSRF = Pattern
		.compile("name=\"_csrf\"\\s+(?:content|value)=\"([^\"]+)\"|(?:content|value)=\"([^\"]+)\"\\s+name=\"_csrf\"");

	private static final HttpClient CLIENT = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final String base;

	private final Map<String, String> cookies = new LinkedHashMap<>();

	private TestSession(int port) {
		this.base = "http://localhost:" + port;
	}

	public static TestSession anonymous(int port) {
		return new TestSession(port);
	}

	/** Signs in with the login form and fails unless the server accepts the password. */
	public static TestSession signedIn(int port, String email, String password) {
		TestSession session = new TestSession(port);
		HttpResponse<String> response = session.login(email, password);
		String location = response.headers().firstValue("Location").orElse("");
		if (response.statusCode() != 302 || location.contains("/login")) {
			throw new IllegalStateException(
					"login of " + email + " refused: " + response.statusCode() + " " + location);
		}
		return session;
	}

	public String base() {
		return this.base;
	}

	public Optional<String> cookie(String name) {
		return Optional.ofNullable(this.cookies.get(name));
	}

	public void setCookie(String name, String value) {
		this.cookies.put(name, value);
	}

	/** Posts the login form: the answer is a redirect to the target or to /login?... */
	public HttpResponse<String> login(String email, String password) {
		String csrf = csrfToken();
		return post("/login", Map.of("username", email, "password", password, "_csrf", csrf));
	}

	/** A CSRF token valid for this session, as a page's forms carry it. */
	public String csrfToken() {
		HttpResponse<String> page = get("/login");
		if (page.statusCode() == 302) {
			page = get("/account");
		}
		Matcher matcher = CSRF.matcher(page.body());
		if (!matcher.find()) {
			throw new IllegalStateException("no CSRF token in the page " + page.uri());
		}
		return (matcher.group(1) != null) ? matcher.group(1) : matcher.group(2);
	}

	public HttpResponse<String> get(String pathOrUrl, String... headers) {
		return send(request(pathOrUrl, headers).GET());
	}

	/** A form post; add {@code _csrf} yourself (or use {@link #submit}). */
	public HttpResponse<String> post(String path, Map<String, String> form, String... headers) {
		return send(request(path, headers).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(encode(form))));
	}

	/** A form post with this session's CSRF token, as a browser submits a page's form. */
	public HttpResponse<String> submit(String path, Map<String, String> form) {
		Map<String, String> withToken = new LinkedHashMap<>(form);
		withToken.put("_csrf", csrfToken());
		return post(path, withToken);
	}

	public HttpResponse<String> send(String method, String path, String contentType, String body, String... headers) {
		return send(request(path, headers).header("Content-Type", contentType)
			.method(method, HttpRequest.BodyPublishers.ofString(body)));
	}

	public static String encode(Map<String, String> form) {
		return form.entrySet()
			.stream()
			.map((e) -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	private HttpRequest.Builder request(String pathOrUrl, String... headers) {
		boolean own = !pathOrUrl.startsWith("http") || pathOrUrl.startsWith(this.base + "/");
		URI uri = URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : this.base + pathOrUrl);
		HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20));
		if (headers.length > 0) {
			builder.headers(headers);
		}
		if (own && !this.cookies.isEmpty()) {
			builder.header("Cookie",
					this.cookies.entrySet()
						.stream()
						.map((e) -> e.getKey() + "=" + e.getValue())
						.collect(Collectors.joining("; ")));
		}
		return builder;
	}

	private HttpResponse<String> send(HttpRequest.Builder builder) {
		HttpRequest request = builder.build();
		try {
			HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
			if (request.uri().toString().startsWith(this.base + "/")) {
				remember(response.headers().allValues("Set-Cookie"));
			}
			return response;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private void remember(List<String> setCookies) {
		for (String header : setCookies) {
			String pair = header.split(";", 2)[0];
			int eq = pair.indexOf('=');
			if (eq <= 0) {
				continue;
			}
			String name = pair.substring(0, eq).trim();
			String value = pair.substring(eq + 1).trim();
			boolean expired = header.toLowerCase().contains("max-age=0") || value.isEmpty();
			if (expired) {
				this.cookies.remove(name);
			}
			else {
				this.cookies.put(name, value);
			}
		}
	}

}

package crmcopilot.support;

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
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import crmcopilot.workspace.PrivacyLevel;
import crmcopilot.workspace.Role;
import crmcopilot.workspace.Workspace;
import crmcopilot.workspace.WorkspaceUsers;
import crmcopilot.workspace.Workspaces;

/**
 * A signed-in browser session for tests: its own workspace and user, cookies, and the
 * CSRF token pages carry.
 */
final class SupportWebSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

	private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	final Workspace workspace;

	final String email;

	private final String base;

	private final HttpClient http;

	private String csrf = "";

	private SupportWebSession(String base, Workspace workspace, String email) {
		this.base = base;
		this.workspace = workspace;
		this.email = email;
		this.http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
	}

	static Workspace newWorkspace(Workspaces workspaces) {
		String slug = "sup-" + UUID.randomUUID().toString().substring(0, 8);
		return workspaces.create(new Workspaces.NewWorkspace(slug, "Boutique " + slug, "fr", "Europe/Paris",
				PrivacyLevel.PRIVATE, false));
	}

	static SupportWebSession signIn(int port, Workspaces workspaces, WorkspaceUsers users, Role role) {
		Workspace workspace = newWorkspace(workspaces);
		String email = role.name().toLowerCase() + "@" + workspace.slug() + ".test";
		users.create(workspace.id(), email, "Test " + role, role, "password-1234");
		SupportWebSession session = new SupportWebSession("http://127.0.0.1:" + port, workspace, email);
		session.login("password-1234");
		return session;
	}

	static SupportWebSession signInAs(int port, Workspace workspace, String email, String password) {
		SupportWebSession session = new SupportWebSession("http://127.0.0.1:" + port, workspace, email);
		session.login(password);
		return session;
	}

	private void login(String password) {
		HttpResponse<String> page = get("/login");
		Matcher matcher = CSRF_INPUT.matcher(page.body());
		if (!matcher.find()) {
			matcher = CSRF.matcher(page.body());
			matcher.find();
		}
		this.csrf = matcher.group(1);
		HttpResponse<String> response = form("/login", Map.of("username", this.email, "password", password));
		if (response.statusCode() != 302 || response.headers().firstValue("Location").orElse("").contains("error")) {
			throw new IllegalStateException("login failed: " + response.statusCode() + " " + response.headers().map());
		}
		refreshCsrf();
	}

	void refreshCsrf() {
		Matcher matcher = CSRF.matcher(get("/").body());
		if (matcher.find()) {
			this.csrf = matcher.group(1);
		}
	}

	HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path)).GET().build());
	}

	HttpResponse<String> postJson(String path, String json) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/json")
			.header("X-CSRF-TOKEN", this.csrf)
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

	HttpResponse<String> form(String path, Map<String, String> fields) {
		String body = fields.entrySet()
			.stream()
			.map((entry) -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
			.collect(Collectors.joining("&"));
		body = body + (body.isEmpty() ? "" : "&") + "_csrf=" + encode(this.csrf);
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}

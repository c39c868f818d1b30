package crmcopilot.support;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import crmcopilot.TestSession;
import crmcopilot.workspace.PrivacyLevel;
import crmcopilot.workspace.Role;
import crmcopilot.workspace.Workspace;
import crmcopilot.workspace.WorkspaceUsers;
import crmcopilot.workspace.Workspaces;

/**
 * A signed-in session in a workspace of its own, for support tests: the shared
 * {@link TestSession} plus the workspace and the user it signed in as.
 */
final class SupportWebSession {

	final Workspace workspace;

	final String email;

	private final TestSession session;

	private SupportWebSession(Workspace workspace, String email, TestSession session) {
		this.workspace = workspace;
		this.email = email;
		this.session = session;
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
		return new SupportWebSession(workspace, email, TestSession.signedIn(port, email, "password-1234"));
	}

	HttpResponse<String> get(String path) {
		return this.session.get(path);
	}

	/** A JSON post carrying the session's CSRF token in the header, as htmx sends it. */
	HttpResponse<String> postJson(String path, String json) {
		return this.session.send("POST", path, "application/json", json, "X-CSRF-TOKEN", this.session.csrfToken());
	}

	/** A JSON request of any method, with the session's CSRF token in the header. */
	HttpResponse<String> send(String method, String path, String json) {
		return this.session.send(method, path, "application/json", json, "X-CSRF-TOKEN", this.session.csrfToken());
	}

	/** A multipart form post (a file upload) with the session's CSRF token. */
	HttpResponse<String> multipart(String path, String boundary, String body) {
		return this.session.send("POST", path, "multipart/form-data; boundary=" + boundary, body, "X-CSRF-TOKEN",
				this.session.csrfToken());
	}

	/** A form post with the session's CSRF token, as a page's form submits it. */
	HttpResponse<String> form(String path, Map<String, String> fields) {
		return this.session.submit(path, fields);
	}

}

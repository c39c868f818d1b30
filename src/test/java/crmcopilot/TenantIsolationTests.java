package crmcopilot;

import java.lang.reflect.RecordComponent;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import crmcopilot.audit.AuditEvent;
import crmcopilot.audit.AuditJournal;
import crmcopilot.audit.Consents;
import crmcopilot.workspace.Caller;
import crmcopilot.workspace.Permissions;
import crmcopilot.workspace.Role;
import crmcopilot.workspace.Workspace;
import crmcopilot.workspace.WorkspaceSettings;
import crmcopilot.workspace.WorkspaceUser;
import crmcopilot.workspace.WorkspaceUsers;
import crmcopilot.workspace.Workspaces;
import crmcopilot.workspace.internal.AccountService;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A user and a token of workspace A walk every route the application maps (pages and API,
 * every HTTP method), with path variables and id parameters set to the ids of workspace
 * B's rows, found generically in every table that has a {@code workspace_id} column. No
 * successful answer may show B's data, and B's rows must be unchanged afterwards. Routes
 * added by later modules are covered without changing this test.
 */
@CopilotIntegrationTest
class TenantIsolationTests {

	/** Routes meant for callers without an account, each with why it is skipped. */
	private static final Map<String, String> SKIPPED = Map.ofEntries(
			Map.entry("/public/", "public pages for people without an account"),
			Map.entry("/hooks/", "webhooks authenticated by their own signatures"),
			Map.entry("/login", "sign-in form, same for everyone"),
			Map.entry("/logout", "would end the walking session"), Map.entry("/error", "error page rendering, no data"),
			Map.entry("/actuator", "operations endpoints, not tenant data"),
			Map.entry("/api-docs", "OpenAPI description, no data"),
			Map.entry("/swagger-ui", "API documentation UI, no data"),
			Map.entry("/oauth2/", "single sign-on redirects, no data"),
			Map.entry("/setup", "first-install page for people without an account, closed once a workspace exists"));

	private static final int MAX_IDS_PER_ROUTE = 12;

	private static final int MAX_REQUESTS = 3000;

	private static final Pattern PATH_VARIABLE = Pattern.compile("\\{\\*?([^}:]+)(?::[^}]*)?}");

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	Workspaces workspaces;

	@Autowired
	WorkspaceUsers users;

	@Autowired
	AccountService accounts;

	@Autowired
	Permissions permissions;

	@Autowired
	WorkspaceSettings settings;

	@Autowired
	AuditJournal journal;

	@Autowired
	Consents consents;

	private final String marker = "bsecret" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);

	private final String probe = "probe-" + UUID.randomUUID().toString().substring(0, 8) + "@b.example";

	@Test
	void workspace_a_cannot_read_or_change_workspace_b_data_through_any_route() throws SQLException {
		// given
		Workspace b = workspaceWithData("B " + this.marker);
		Workspace a = TestWorkspaces.create(this.workspaces, "A");
		WorkspaceUser aAdmin = TestWorkspaces.user(this.users, a, Role.ADMIN);
		TestSession session = TestSession.signedIn(this.port, aAdmin.email(), TestWorkspaces.PASSWORD);
		String aToken = this.accounts.issueToken(caller(a), "walker", Role.ADMIN, null).value();
		List<String> tables = workspaceTables();
		List<String> bIds = idsOf(b, tables);
		Map<String, List<String>> before = snapshot(b, tables);
		assertThat(bIds).hasSizeGreaterThanOrEqualTo(5);
		assertThat(before.values().stream().mapToInt(List::size).sum()).isGreaterThanOrEqualTo(8);

		// when
		Walk walk = new Walk(session, aToken, bIds);
		this.mappings.getHandlerMethods().forEach(walk::route);

		// then
		assertThat(walk.requests).as("requests sent").isBetween(20, MAX_REQUESTS);
		assertThat(walk.walkedPatterns).contains("/api/v1/me", "/admin/tokens/{tokenId}/revoke",
				"/admin/users/{userId}", "/api/v1/audit/consents", "/audit/export.csv");
		assertThat(walk.problems).isEmpty();
		assertThat(session.get("/api/v1/me").body()).as("the walking session survived").contains(aAdmin.email());
		assertThat(snapshot(b, tables)).isEqualTo(before);
	}

	private Workspace workspaceWithData(String name) {
		Workspace b = TestWorkspaces.create(this.workspaces, name);
		this.users.create(b.id(), TestWorkspaces.email("b-admin"), "Admin " + this.marker, Role.ADMIN,
				TestWorkspaces.PASSWORD);
		this.users.create(b.id(), TestWorkspaces.email("b-viewer"), "Viewer " + this.marker, Role.VIEWER, null);
		this.accounts.issueToken(caller(b), "token " + this.marker, Role.ADMIN, null);
		this.settings.put(b.id(), "isolation.marker", this.marker);
		this.journal.record(AuditEvent.of(b.id(), "isolation.checked", "thing", this.marker, "because " + this.marker,
				Map.of("secret", this.marker)));
		this.consents.record(b.id(), this.probe, "marketing", true, "form " + this.marker);
		this.consents.record(b.id(), this.marker + "@b.example", "profiling", false, "form");
		return b;
	}

	private Caller caller(Workspace workspace) {
		return TestWorkspaces.admin(workspace, this.permissions.of(Role.ADMIN));
	}

	/**
	 * Every table of the schema with a {@code workspace_id} column, from the JDBC
	 * metadata.
	 */
	private List<String> workspaceTables() throws SQLException {
		Set<String> tables = new java.util.TreeSet<>();
		try (Connection connection = this.dataSource.getConnection()) {
			DatabaseMetaData metadata = connection.getMetaData();
			try (ResultSet columns = metadata.getColumns(connection.getCatalog(), connection.getSchema(), "%", "%")) {
				while (columns.next()) {
					if ("workspace_id".equalsIgnoreCase(columns.getString("COLUMN_NAME"))) {
						tables.add(columns.getString("TABLE_NAME").toLowerCase());
					}
				}
			}
		}
		assertThat(tables).contains("workspace_users", "api_tokens", "audit_entries", "consents");
		return List.copyOf(tables);
	}

	/**
	 * The workspace's id, then the ids of its rows, interleaved table by table so that a
	 * bounded prefix still holds ids of every table.
	 */
	private List<String> idsOf(Workspace workspace, List<String> tables) {
		List<List<String>> perTable = new ArrayList<>();
		for (String table : tables) {
			if (hasColumn(table, "id")) {
				perTable.add(
						new ArrayList<>(this.jdbc.sql("SELECT id FROM " + table + " WHERE workspace_id = ? ORDER BY id")
							.param(workspace.id())
							.query((rs, row) -> rs.getString(1))
							.list()));
			}
		}
		List<String> ids = new ArrayList<>(List.of(workspace.id().toString()));
		while (perTable.stream().anyMatch((list) -> !list.isEmpty())) {
			for (List<String> list : perTable) {
				if (!list.isEmpty()) {
					ids.add(list.remove(0));
				}
			}
		}
		return ids;
	}

	private boolean hasColumn(String table, String column) {
		return this.jdbc.sql("SELECT * FROM " + table + " WHERE 1 = 0").query((ResultSet rs) -> {
			for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
				if (rs.getMetaData().getColumnLabel(i).equalsIgnoreCase(column)) {
					return true;
				}
			}
			return false;
		});
	}

	/** Every row of the workspace, every column, rendered exactly (bytes as hex). */
	private Map<String, List<String>> snapshot(Workspace workspace, List<String> tables) {
		Map<String, List<String>> rows = new TreeMap<>();
		rows.put("workspaces", rows("SELECT * FROM workspaces WHERE id = ?", workspace.id()));
		for (String table : tables) {
			rows.put(table, rows("SELECT * FROM " + table + " WHERE workspace_id = ?", workspace.id()));
		}
		return rows;
	}

	private List<String> rows(String sql, UUID workspaceId) {
		List<String> rows = this.jdbc.sql(sql).param(workspaceId).query((rs, row) -> {
			Map<String, String> values = new TreeMap<>();
			for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
				Object value = rs.getObject(i);
				values.put(rs.getMetaData().getColumnLabel(i).toLowerCase(),
						(value instanceof byte[] bytes) ? HexFormat.of().formatHex(bytes) : String.valueOf(value));
			}
			return values.toString();
		}).list();
		return rows.stream().sorted().toList();
	}

	/** Sends the requests and collects what goes wrong. */
	private final class Walk {

		final TestSession session;

		final String token;

		final List<String> bIds;

		final String csrf;

		final Set<String> walkedPatterns = new LinkedHashSet<>();

		final List<String> problems = new ArrayList<>();

		int requests;

		Walk(TestSession session, String token, List<String> bIds) {
			this.session = session;
			this.token = token;
			this.bIds = bIds;
			this.csrf = session.csrfToken();
		}

		void route(RequestMappingInfo info, HandlerMethod handler) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			if (methods.isEmpty()) {
				methods = Set.of(RequestMethod.GET, RequestMethod.POST);
			}
			for (String pattern : info.getPatternValues()) {
				String skippedBecause = SKIPPED.entrySet()
					.stream()
					.filter((skip) -> pattern.startsWith(skip.getKey()))
					.map(Map.Entry::getValue)
					.findFirst()
					.orElse(null);
				if (skippedBecause != null || pattern.equals("/oauth2/authorization/{registrationId}")) {
					continue;
				}
				this.walkedPatterns.add(pattern);
				List<String> candidates = PATH_VARIABLE.matcher(pattern).find()
						? this.bIds.subList(0, Math.min(MAX_IDS_PER_ROUTE, this.bIds.size()))
						: List.of(this.bIds.get(0));
				for (RequestMethod method : methods) {
					for (String id : candidates) {
						send(method, pattern, handler, id);
					}
				}
			}
		}

		private void send(RequestMethod method, String pattern, HandlerMethod handler, String id) {
			Matcher variables = PATH_VARIABLE.matcher(pattern);
			String path = variables.replaceAll(Matcher.quoteReplacement(id));
			Map<String, String> params = requestParams(handler, id);
			String body = requestBody(handler, id);
			boolean api = path.startsWith("/api/");
			if (method == RequestMethod.GET || method == RequestMethod.HEAD || method == RequestMethod.OPTIONS) {
				String url = path + (params.isEmpty() ? "" : "?" + TestSession.encode(params));
				check(method, url, this.session.send(method.name(), url, "text/plain", ""));
				if (api) {
					check(method, url, this.session.send(method.name(), url, "text/plain", "", "Authorization",
							"Bearer " + this.token));
				}
				return;
			}
			String query = params.isEmpty() ? "" : "?" + TestSession.encode(params);
			String csrf = this.csrf;
			if (body != null) {
				check(method, path,
						this.session.send(method.name(), path + query, "application/json", body, "X-CSRF-TOKEN", csrf));
				check(method, path, this.session.send(method.name(), path + query, "application/json", body,
						"Authorization", "Bearer " + this.token));
				return;
			}
			Map<String, String> form = new LinkedHashMap<>(params);
			form.put("_csrf", csrf);
			check(method, path, this.session.send(method.name(), path, "application/x-www-form-urlencoded",
					TestSession.encode(form)));
			if (api) {
				check(method, path, this.session.send(method.name(), path, "application/x-www-form-urlencoded",
						TestSession.encode(params), "Authorization", "Bearer " + this.token));
			}
		}

		private void check(RequestMethod method, String url, HttpResponse<String> response) {
			this.requests++;
			assertThat(this.requests).as("request budget").isLessThanOrEqualTo(MAX_REQUESTS);
			int status = response.statusCode();
			String what = method + " " + url + " -> " + status;
			if (status >= 500) {
				this.problems.add(what + ": server error");
			}
			if (status == 302 && response.headers().firstValue("Location").orElse("").contains("/login")) {
				this.problems.add(what + ": the walking session was lost");
			}
			if (status >= 200 && status < 300) {
				String body = response.body();
				if (body.contains(TenantIsolationTests.this.marker)) {
					this.problems.add(what + ": shows workspace B's data");
				}
				this.bIds.stream()
					.filter(body::contains)
					.findFirst()
					.ifPresent((leaked) -> this.problems.add(what + ": shows id " + leaked + " of workspace B"));
			}
		}

		private Map<String, String> requestParams(HandlerMethod handler, String id) {
			Map<String, String> params = new LinkedHashMap<>();
			for (MethodParameter parameter : handler.getMethodParameters()) {
				RequestParam annotation = parameter.getParameterAnnotation(RequestParam.class);
				if (annotation == null) {
					continue;
				}
				String name = !annotation.name().isEmpty() ? annotation.name() : parameter.getParameterName();
				String value = sample(parameter.getParameterType(), id);
				if (name != null && value != null) {
					params.put(name, value);
				}
			}
			return params;
		}

		private String requestBody(HandlerMethod handler, String id) {
			for (MethodParameter parameter : handler.getMethodParameters()) {
				if (parameter.hasParameterAnnotation(RequestBody.class)) {
					Class<?> type = parameter.getParameterType();
					Map<String, Object> fields = new LinkedHashMap<>();
					if (type.isRecord()) {
						for (RecordComponent component : type.getRecordComponents()) {
							Object value = sampleJson(component.getType(), id);
							if (value != null) {
								fields.put(component.getName(), value);
							}
						}
					}
					return TenantIsolationTests.this.json.writeValueAsString(fields);
				}
			}
			return null;
		}

		/** A plausible value that points at workspace B wherever it can. */
		private String sample(Class<?> type, String id) {
			if (type == UUID.class) {
				return id;
			}
			if (type == String.class) {
				return TenantIsolationTests.this.probe;
			}
			if (type == boolean.class || type == Boolean.class) {
				return "true";
			}
			if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
				return "1";
			}
			if (type == LocalDate.class) {
				return LocalDate.now().plusDays(2).toString();
			}
			if (type.isEnum()) {
				return ((Enum<?>) type.getEnumConstants()[0]).name();
			}
			return null;
		}

		private Object sampleJson(Class<?> type, String id) {
			if (type == boolean.class || type == Boolean.class) {
				return true;
			}
			if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
				return 1;
			}
			if (type == double.class || type == Double.class) {
				return 1.0;
			}
			if (List.class.isAssignableFrom(type) || Set.class.isAssignableFrom(type)) {
				return List.of();
			}
			return sample(type, id);
		}

	}

}

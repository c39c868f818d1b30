package crmcopilot.crm.salesforce;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Salesforce org on 127.0.0.1 speaking the REST formats the connector uses: OAuth
 * authorize (redirect with code) and token endpoints with PKCE and refresh-token
 * rotation, Opportunity describe, composite graph with upserts by external id, error
 * arrays (INVALID_SESSION_ID, DUPLICATES_DETECTED, REQUIRED_FIELD_MISSING,
 * PROCESSING_HALTED, INVALID_FIELD, FIELD_INTEGRITY_EXCEPTION), optional multi-currency
 * (CurrencyIsoCode), the Organization query, OpportunityContactRole creation (POST
 * nodes), Tasks created ({@code POST sobjects/Task}, 201 with the id) and updated
 * ({@code PATCH sobjects/Task/<id>}, 204) with their restricted Status picklist, and the
 * Sforce-Limit-Info header.
 */
final class FakeSalesforce implements AutoCloseable {

	static final String VERSION = "v62.0";

	private final HttpServer server;

	private final JsonMapper json = JsonMapper.builder().build();

	private final Map<String, String[]> codes = new ConcurrentHashMap<>();

	final Map<String, Boolean> accessTokens = new ConcurrentHashMap<>();

	final Map<String, Boolean> refreshTokens = new ConcurrentHashMap<>();

	/** type → external id → fields (with "Id"). */
	final Map<String, Map<String, Map<String, Object>>> records = new ConcurrentHashMap<>();

	/**
	 * Accounts created in Salesforce by hand (no external id), matched by the duplicate
	 * rule.
	 */
	final Map<String, String> existingAccountsByName = new ConcurrentHashMap<>();

	final AtomicInteger outages = new AtomicInteger();

	final AtomicInteger apiCalls = new AtomicInteger();

	final AtomicInteger refreshes = new AtomicInteger();

	final AtomicInteger graphRequests = new AtomicInteger();

	volatile String lastCodeVerifier;

	/**
	 * Active currencies of a multi-currency org (Opportunity gets a CurrencyIsoCode
	 * field); null: a single-currency org.
	 */
	volatile List<String> currencies;

	/** The org's (corporate) currency, Organization.DefaultCurrencyIsoCode. */
	volatile String defaultCurrency = "XOF";

	/** The active values of the org's restricted Task Status picklist. */
	volatile List<String> taskStatuses = List.of("Not Started", "In Progress", "Completed", "Waiting on someone else",
			"Deferred");

	private final AtomicInteger ids = new AtomicInteger(1000);

	FakeSalesforce() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/services/oauth2/authorize", this::authorize);
		this.server.createContext("/services/oauth2/token", this::token);
		this.server.createContext("/services/oauth2/revoke", (ex) -> send(ex, 200, "", Map.of()));
		this.server.createContext("/services/data/", this::api);
		this.server.start();
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	void expireAccessTokens() {
		this.accessTokens.clear();
	}

	int count(String type) {
		return this.records.getOrDefault(type, Map.of()).size();
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	private void authorize(HttpExchange exchange) throws IOException {
		Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
		if (!"S256".equals(query.get("code_challenge_method")) || query.get("code_challenge") == null) {
			send(exchange, 400, "PKCE required", Map.of());
			return;
		}
		String code = "aPrx" + this.ids.incrementAndGet();
		this.codes.put(code, new String[] { query.get("code_challenge"), query.get("redirect_uri") });
		exchange.getResponseHeaders()
			.add("Location", query.get("redirect_uri") + "?code=" + code + "&state=" + query.get("state"));
		send(exchange, 302, "", Map.of());
	}

	private void token(HttpExchange exchange) throws IOException {
		Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
		String grant = form.get("grant_type");
		if ("authorization_code".equals(grant)) {
			String[] issued = this.codes.remove(String.valueOf(form.get("code")));
			String verifier = form.get("code_verifier");
			this.lastCodeVerifier = verifier;
			if (issued == null || verifier == null || !SalesforceOAuth.challenge(verifier).equals(issued[0])
					|| !issued[1].equals(form.get("redirect_uri"))) {
				sendJson(exchange, 400,
						Map.of("error", "invalid_grant", "error_description", "authentication failure"));
				return;
			}
			sendJson(exchange, 200, tokens(true));
			return;
		}
		if ("refresh_token".equals(grant)
				&& this.refreshTokens.remove(String.valueOf(form.get("refresh_token"))) != null) {
			this.refreshes.incrementAndGet();
			sendJson(exchange, 200, tokens(true));
			return;
		}
		sendJson(exchange, 400, Map.of("error", "invalid_grant", "error_description", "expired access/refresh token"));
	}

	private Map<String, Object> tokens(boolean withRefresh) {
		String access = "00D!AQ" + this.ids.incrementAndGet();
		this.accessTokens.put(access, true);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("access_token", access);
		if (withRefresh) {
			String refresh = "5Aep" + this.ids.incrementAndGet();
			this.refreshTokens.put(refresh, true);
			body.put("refresh_token", refresh);
		}
		body.put("signature", "sig");
		body.put("scope", "refresh_token api");
		body.put("instance_url", url());
		body.put("id", url() + "/id/00D000000000001/005000000000001");
		body.put("token_type", "Bearer");
		body.put("issued_at", String.valueOf(System.currentTimeMillis()));
		return body;
	}

	private void api(HttpExchange exchange) throws IOException {
		int used = this.apiCalls.incrementAndGet();
		Map<String, String> limit = Map.of("Sforce-Limit-Info", "api-usage=" + used + "/15000");
		if (this.outages.get() > 0) {
			this.outages.decrementAndGet();
			send(exchange, 503, "<html>Service Unavailable</html>", limit);
			return;
		}
		String auth = exchange.getRequestHeaders().getFirst("Authorization");
		if (auth == null || !this.accessTokens.containsKey(auth.substring("Bearer ".length()))) {
			sendJson(exchange, 401,
					List.of(Map.of("message", "Session expired or invalid", "errorCode", "INVALID_SESSION_ID")), limit);
			return;
		}
		String path = exchange.getRequestURI().getPath();
		if (path.equals("/services/data/" + VERSION + "/sobjects/Opportunity/describe")) {
			List<Object> fields = new ArrayList<>(
					List.of(picklist("StageName", "Prospection", "Qualification", "Proposition", "Gagnée", "Perdue"),
							picklist("LeadSource", "Appel d'offres", "Recommandation", "Site web",
									"Demande client spontanée"),
							picklist("Type", "Vente directe", "Projet", "Contrat de maintenance"),
							Map.of("name", "Name", "type", "string")));
			if (this.currencies != null) {
				fields.add(picklist("CurrencyIsoCode", this.currencies.toArray(String[]::new)));
			}
			sendJson(exchange, 200, Map.of("name", "Opportunity", "fields", fields), limit);
			return;
		}
		if (path.equals("/services/data/" + VERSION + "/query") && exchange.getRequestMethod().equals("GET")) {
			String soql = form(exchange.getRequestURI().getRawQuery()).getOrDefault("q", "");
			if (!soql.matches("(?i)SELECT .*DefaultCurrencyIsoCode.* FROM Organization.*")) {
				sendJson(exchange, 400,
						List.of(Map.of("errorCode", "MALFORMED_QUERY", "message", "unexpected query: " + soql)), limit);
				return;
			}
			sendJson(exchange, 200,
					Map.of("totalSize", 1, "done", true, "records",
							List.of(Map.of("attributes",
									Map.of("type", "Organization", "url",
											"/services/data/" + VERSION + "/sobjects/Organization/00D000000000001EAA"),
									"Id", "00D000000000001EAA", "DefaultCurrencyIsoCode", this.defaultCurrency))),
					limit);
			return;
		}
		if (path.equals("/services/data/" + VERSION + "/composite/graph")
				&& exchange.getRequestMethod().equals("POST")) {
			this.graphRequests.incrementAndGet();
			sendJson(exchange, 200, graph(this.json.readTree(exchange.getRequestBody())), limit);
			return;
		}
		String tasks = "/services/data/" + VERSION + "/sobjects/Task";
		if (path.startsWith(tasks)) {
			task(exchange, path.substring(tasks.length()), limit);
			return;
		}
		notFound(exchange, limit);
	}

	private void notFound(HttpExchange exchange, Map<String, String> limit) throws IOException {
		sendJson(exchange, 404,
				List.of(Map.of("errorCode", "NOT_FOUND", "message", "The requested resource does not exist")), limit);
	}

	/** A Task by its Id, or null. */
	Map<String, Object> task(String id) {
		return this.records.getOrDefault("Task", Map.of()).get(id);
	}

	private synchronized void task(HttpExchange exchange, String rest, Map<String, String> limit) throws IOException {
		String method = exchange.getRequestMethod();
		Map<String, Map<String, Object>> tasks = this.records.computeIfAbsent("Task", (t) -> new ConcurrentHashMap<>());
		boolean create = rest.isEmpty() && method.equals("POST");
		Map<String, Object> existing = rest.startsWith("/") ? tasks.get(rest.substring(1)) : null;
		if (!create && (existing == null || !method.equals("PATCH"))) {
			notFound(exchange, limit);
			return;
		}
		Map<String, Object> fields = new LinkedHashMap<>();
		this.json.readTree(exchange.getRequestBody())
			.properties()
			.forEach((entry) -> fields.put(entry.getKey(), entry.getValue().asString()));
		Object status = fields.get("Status");
		if (status != null && !this.taskStatuses.contains(status)) {
			sendJson(exchange, 400,
					List.of(Map.of("message", "Status: bad value for restricted picklist field: " + status, "errorCode",
							"INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST", "fields", List.of("Status"))),
					limit);
			return;
		}
		Object date = fields.get("ActivityDate");
		if (date != null && !String.valueOf(date).matches("\\d{4}-\\d{2}-\\d{2}")) {
			sendJson(exchange, 400, List.of(Map.of("message", "Due Date Only: value not of required type: " + date,
					"errorCode", "INVALID_TYPE_ON_FIELD_IN_RECORD", "fields", List.of("ActivityDate"))), limit);
			return;
		}
		Object what = fields.get("WhatId");
		if (what != null && this.records.values()
			.stream()
			.flatMap((byId) -> byId.values().stream())
			.noneMatch((record) -> what.equals(record.get("Id")))) {
			sendJson(exchange, 400, List.of(Map.of("message", "Related To ID: id value of incorrect type: " + what,
					"errorCode", "FIELD_INTEGRITY_EXCEPTION", "fields", List.of("WhatId"))), limit);
			return;
		}
		if (create) {
			String id = "00T5g00000" + this.ids.incrementAndGet();
			fields.put("Id", id);
			tasks.put(id, fields);
			sendJson(exchange, 201, Map.of("id", id, "success", true, "errors", List.of()), limit);
			return;
		}
		existing.putAll(fields);
		send(exchange, 204, "", limit);
	}

	private static Map<String, Object> picklist(String name, String... values) {
		List<Map<String, Object>> list = new ArrayList<>();
		for (int i = 0; i < values.length; i++) {
			list.add(Map.of("active", true, "defaultValue", i == 0, "label", values[i], "validFor", "", "value",
					values[i]));
		}
		return Map.of("name", name, "type", "picklist", "picklistValues", list);
	}

	private synchronized Map<String, Object> graph(JsonNode request) {
		JsonNode graph = request.path("graphs").path(0);
		Map<String, Map<String, Map<String, Object>>> staged = new HashMap<>();
		this.records.forEach((type, byId) -> staged.put(type, new HashMap<>(byId)));
		Map<String, String> refs = new HashMap<>();
		List<Map<String, Object>> responses = new ArrayList<>();
		Object failure = null;
		int failedAt = -1;
		List<JsonNode> steps = new ArrayList<>();
		graph.path("compositeRequest").forEach(steps::add);
		for (int i = 0; i < steps.size(); i++) {
			JsonNode step = steps.get(i);
			String[] url = step.path("url").asString().split("/");
			boolean post = step.path("method").asString().equals("POST");
			String type = post ? url[url.length - 1] : url[url.length - 3];
			String externalId = post ? "post-" + this.ids.incrementAndGet() : url[url.length - 1];
			Map<String, Object> fields = new LinkedHashMap<>();
			for (Map.Entry<String, JsonNode> entry : step.path("body").properties()) {
				String value = entry.getValue().isNumber() ? null : entry.getValue().asString();
				if (value != null && value.startsWith("@{")) {
					value = refs.get(value.substring(2, value.indexOf('.')));
				}
				fields.put(entry.getKey(), entry.getValue().isBoolean() ? entry.getValue().asBoolean()
						: (value != null) ? value : entry.getValue().numberValue());
			}
			Object currency = fields.get("CurrencyIsoCode");
			if (currency != null && (this.currencies == null || !this.currencies.contains(currency))) {
				failure = (this.currencies == null)
						? List.of(Map.of("message", "No such column 'CurrencyIsoCode' on sobject of type " + type,
								"errorCode", "INVALID_FIELD"))
						: List.of(Map.of("message", "invalid currency code: " + currency, "errorCode",
								"FIELD_INTEGRITY_EXCEPTION", "fields", List.of("CurrencyIsoCode")));
				failedAt = i;
				break;
			}
			Map<String, Map<String, Object>> byId = staged.computeIfAbsent(type, (t) -> new HashMap<>());
			Map<String, Object> existing = byId.get(externalId);
			List<String> missing = new ArrayList<>();
			for (String required : required(type)) {
				if (!fields.containsKey(required) && (existing == null || !existing.containsKey(required))) {
					missing.add(required);
				}
			}
			if (!missing.isEmpty()) {
				failure = List.of(Map.of("message", "Required fields are missing: " + missing, "errorCode",
						"REQUIRED_FIELD_MISSING", "fields", missing));
				failedAt = i;
				break;
			}
			if (existing == null && type.equals("Account")
					&& this.existingAccountsByName.containsKey(String.valueOf(fields.get("Name")))) {
				String id = this.existingAccountsByName.get(String.valueOf(fields.get("Name")));
				failure = List.of(Map.of("duplicateResult", Map.of("allowSave", false, "duplicateRule",
						"Standard_Account_Duplicate_Rule", "duplicateRuleEntityType", "Account", "errorMessage",
						"You're creating a duplicate record. We recommend you use an existing record instead.",
						"matchResults",
						List.of(Map.of("entityType", "Account", "matchEngine", "FuzzyMatchEngine", "matchRecords",
								List.of(Map.of("additionalInformation", List.of(), "fieldDiffs", List.of(),
										"matchConfidence", 100.0, "record",
										Map.of("attributes",
												Map.of("type", "Account", "url",
														"/services/data/" + VERSION + "/sobjects/Account/" + id),
												"Id", id))),
								"rule", "Standard_Account_Match_Rule_v1_0", "size", 1, "success", true))),
						"errorCode", "DUPLICATES_DETECTED", "message",
						"You're creating a duplicate record. We recommend you use an existing record instead."));
				failedAt = i;
				break;
			}
			boolean created = existing == null;
			Map<String, Object> record = created ? new HashMap<>() : new HashMap<>(existing);
			if (created) {
				record.put("Id", prefix(type) + "5g00000" + this.ids.incrementAndGet());
			}
			record.putAll(fields);
			byId.put(externalId, record);
			refs.put(step.path("referenceId").asString(), (String) record.get("Id"));
			responses.add(Map.of("body",
					Map.of("id", record.get("Id"), "success", true, "errors", List.of(), "created", created),
					"httpHeaders",
					Map.of("Location", "/services/data/" + VERSION + "/sobjects/" + type + "/" + record.get("Id")),
					"httpStatusCode", created ? 201 : 200, "referenceId", step.path("referenceId").asString()));
		}
		if (failure != null) {
			responses.clear();
			for (int i = 0; i < steps.size(); i++) {
				Object body = (i == failedAt) ? failure : List.of(Map.of("errorCode", "PROCESSING_HALTED", "message",
						"The transaction was rolled back since another operation in the same transaction failed."));
				responses.add(Map.of("body", body, "httpHeaders", Map.of(), "httpStatusCode", 400, "referenceId",
						steps.get(i).path("referenceId").asString()));
			}
		}
		else {
			this.records.clear();
			this.records.putAll(staged);
		}
		return Map.of("graphs", List.of(Map.of("graphId", graph.path("graphId").asString(), "graphResponse",
				Map.of("compositeResponse", responses), "isSuccessful", failure == null)));
	}

	private static List<String> required(String type) {
		return switch (type) {
			case "Account" -> List.of("Name");
			case "Contact" -> List.of("LastName");
			case "Opportunity" -> List.of("Name", "StageName", "CloseDate");
			case "OpportunityContactRole" -> List.of("OpportunityId", "ContactId");
			default -> List.of();
		};
	}

	private static String prefix(String type) {
		return switch (type) {
			case "Account" -> "001";
			case "Contact" -> "003";
			case "OpportunityContactRole" -> "00K";
			default -> "006";
		};
	}

	private static Map<String, String> form(String raw) {
		Map<String, String> values = new HashMap<>();
		if (raw == null || raw.isEmpty()) {
			return values;
		}
		for (String pair : raw.split("&")) {
			int eq = pair.indexOf('=');
			if (eq > 0) {
				values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
						URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
			}
		}
		return values;
	}

	private void sendJson(HttpExchange exchange, int status, Object body) throws IOException {
		sendJson(exchange, status, body, Map.of());
	}

	private void sendJson(HttpExchange exchange, int status, Object body, Map<String, String> headers)
			throws IOException {
		exchange.getResponseHeaders().add("Content-Type", "application/json;charset=UTF-8");
		send(exchange, status, this.json.writeValueAsString(body), headers);
	}

	private static void send(HttpExchange exchange, int status, String body, Map<String, String> headers)
			throws IOException {
		headers.forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.sendResponseHeaders(status, (bytes.length == 0) ? -1 : bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

}

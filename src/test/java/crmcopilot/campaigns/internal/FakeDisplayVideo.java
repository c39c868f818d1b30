package crmcopilot.campaigns.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A local Display &amp; Video 360 API v4 and Google token endpoint on 127.0.0.1 speaking
 * the real REST format: the JWT bearer, authorization-code and refresh-token grants, line
 * item GET/PATCH, {@code lineItems:bulkListAssignedTargetingOptions},
 * {@code lineItems:bulkEditAssignedTargetingOptions} and error bodies
 * {@code {"error":{"code","message","status"}}}.
 */
final class FakeDisplayVideo implements AutoCloseable {

	static final String ADVERTISER = "1001";

	final HttpServer server;

	final JsonMapper json = JsonMapper.builder().build();

	final PublicKey serviceAccountKey;

	/** Line item id to its entity status. */
	final Map<String, String> lineItems = new LinkedHashMap<>();

	/** Line item id to its assigned targeting options. */
	final Map<String, List<ObjectNode>> assigned = new LinkedHashMap<>();

	final List<String> requests = new CopyOnWriteArrayList<>();

	final List<JsonNode> bulkEdits = new CopyOnWriteArrayList<>();

	final List<Map<String, String>> tokenRequests = new CopyOnWriteArrayList<>();

	volatile String issuedToken = "ya29.fake-1";

	volatile int forbiddenUntil = 0;

	/** Requests answered 503 before the API answers again. */
	volatile int unavailableUntil = 0;

	private int nextOption = 1;

	FakeDisplayVideo(PublicKey serviceAccountKey) throws IOException {
		this.serviceAccountKey = serviceAccountKey;
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/token", this::token);
		this.server.createContext("/v4/", this::api);
		this.server.start();
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	private void token(HttpExchange exchange) throws IOException {
		Map<String, String> form = new LinkedHashMap<>();
		for (String pair : read(exchange.getRequestBody()).split("&")) {
			String[] kv = pair.split("=", 2);
			form.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
					URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
		}
		this.tokenRequests.add(form);
		ObjectNode answer = this.json.createObjectNode();
		switch (form.get("grant_type")) {
			case GoogleOAuth.JWT_BEARER -> {
				if (!validAssertion(form.get("assertion"))) {
					send(exchange, 400,
							"{\"error\":\"invalid_grant\",\"error_description\":\"Invalid JWT Signature.\"}");
					return;
				}
			}
			case "authorization_code" -> {
				if (!"good-code".equals(form.get("code"))) {
					send(exchange, 400, "{\"error\":\"invalid_grant\",\"error_description\":\"Bad Request\"}");
					return;
				}
				answer.put("refresh_token", "1//refresh-xyz");
			}
			case "refresh_token" -> {
				if (!"1//refresh-xyz".equals(form.get("refresh_token"))) {
					send(exchange, 400,
							"{\"error\":\"invalid_grant\",\"error_description\":\"Token has been expired or revoked.\"}");
					return;
				}
			}
			default -> {
				send(exchange, 400, "{\"error\":\"unsupported_grant_type\"}");
				return;
			}
		}
		answer.put("access_token", this.issuedToken);
		answer.put("expires_in", 3599);
		answer.put("token_type", "Bearer");
		send(exchange, 200, answer.toString());
	}

	private boolean validAssertion(String jwt) {
		try {
			String[] parts = jwt.split("\\.");
			Signature signature = Signature.getInstance("SHA256withRSA");
			signature.initVerify(this.serviceAccountKey);
			signature.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
			JsonNode claims = this.json.readTree(Base64.getUrlDecoder().decode(parts[1]));
			return signature.verify(Base64.getUrlDecoder().decode(parts[2]))
					&& claims.path("aud").asString().equals(url() + "/token")
					&& claims.path("scope").asString().equals(GoogleOAuth.SCOPE)
					&& claims.path("exp").asLong() - claims.path("iat").asLong() == 3600;
		}
		catch (Exception ex) {
			return false;
		}
	}

	private synchronized void api(HttpExchange exchange) throws IOException {
		String method = exchange.getRequestMethod();
		String path = exchange.getRequestURI().getPath();
		String query = exchange.getRequestURI().getRawQuery();
		this.requests.add(method + " " + path + ((query != null) ? "?" + query : ""));
		if (!("Bearer " + this.issuedToken).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
			error(exchange, 401, "Request had invalid authentication credentials.", "UNAUTHENTICATED");
			return;
		}
		if (this.unavailableUntil > 0) {
			this.unavailableUntil--;
			error(exchange, 503, "The service is currently unavailable.", "UNAVAILABLE");
			return;
		}
		if (this.forbiddenUntil > 0) {
			this.forbiddenUntil--;
			error(exchange, 403, "The caller does not have permission", "PERMISSION_DENIED");
			return;
		}
		String prefix = "/v4/advertisers/" + ADVERTISER + "/lineItems";
		if (path.equals(prefix + ":bulkListAssignedTargetingOptions") && method.equals("GET")) {
			String lineItem = query.replaceAll(".*lineItemIds=(\\d+).*", "$1");
			ObjectNode answer = this.json.createObjectNode();
			ArrayNode items = answer.putArray("lineItemAssignedTargetingOptions");
			for (ObjectNode option : this.assigned.getOrDefault(lineItem, List.of())) {
				ObjectNode item = items.addObject();
				item.put("lineItemId", lineItem);
				item.set("assignedTargetingOption", option);
			}
			send(exchange, 200, answer.toString());
			return;
		}
		if (path.equals(prefix + ":bulkEditAssignedTargetingOptions") && method.equals("POST")) {
			bulkEdit(exchange, this.json.readTree(read(exchange.getRequestBody())));
			return;
		}
		if (path.startsWith(prefix + "/")) {
			String id = path.substring(prefix.length() + 1);
			if (!this.lineItems.containsKey(id)) {
				error(exchange, 404, "Requested entity was not found.", "NOT_FOUND");
				return;
			}
			if (method.equals("PATCH")) {
				if (query == null || !query.contains("updateMask=entityStatus")) {
					error(exchange, 400, "Invalid update mask.", "INVALID_ARGUMENT");
					return;
				}
				this.lineItems.put(id,
						this.json.readTree(read(exchange.getRequestBody())).path("entityStatus").asString());
			}
			send(exchange, 200, lineItem(id).toString());
			return;
		}
		error(exchange, 404, "Method not found.", "NOT_FOUND");
	}

	private void bulkEdit(HttpExchange exchange, JsonNode body) throws IOException {
		this.bulkEdits.add(body);
		String id = body.path("lineItemIds").path(0).asString();
		if (!this.lineItems.containsKey(id)) {
			error(exchange, 404, "Requested entity was not found.", "NOT_FOUND");
			return;
		}
		List<ObjectNode> options = this.assigned.computeIfAbsent(id, (k) -> new ArrayList<>());
		for (JsonNode delete : body.path("deleteRequests")) {
			for (JsonNode optionId : delete.path("assignedTargetingOptionIds")) {
				options.removeIf((o) -> o.path("assignedTargetingOptionId").asString().equals(optionId.asString()));
			}
		}
		for (JsonNode create : body.path("createRequests")) {
			String type = create.path("targetingType").asString();
			for (JsonNode option : create.path("assignedTargetingOptions")) {
				String details = option.properties().iterator().next().getKey();
				boolean duplicate = options.stream()
					.anyMatch((o) -> o.path("targetingType").asString().equals(type)
							&& o.path(details).equals(option.path(details)));
				if (duplicate) {
					error(exchange, 400, "Assigned targeting option already exists.", "INVALID_ARGUMENT");
					return;
				}
				ObjectNode stored = ((ObjectNode) option).deepCopy();
				stored.put("targetingType", type);
				stored.put("assignedTargetingOptionId", String.valueOf(this.nextOption++));
				options.add(stored);
			}
		}
		ObjectNode answer = this.json.createObjectNode();
		answer.putArray("updatedLineItemIds").add(id);
		send(exchange, 200, answer.toString());
	}

	ObjectNode lineItem(String id) {
		ObjectNode item = this.json.createObjectNode();
		item.put("name", "advertisers/" + ADVERTISER + "/lineItems/" + id);
		item.put("advertiserId", ADVERTISER);
		item.put("lineItemId", id);
		item.put("displayName", "Recrutement CSP/CSP+");
		item.put("lineItemType", "LINE_ITEM_TYPE_DISPLAY_DEFAULT");
		item.put("entityStatus", this.lineItems.get(id));
		return item;
	}

	private void error(HttpExchange exchange, int code, String message, String status) throws IOException {
		send(exchange, code,
				"{\"error\":{\"code\":%d,\"message\":\"%s\",\"status\":\"%s\"}}".formatted(code, message, status));
	}

	private static String read(InputStream in) throws IOException {
		return new String(in.readAllBytes(), StandardCharsets.UTF_8);
	}

	private static void send(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json; charset=UTF-8");
		exchange.sendResponseHeaders(status, bytes.length);
		exchange.getResponseBody().write(bytes);
		exchange.close();
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}

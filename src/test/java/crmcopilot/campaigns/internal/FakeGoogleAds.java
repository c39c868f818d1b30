package crmcopilot.campaigns.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A local Google Ads API (REST, {@code v26}) and token endpoint on 127.0.0.1:
 * {@code googleAds:search} on user lists by name, {@code userLists:mutate},
 * {@code offlineUserDataJobs:create}, {@code :addOperations}, {@code :run}, and the error
 * body {@code {"error":{"code","message","status","details":[{"errors":[...]}]}}} of a
 * developer token that is not approved, or 503 during an outage.
 */
final class FakeGoogleAds implements AutoCloseable {

	static final String DEVELOPER_TOKEN = "dev-token-1";

	final HttpServer server;

	final JsonMapper json = JsonMapper.builder().build();

	/** Each API request: path, then its JSON body. */
	final List<Map.Entry<String, JsonNode>> requests = new CopyOnWriteArrayList<>();

	final List<Map<String, String>> headers = new CopyOnWriteArrayList<>();

	/** User list name to resource name. */
	final Map<String, String> lists = new LinkedHashMap<>();

	volatile boolean developerTokenApproved = true;

	volatile boolean unavailable;

	FakeGoogleAds() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/token", this::token);
		this.server.createContext("/v26/", this::api);
		this.server.start();
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	List<JsonNode> bodies(String pathEnd) {
		return this.requests.stream().filter((r) -> r.getKey().endsWith(pathEnd)).map(Map.Entry::getValue).toList();
	}

	private void token(HttpExchange exchange) throws IOException {
		String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		if (!form.contains("grant_type=refresh_token") || !form.contains("refresh_token=refresh-1")) {
			send(exchange, 400, "{\"error\":\"invalid_grant\",\"error_description\":\"Bad refresh token\"}");
			return;
		}
		send(exchange, 200, "{\"access_token\":\"ya29.ads\",\"expires_in\":3599,\"token_type\":\"Bearer\"}");
	}

	private synchronized void api(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getPath().substring("/v26/".length());
		JsonNode body = this.json.readTree(exchange.getRequestBody().readAllBytes());
		this.requests.add(Map.entry(path, body));
		this.headers.add(Map.of("authorization", String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")),
				"developer-token", String.valueOf(exchange.getRequestHeaders().getFirst("developer-token")),
				"login-customer-id", String.valueOf(exchange.getRequestHeaders().getFirst("login-customer-id"))));
		if (this.unavailable) {
			send(exchange, 503, "{\"error\":{\"code\":503,\"message\":\"The service is currently unavailable.\","
					+ "\"status\":\"UNAVAILABLE\"}}");
			return;
		}
		if (!this.developerTokenApproved) {
			send(exchange, 403, """
					{"error":{"code":403,"message":"The caller does not have permission","status":"PERMISSION_DENIED",
					"details":[{"@type":"type.googleapis.com/google.ads.googleads.v26.errors.GoogleAdsFailure",
					"errors":[{"errorCode":{"authorizationError":"DEVELOPER_TOKEN_NOT_APPROVED"},
					"message":"The developer token is only approved for use with test accounts."}],
					"requestId":"req-1"}]}}""");
			return;
		}
		String customer = path.substring(0, path.indexOf('/', "customers/".length()));
		if (path.endsWith("/googleAds:search")) {
			String query = body.path("query").asString();
			String name = query.substring(query.indexOf("= '") + 3, query.length() - 1);
			String found = this.lists.get(name);
			send(exchange, 200, (found == null) ? "{\"fieldMask\":\"userList.resourceName\"}"
					: "{\"results\":[{\"userList\":{\"resourceName\":\"" + found + "\"}}]}");
		}
		else if (path.endsWith("/userLists:mutate")) {
			String name = body.path("operations").path(0).path("create").path("name").asString();
			String resource = customer + "/userLists/" + (9000 + this.lists.size());
			this.lists.put(name, resource);
			send(exchange, 200, "{\"results\":[{\"resourceName\":\"" + resource + "\"}]}");
		}
		else if (path.endsWith("/offlineUserDataJobs:create")) {
			send(exchange, 200, "{\"resourceName\":\"" + customer + "/offlineUserDataJobs/"
					+ (7000 + this.requests.size()) + "\"}");
		}
		else if (path.endsWith(":addOperations")) {
			send(exchange, 200, "{}");
		}
		else if (path.endsWith(":run")) {
			send(exchange, 200, "{\"name\":\"" + customer + "/operations/run-1\"}");
		}
		else {
			send(exchange, 404, "{\"error\":{\"code\":404,\"message\":\"Not found\",\"status\":\"NOT_FOUND\"}}");
		}
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

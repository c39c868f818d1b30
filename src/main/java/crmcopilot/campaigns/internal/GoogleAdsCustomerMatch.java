package crmcopilot.campaigns.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Customer Match upload through the Google Ads API REST interface: finds or creates the
 * CRM-based user list ({@code googleAds:search}, {@code userLists:mutate}), creates an
 * offline user data job with both consent signals granted for every user in it
 * ({@code offlineUserDataJobs:create}), adds the hashed identifiers in batches
 * ({@code :addOperations}) and runs the job ({@code :run}).
 */
class GoogleAdsCustomerMatch {

	static final String VERSION = "v26";

	/** Operations per {@code addOperations} request, as Google recommends at most. */
	static final int BATCH = 10_000;

	/** How long Google keeps a member in the list, in days (its maximum). */
	static final int MEMBERSHIP_DAYS = 540;

	private final HttpClient http;

	private final JsonMapper json;

	private final String apiUrl;

	private final Duration timeout;

	GoogleAdsCustomerMatch(JsonMapper json, String apiUrl, Duration timeout) {
		this.json = json;
		this.apiUrl = apiUrl;
		this.timeout = timeout;
		this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
	}

	/**
	 * What the API calls need: an OAuth access token, the developer token and the
	 * advertiser's customer id (digits), with the manager account's id when it acts
	 * through one.
	 */
	record Access(String accessToken, String developerToken, String customerId, @Nullable String loginCustomerId) {
	}

	/**
	 * @param userList the list's resource name
	 * @param job the offline user data job's resource name, running
	 */
	record Uploaded(String userList, String job, int operations) {
	}

	Uploaded upload(Access access, String listName, String description, List<CustomerMatchAudiences.Contact> contacts) {
		String customer = "customers/" + access.customerId();
		String userList = findList(access, customer, listName);
		if (userList == null) {
			Map<String, Object> create = new LinkedHashMap<>();
			create.put("name", listName);
			create.put("description", description);
			create.put("membershipLifeSpan", MEMBERSHIP_DAYS);
			create.put("crmBasedUserList", Map.of("uploadKeyType", "CONTACT_INFO", "dataSourceType", "FIRST_PARTY"));
			JsonNode created = post(access, customer + "/userLists:mutate",
					Map.of("operations", List.of(Map.of("create", create))));
			userList = created.path("results").path(0).path("resourceName").asString("");
		}
		Map<String, Object> metadata = Map.of("userList", userList, "consent",
				Map.of("adUserData", "GRANTED", "adPersonalization", "GRANTED"));
		JsonNode job = post(access, customer + "/offlineUserDataJobs:create",
				Map.of("job", Map.of("type", "CUSTOMER_MATCH_USER_LIST", "customerMatchUserListMetadata", metadata)));
		String jobName = job.path("resourceName").asString("");
		List<Map<String, Object>> operations = new ArrayList<>();
		for (CustomerMatchAudiences.Contact contact : contacts) {
			List<Map<String, String>> identifiers = new ArrayList<>();
			if (contact.hashedEmail() != null) {
				identifiers.add(Map.of("hashedEmail", contact.hashedEmail()));
			}
			if (contact.hashedPhone() != null) {
				identifiers.add(Map.of("hashedPhoneNumber", contact.hashedPhone()));
			}
			operations.add(Map.of("create", Map.of("userIdentifiers", identifiers)));
		}
		for (int from = 0; from < operations.size(); from += BATCH) {
			post(access, jobName + ":addOperations", Map.of("enablePartialFailure", true, "operations",
					operations.subList(from, Math.min(operations.size(), from + BATCH))));
		}
		post(access, jobName + ":run", Map.of());
		return new Uploaded(userList, jobName, operations.size());
	}

	private @Nullable String findList(Access access, String customer, String listName) {
		String query = "SELECT user_list.resource_name FROM user_list WHERE user_list.name = '"
				+ listName.replace("\\", "\\\\").replace("'", "\\'") + "'";
		JsonNode found = post(access, customer + "/googleAds:search", Map.of("query", query));
		String name = found.path("results").path(0).path("userList").path("resourceName").asString("");
		return name.isEmpty() ? null : name;
	}

	private JsonNode post(Access access, String path, Object body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.apiUrl + "/" + VERSION + "/" + path))
			.timeout(this.timeout)
			.header("Authorization", "Bearer " + access.accessToken())
			.header("developer-token", access.developerToken())
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(this.json.writeValueAsBytes(body)));
		if (access.loginCustomerId() != null) {
			request.header("login-customer-id", access.loginCustomerId());
		}
		HttpResponse<String> response;
		try {
			response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new GoogleAdsException("Google Ads API unreachable: " + ex.getMessage(), 0, "UNAVAILABLE");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new GoogleAdsException("interrupted", 0, "CANCELLED");
		}
		JsonNode root;
		try {
			root = this.json.readTree(response.body().isBlank() ? "{}" : response.body());
		}
		catch (JacksonException ex) {
			throw new GoogleAdsException("Google Ads answered HTTP " + response.statusCode() + " without JSON",
					response.statusCode(), "UNKNOWN");
		}
		if (response.statusCode() / 100 != 2) {
			throw error(root, response.statusCode());
		}
		return root;
	}

	/**
	 * The error body:
	 * {@code {"error": {"code", "message", "status", "details": [{"errors":
	 * [{"errorCode": {...}, "message"}]}]}}}; the first Google Ads error says most.
	 */
	private static GoogleAdsException error(JsonNode root, int httpStatus) {
		JsonNode error = root.path("error");
		String message = error.path("message").asString("HTTP " + httpStatus);
		String status = error.path("status").asString("UNKNOWN");
		JsonNode first = error.path("details").path(0).path("errors").path(0);
		if (!first.isMissingNode()) {
			message = message + ": " + first.path("message").asString("");
			JsonNode code = first.path("errorCode");
			if (code.isObject() && code.propertyNames().iterator().hasNext()) {
				String kind = code.propertyNames().iterator().next();
				status = kind + "." + code.path(kind).asString("");
			}
		}
		return new GoogleAdsException(message, httpStatus, status);
	}

}

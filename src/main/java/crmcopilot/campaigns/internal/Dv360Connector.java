package crmcopilot.campaigns.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import crmcopilot.campaigns.Platform;
import crmcopilot.shared.InvalidInputException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Display &amp; Video 360 API v4: reads the line item, refuses (or, when asked, pauses)
 * an active one, replaces the assigned targeting options of step 9's types with
 * {@code lineItems:bulkEditAssignedTargetingOptions}, and checks the line item is still
 * not active. It never activates anything: a human launches the line item in DV360.
 */
@Component
class Dv360Connector implements DspConnector {

	/**
	 * The wait before the first retry of a 429 or 5xx; the second waits twice as long.
	 */
	static final Duration RETRY_BACKOFF = Duration.ofMillis(500);

	static final String ACTIVE = "ENTITY_STATUS_ACTIVE";

	static final String PAUSED = "ENTITY_STATUS_PAUSED";

	private static final Set<String> UNUSABLE = Set.of("ENTITY_STATUS_ARCHIVED",
			"ENTITY_STATUS_SCHEDULED_FOR_DELETION");

	private final Dv360Credentials credentials;

	private final JsonMapper json;

	private final HttpClient http;

	private final CampaignsSettings.Dv360 settings;

	private final Pause pause;

	/**
	 * Waits before a retry; tests give one that records the waits instead of waiting.
	 */
	@FunctionalInterface
	interface Pause {

		/**
		 * Real time, on the calling thread (a transmission is a person waiting for it).
		 */
		Pause SYSTEM = (duration) -> TimeUnit.NANOSECONDS.sleep(duration.toNanos());

		void pause(Duration duration) throws InterruptedException;

	}

	@Autowired
	Dv360Connector(Dv360Credentials credentials, JsonMapper json, CampaignsSettings settings) {
		this(credentials, json, settings, Pause.SYSTEM);
	}

	Dv360Connector(Dv360Credentials credentials, JsonMapper json, CampaignsSettings settings, Pause pause) {
		this.credentials = credentials;
		this.json = json;
		this.settings = settings.dv360();
		this.pause = pause;
		this.http = HttpClient.newBuilder().connectTimeout(this.settings.timeout()).build();
	}

	@Override
	public Platform platform() {
		return Platform.DV360;
	}

	@Override
	public boolean connected(UUID workspaceId) {
		return this.credentials.connection(workspaceId).ready();
	}

	@Override
	@SuppressWarnings("unchecked")
	public Transmission transmit(UUID workspaceId, DspTargeting.Instructions dsp, Target target) {
		if (dsp.platform() != Platform.DV360) {
			throw new InvalidInputException("platform", "campaigns.dsp.error.platform",
					new Object[] { dsp.platform().code() }, "the targeting was built for " + dsp.platform().code()
							+ "; choose Display & Video 360 as the platform to transmit it");
		}
		String lineItemPath = "/v4/advertisers/" + target.advertiserId() + "/lineItems/" + target.lineItemId();
		JsonNode lineItem = call(workspaceId, "GET", lineItemPath, null);
		String status = lineItem.path("entityStatus").asString("");
		if (UNUSABLE.contains(status)) {
			throw new DspException("line item " + target.lineItemId() + " is " + status, 400, "FAILED_PRECONDITION");
		}
		boolean paused = false;
		if (ACTIVE.equals(status)) {
			if (!target.pauseIfActive()) {
				throw new DspException("line item " + target.lineItemId()
						+ " is active: its targeting is only changed while it is inactive (tick \"pause it first\" "
						+ "or pause it in Display & Video 360)", 400, "FAILED_PRECONDITION");
			}
			call(workspaceId, "PATCH", lineItemPath + "?updateMask=entityStatus", Map.of("entityStatus", PAUSED));
			paused = true;
		}
		List<Map<String, Object>> creates = (List<Map<String, Object>>) dsp.payload().get("createRequests");
		Set<String> types = new LinkedHashSet<>();
		List<String> created = new ArrayList<>();
		for (Map<String, Object> create : creates) {
			String type = (String) create.get("targetingType");
			types.add(type);
			for (Object option : (List<Object>) create.get("assignedTargetingOptions")) {
				for (Object details : ((Map<String, Object>) option).values()) {
					created.add(type + ": " + String.join(",",
							((Map<String, Object>) details).values().stream().map(String::valueOf).toList()));
				}
			}
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("lineItemIds", List.of(target.lineItemId()));
		List<Map<String, Object>> deletes = existing(workspaceId, target, types);
		if (!deletes.isEmpty()) {
			body.put("deleteRequests", deletes);
		}
		body.put("createRequests", creates);
		JsonNode edit = call(workspaceId, "POST",
				"/v4/advertisers/" + target.advertiserId() + "/lineItems:bulkEditAssignedTargetingOptions", body);
		for (JsonNode failed : edit.path("failedLineItemIds")) {
			if (failed.asString().equals(target.lineItemId())) {
				List<String> errors = new ArrayList<>();
				edit.path("errors").forEach((e) -> errors.add(e.path("message").asString()));
				throw new DspException("targeting refused: " + String.join("; ", errors), 400, "INVALID_ARGUMENT");
			}
		}
		JsonNode after = call(workspaceId, "GET", lineItemPath, null);
		String statusAfter = after.path("entityStatus").asString("");
		if (ACTIVE.equals(statusAfter)) {
			throw new DspException(
					"line item " + target.lineItemId()
							+ " became active during the transmission; check it in Display & Video 360",
					409, "ABORTED");
		}
		return new Transmission(target.lineItemId(), after.path("displayName").asString(""), statusAfter, paused,
				created);
	}

	/** Delete requests for the options already assigned of the given types. */
	private List<Map<String, Object>> existing(UUID workspaceId, Target target, Set<String> types) {
		String filter = types.stream().map((t) -> "targetingType=\"" + t + "\"").collect(Collectors.joining(" OR "));
		Map<String, List<String>> ids = new LinkedHashMap<>();
		String pageToken = null;
		do {
			String query = "?lineItemIds=" + target.lineItemId() + "&filter=" + GoogleOAuth.encode(filter)
					+ ((pageToken != null) ? "&pageToken=" + GoogleOAuth.encode(pageToken) : "");
			JsonNode page = call(workspaceId, "GET",
					"/v4/advertisers/" + target.advertiserId() + "/lineItems:bulkListAssignedTargetingOptions" + query,
					null);
			for (JsonNode item : page.path("lineItemAssignedTargetingOptions")) {
				JsonNode option = item.path("assignedTargetingOption");
				String type = option.path("targetingType").asString("");
				if (types.contains(type)) {
					ids.computeIfAbsent(type, (t) -> new ArrayList<>())
						.add(option.path("assignedTargetingOptionId").asString());
				}
			}
			pageToken = page.path("nextPageToken").asString("");
			pageToken = pageToken.isEmpty() ? null : pageToken;
		}
		while (pageToken != null);
		List<Map<String, Object>> deletes = new ArrayList<>();
		ids.forEach((type, list) -> deletes.add(Map.of("targetingType", type, "assignedTargetingOptionIds", list)));
		return deletes;
	}

	/**
	 * One API call with the workspace's access token; a 401 renews the token once, 429
	 * and 5xx are retried twice with backoff.
	 */
	private JsonNode call(UUID workspaceId, String method, String path, @Nullable Object body) {
		boolean renewed = false;
		for (int attempt = 1;; attempt++) {
			String token = this.credentials.accessToken(workspaceId, renewed);
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.settings.apiUrl() + path))
				.timeout(this.settings.timeout())
				.header("Authorization", "Bearer " + token)
				.header("Accept", "application/json");
			if (body != null) {
				request.header("Content-Type", "application/json")
					.method(method, HttpRequest.BodyPublishers.ofByteArray(this.json.writeValueAsBytes(body)));
			}
			else {
				request.method(method, HttpRequest.BodyPublishers.noBody());
			}
			HttpResponse<String> response = send(request.build());
			int code = response.statusCode();
			if (code / 100 == 2) {
				return read(response.body(), code);
			}
			if (code == 401 && !renewed) {
				renewed = true;
				continue;
			}
			if ((code == 429 || code >= 500) && attempt < 3) {
				pause(RETRY_BACKOFF.multipliedBy(attempt));
				continue;
			}
			JsonNode error = read(response.body(), code).path("error");
			throw new DspException(error.path("message").asString("HTTP " + code), error.path("code").asInt(code),
					error.path("status").asString("HTTP_" + code));
		}
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new DspException("Display & Video 360 unreachable: " + ex.getMessage(), 0, "UNAVAILABLE");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new DspException("interrupted", 0, "CANCELLED");
		}
	}

	private JsonNode read(String body, int code) {
		if (body == null || body.isBlank()) {
			return this.json.createObjectNode();
		}
		try {
			return this.json.readTree(body);
		}
		catch (JacksonException ex) {
			throw new DspException("Display & Video 360 answered HTTP " + code + " without JSON", code, "UNKNOWN");
		}
	}

	private void pause(Duration duration) {
		try {
			this.pause.pause(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new DspException("interrupted", 0, "CANCELLED");
		}
	}

}

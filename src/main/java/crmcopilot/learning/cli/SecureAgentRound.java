package crmcopilot.learning.cli;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import crmcopilot.learning.model.ModelUpdate;
import crmcopilot.learning.model.secure.FixedPoint;
import crmcopilot.learning.model.secure.SecureAggregationClient;
import crmcopilot.learning.model.secure.SecureAggregationMessages.EncryptedShare;
import crmcopilot.learning.model.secure.SecureAggregationMessages.KeyAdvertisement;
import crmcopilot.learning.model.secure.SecureAggregationMessages.Roster;
import crmcopilot.learning.model.secure.SecureAggregationMessages.UnmaskingRequest;
import crmcopilot.learning.model.secure.SecureAggregationMessages.UnmaskingResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An agent's part in one secure round ({@code /hooks/learning/agent/secure/...}): it
 * advertises fresh keys, sends its shares encrypted for the other agents, its update
 * under masks, and the shares the server asks for to unmask the sum. The platform never
 * receives the update itself.
 */
final class SecureAgentRound {

	private static final JsonMapper JSON = AgentHttp.JSON;

	private static final String HOOKS = "/hooks/learning/agent/secure/";

	private final AgentHttp http;

	private final Clock clock;

	private final FederatedAgent.Pause pause;

	SecureAgentRound(AgentHttp http, Clock clock, FederatedAgent.Pause pause) {
		this.http = http;
		this.clock = clock;
		this.pause = pause;
	}

	/**
	 * Takes part in the round of {@code baseVersion} with {@code update}.
	 * @return false when the global model moved on before the agent joined
	 * @throws IllegalStateException when the round failed or the deadline passed
	 */
	boolean run(int baseVersion, ModelUpdate update, Instant deadline) throws IOException, InterruptedException {
		SecureAggregationClient agent = new SecureAggregationClient(new SecureRandom());
		KeyAdvertisement keys = agent.advertise();
		HttpResponse<String> joined = post("keys", Map.of("baseVersion", baseVersion, "cipherPublicKey",
				keys.cipherPublicKey(), "maskPublicKey", keys.maskPublicKey()));
		if (joined.statusCode() == 409) {
			return false;
		}
		expectAccepted(joined, "keys");
		Roster roster = JSON.treeToValue(await("sharing", deadline), Roster.class);
		expectAccepted(post("shares", Map.of("shares", agent.shareKeys(roster))), "shares");
		List<EncryptedShare> inbox = JSON.readerForListOf(EncryptedShare.class).readValue(await("masking", deadline));
		long[] masked = agent.maskedInput(inbox, FixedPoint.encode(update, roster.keys().size()));
		expectAccepted(post("masked", Map.of("masked", littleEndian(masked))), "masked update");
		UnmaskingRequest request = JSON.treeToValue(await("unmasking", deadline), UnmaskingRequest.class);
		UnmaskingResponse response = agent.unmask(request);
		expectAccepted(
				post("unmask",
						Map.of("selfMaskShares", response.selfMaskShares(), "maskKeyShares", response.maskKeyShares())),
				"unmasking shares");
		return true;
	}

	/** Polls the round until it reaches {@code step}; returns what the step needs. */
	private JsonNode await(String step, Instant deadline) throws IOException, InterruptedException {
		while (true) {
			JsonNode status = this.http.get(HOOKS + "round", "the secure round");
			String current = status.get("step").asString();
			if (current.equals(step)) {
				return status.get("payload");
			}
			if (current.equals("none")) {
				JsonNode failure = status.get("failure");
				throw new IllegalStateException("the secure round stopped before " + step
						+ ((failure != null && !failure.isNull()) ? ": " + failure.asString() : ""));
			}
			if (this.clock.instant().isAfter(deadline)) {
				throw new IllegalStateException("timed out waiting for the secure round to reach " + step);
			}
			this.pause.pause(FederatedAgent.POLL_INTERVAL);
		}
	}

	private HttpResponse<String> post(String step, Object body) throws IOException, InterruptedException {
		return this.http.post(HOOKS + step, body);
	}

	private static void expectAccepted(HttpResponse<String> response, String what) {
		if (response.statusCode() != 202) {
			throw new IllegalStateException(
					"the server refused the " + what + ": HTTP " + response.statusCode() + " " + response.body());
		}
	}

	private static String littleEndian(long[] values) {
		ByteBuffer bytes = ByteBuffer.allocate(values.length * Long.BYTES).order(ByteOrder.LITTLE_ENDIAN);
		bytes.asLongBuffer().put(values);
		return Base64.getEncoder().encodeToString(bytes.array());
	}

}

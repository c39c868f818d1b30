package crmcopilot.learning.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import crmcopilot.learning.internal.LearningSettings;
import crmcopilot.learning.internal.federation.AgentFederation;
import crmcopilot.learning.internal.federation.AgentTokens;
import crmcopilot.learning.model.WeightCodec;
import crmcopilot.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Machine-to-machine endpoints of merchant-side agents, authenticated by a merchant agent
 * token in {@code X-Merchant-Token} (issued by
 * {@code POST /api/ai-training/agent-token}). An update carries exactly three fields: the
 * base version, the example count and the Base64 weights.
 */
@RestController
@RequestMapping("/hooks/learning/agent")
class AgentHookController {

	static final String TOKEN_HEADER = "X-Merchant-Token";

	private final AgentFederation federation;

	private final AgentTokens tokens;

	private final LearningSettings settings;

	AgentHookController(AgentFederation federation, AgentTokens tokens, LearningSettings settings) {
		this.federation = federation;
		this.tokens = tokens;
		this.settings = settings;
	}

	/** The body of an update; nothing else is accepted. */
	record UpdateBody(int baseVersion, long examples, String weights) {
	}

	@GetMapping("/model")
	ResponseEntity<Envelope> model(@RequestHeader(name = TOKEN_HEADER, required = false) @Nullable String token) {
		if (authenticate(token) == null) {
			return unauthorized();
		}
		AgentFederation.GlobalSnapshot snapshot = this.federation.current();
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("version", snapshot.version());
		data.put("schema", snapshot.schema());
		data.put("weights", WeightCodec.toBase64(snapshot.weights()));
		data.put("sha256", snapshot.sha256());
		data.put("secureAggregation", this.settings.agentSecureAggregation());
		return ResponseEntity.ok(Envelope.ok(data));
	}

	@PostMapping("/update")
	ResponseEntity<Envelope> update(@RequestHeader(name = TOKEN_HEADER, required = false) @Nullable String token,
			@RequestBody UpdateBody body) {
		UUID merchant = authenticate(token);
		if (merchant == null) {
			return unauthorized();
		}
		if (this.settings.agentSecureAggregation()) {
			return ResponseEntity.status(HttpStatus.CONFLICT)
				.body(Envelope.error(Map.of("code", "secure_aggregation_required", "message",
						"this platform takes updates only under secure aggregation (/hooks/learning/agent/secure)")));
		}
		double[] weights;
		try {
			weights = WeightCodec.fromBase64(String.valueOf(body.weights()));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("weights", "learning.error.weights", new Object[0],
					"weights must be Base64 little-endian doubles, all finite");
		}
		AgentFederation.Receipt receipt = this.federation.submit(merchant, body.baseVersion(), body.examples(),
				weights);
		return ResponseEntity.status(receipt.accepted() ? HttpStatus.ACCEPTED : HttpStatus.CONFLICT)
			.body(receipt.accepted() ? Envelope.ok(receipt) : Envelope.error(Map.of("code", "stale_version", "message",
					receipt.message(), "currentVersion", receipt.currentVersion())));
	}

	private @Nullable UUID authenticate(@Nullable String token) {
		if (token == null || token.isBlank()) {
			return null;
		}
		return this.tokens.merchantOf(token.trim()).orElse(null);
	}

	static ResponseEntity<Envelope> unauthorized() {
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
			.body(Envelope
				.error(Map.of("code", "unauthorized", "message", "a valid merchant agent token is required")));
	}

}

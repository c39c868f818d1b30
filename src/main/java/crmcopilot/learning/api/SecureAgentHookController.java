package crmcopilot.learning.api;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import crmcopilot.learning.internal.federation.AgentTokens;
import crmcopilot.learning.internal.federation.SecureAgentRounds;
import crmcopilot.learning.internal.federation.StaleRoundException;
import crmcopilot.learning.model.secure.SecureAggregationMessages.EncryptedShare;
import crmcopilot.learning.model.secure.SecureAggregationMessages.UnmaskingResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Secure rounds of merchant-side agents ({@code /hooks/learning/agent/secure/...}): keys,
 * encrypted shares, the masked update and unmasking shares go in; {@code GET round} tells
 * an agent its step and what it needs for it (the roster of public keys, the shares
 * addressed to it, the unmasking request). Byte fields are Base64; a masked update is
 * little-endian 64-bit integers.
 */
@RestController
@RequestMapping("/hooks/learning/agent/secure")
class SecureAgentHookController {

	private final SecureAgentRounds rounds;

	private final AgentTokens tokens;

	SecureAgentHookController(SecureAgentRounds rounds, AgentTokens tokens) {
		this.rounds = rounds;
		this.tokens = tokens;
	}

	record KeysBody(int baseVersion, byte[] cipherPublicKey, byte[] maskPublicKey) {
	}

	record SharesBody(List<EncryptedShare> shares) {
	}

	record MaskedBody(String masked) {
	}

	record UnmaskBody(Map<Integer, byte[]> selfMaskShares, Map<Integer, byte[]> maskKeyShares) {
	}

	@PostMapping("/keys")
	ResponseEntity<Envelope> keys(
			@RequestHeader(name = AgentHookController.TOKEN_HEADER, required = false) @Nullable String token,
			@RequestBody KeysBody body) {
		UUID merchant = merchant(token);
		return (merchant == null) ? AgentHookController.unauthorized() : accepted(
				this.rounds.advertise(merchant, body.baseVersion(), body.cipherPublicKey(), body.maskPublicKey()));
	}

	@GetMapping("/round")
	ResponseEntity<Envelope> round(
			@RequestHeader(name = AgentHookController.TOKEN_HEADER, required = false) @Nullable String token) {
		UUID merchant = merchant(token);
		return (merchant == null) ? AgentHookController.unauthorized()
				: ResponseEntity.ok(Envelope.ok(this.rounds.status(merchant)));
	}

	@PostMapping("/shares")
	ResponseEntity<Envelope> shares(
			@RequestHeader(name = AgentHookController.TOKEN_HEADER, required = false) @Nullable String token,
			@RequestBody SharesBody body) {
		UUID merchant = merchant(token);
		return (merchant == null) ? AgentHookController.unauthorized()
				: accepted(this.rounds.shares(merchant, body.shares()));
	}

	@PostMapping("/masked")
	ResponseEntity<Envelope> masked(
			@RequestHeader(name = AgentHookController.TOKEN_HEADER, required = false) @Nullable String token,
			@RequestBody MaskedBody body) {
		UUID merchant = merchant(token);
		if (merchant == null) {
			return AgentHookController.unauthorized();
		}
		byte[] bytes = Base64.getDecoder().decode(body.masked());
		if (bytes.length % Long.BYTES != 0) {
			throw new IllegalArgumentException("masked must be Base64 little-endian 64-bit integers");
		}
		long[] masked = new long[bytes.length / Long.BYTES];
		ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asLongBuffer().get(masked);
		return accepted(this.rounds.maskedInput(merchant, masked));
	}

	@PostMapping("/unmask")
	ResponseEntity<Envelope> unmask(
			@RequestHeader(name = AgentHookController.TOKEN_HEADER, required = false) @Nullable String token,
			@RequestBody UnmaskBody body) {
		UUID merchant = merchant(token);
		if (merchant == null) {
			return AgentHookController.unauthorized();
		}
		Integer number = this.rounds.status(merchant).agent();
		if (number == null) {
			throw new IllegalStateException("this agent is not in the open secure round");
		}
		return accepted(this.rounds.unmask(merchant,
				new UnmaskingResponse(number, body.selfMaskShares(), body.maskKeyShares())));
	}

	@ExceptionHandler(StaleRoundException.class)
	ResponseEntity<Envelope> stale(StaleRoundException ex) {
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.body(Envelope.error(Map.of("code", "stale_version", "message", String.valueOf(ex.getMessage()),
					"currentVersion", ex.currentVersion())));
	}

	@ExceptionHandler(IllegalStateException.class)
	ResponseEntity<Envelope> outOfStep(IllegalStateException ex) {
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.body(Envelope.error(Map.of("code", "round_state", "message", String.valueOf(ex.getMessage()))));
	}

	private static ResponseEntity<Envelope> accepted(SecureAgentRounds.Status status) {
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(Envelope.ok(status));
	}

	private @Nullable UUID merchant(@Nullable String token) {
		return (token == null || token.isBlank()) ? null : this.tokens.merchantOf(token.trim()).orElse(null);
	}

}

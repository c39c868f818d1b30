package crmcopilot.support.internal.whatsapp;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import crmcopilot.support.InboundMessage;
import crmcopilot.support.SupportIntake;
import crmcopilot.support.internal.Signatures;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;

/**
 * The Cloud API's webhook for one workspace: the subscription handshake, the
 * {@code X-Hub-Signature-256} check (HMAC-SHA256 of the raw body with the app secret),
 * incoming messages handed to the support intake (stored, triaged, answered or escalated)
 * and statuses of the replies sent.
 */
@Service
public class WhatsAppWebhook {

	/** The header Meta signs every notification with. */
	public static final String SIGNATURE_HEADER = "X-Hub-Signature-256";

	private final WhatsAppAccounts accounts;

	private final WhatsAppInbound inbound;

	private final WhatsAppDeliveries deliveries;

	private final SupportIntake intake;

	private final JsonMapper json;

	WhatsAppWebhook(WhatsAppAccounts accounts, WhatsAppInbound inbound, WhatsAppDeliveries deliveries,
			SupportIntake intake, JsonMapper json) {
		this.accounts = accounts;
		this.inbound = inbound;
		this.deliveries = deliveries;
		this.intake = intake;
		this.json = json;
	}

	/**
	 * The challenge to echo when Meta subscribes with the workspace's verify token, else
	 * empty.
	 */
	public Optional<String> challenge(UUID workspaceId, @Nullable String mode, @Nullable String token,
			@Nullable String challenge) {
		Optional<String> expected = this.accounts.verifyToken(workspaceId);
		if (!"subscribe".equals(mode) || token == null || challenge == null || expected.isEmpty() || !MessageDigest
			.isEqual(expected.get().getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
			return Optional.empty();
		}
		return Optional.of(challenge);
	}

	/** Whether the body was signed with the workspace's app secret. */
	public boolean authentic(UUID workspaceId, byte[] body, @Nullable String signature) {
		Optional<String> secret = this.accounts.appSecret(workspaceId);
		return secret.isPresent() && Signatures.verify(secret.get(), body, signature);
	}

	/** What a notification carried. */
	public record Received(int messages, int duplicates, int statuses) {
	}

	/**
	 * Handles a signed notification; changes for another phone number than the
	 * workspace's are ignored.
	 * @throws IllegalArgumentException when the body is not JSON
	 */
	public Received receive(UUID workspaceId, byte[] body) throws InterruptedException {
		JsonNode root = this.json.readTree(new String(body, StandardCharsets.UTF_8));
		Optional<WhatsAppAccount> account = this.accounts.account(workspaceId);
		Optional<String> phoneNumberId = this.accounts.phoneNumberId(workspaceId);
		int messages = 0;
		int duplicates = 0;
		int statuses = 0;
		for (JsonNode entry : root.path("entry")) {
			for (JsonNode change : entry.path("changes")) {
				JsonNode value = change.path("value");
				String target = value.path("metadata").path("phone_number_id").asString("");
				if (!"messages".equals(change.path("field").asString(""))
						|| (phoneNumberId.isPresent() && !phoneNumberId.get().equals(target))) {
					continue;
				}
				Map<String, String> names = new HashMap<>();
				for (JsonNode contact : value.path("contacts")) {
					names.put(contact.path("wa_id").asString(""), contact.path("profile").path("name").asString(null));
				}
				for (JsonNode message : value.path("messages")) {
					Optional<InboundMessage> converted = this.inbound.convert(workspaceId, account, message,
							names.get(message.path("from").asString("")));
					if (converted.isPresent()) {
						if (this.intake.ingest(workspaceId, converted.get()).duplicate()) {
							duplicates++;
						}
						else {
							messages++;
						}
					}
				}
				for (JsonNode status : value.path("statuses")) {
					JsonNode error = status.path("errors").path(0);
					String reason = error.isObject() ? error.path("code").asString("") + " "
							+ error.path("title").asString(error.path("message").asString("")) : null;
					if (this.deliveries.update(workspaceId, status.path("id").asString(""),
							status.path("status").asString(""), (reason != null) ? reason.strip() : null,
							Instant.now())) {
						statuses++;
					}
				}
			}
		}
		return new Received(messages, duplicates, statuses);
	}

}

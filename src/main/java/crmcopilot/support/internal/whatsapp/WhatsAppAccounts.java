package crmcopilot.support.internal.whatsapp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import crmcopilot.support.internal.WorkspaceSupportConfig;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * A workspace's WhatsApp Business settings (keys {@code support.whatsapp.*}): the phone
 * number id and template in clear, the access token, app secret and verify token
 * encrypted with the workspace's cipher.
 */
@Service
public class WhatsAppAccounts {

	/** The channel name of WhatsApp threads. */
	public static final String CHANNEL = "whatsapp";

	static final String PHONE_NUMBER_ID = "whatsapp.phone-number-id";

	static final String ACCESS_TOKEN = "whatsapp.access-token";

	static final String APP_SECRET = "whatsapp.app-secret";

	static final String VERIFY_TOKEN = "whatsapp.verify-token";

	static final String TEMPLATE = "whatsapp.template";

	static final String TEMPLATE_LANGUAGE = "whatsapp.template-language";

	private final WorkspaceSupportConfig config;

	WhatsAppAccounts(WorkspaceSupportConfig config) {
		this.config = config;
	}

	/** The number replies go out from, when its id and access token are set. */
	public Optional<WhatsAppAccount> account(UUID workspaceId) {
		Optional<String> phoneNumberId = this.config.get(workspaceId, PHONE_NUMBER_ID);
		if (phoneNumberId.isEmpty()) {
			return Optional.empty();
		}
		return this.config.secret(workspaceId, ACCESS_TOKEN)
			.map((token) -> new WhatsAppAccount(phoneNumberId.get(), token,
					this.config.get(workspaceId, TEMPLATE).orElse(null),
					this.config.get(workspaceId, TEMPLATE_LANGUAGE).orElse("fr")));
	}

	Optional<String> appSecret(UUID workspaceId) {
		return this.config.secret(workspaceId, APP_SECRET);
	}

	Optional<String> verifyToken(UUID workspaceId) {
		return this.config.secret(workspaceId, VERIFY_TOKEN);
	}

	Optional<String> phoneNumberId(UUID workspaceId) {
		return this.config.get(workspaceId, PHONE_NUMBER_ID);
	}

	/**
	 * The message keys of the settings still missing for the channel to receive and send
	 * (phone number id, access token, app secret, verify token), empty when it is ready.
	 */
	public List<String> missing(UUID workspaceId) {
		List<String> missing = new ArrayList<>();
		if (phoneNumberId(workspaceId).isEmpty()) {
			missing.add("support.whatsapp.phoneNumberId");
		}
		if (this.config.get(workspaceId, ACCESS_TOKEN).isEmpty()) {
			missing.add("support.whatsapp.accessToken");
		}
		if (this.config.get(workspaceId, APP_SECRET).isEmpty()) {
			missing.add("support.whatsapp.appSecret");
		}
		if (this.config.get(workspaceId, VERIFY_TOKEN).isEmpty()) {
			missing.add("support.whatsapp.verifyToken");
		}
		return missing;
	}

	/** The settings as typed; a blank secret keeps the one stored. */
	public record Changes(String phoneNumberId, String template, String templateLanguage, @Nullable String accessToken,
			@Nullable String appSecret, @Nullable String verifyToken) {
	}

	public void save(UUID workspaceId, Changes changes) {
		this.config.put(workspaceId, PHONE_NUMBER_ID, changes.phoneNumberId());
		this.config.put(workspaceId, TEMPLATE, changes.template());
		this.config.put(workspaceId, TEMPLATE_LANGUAGE, changes.templateLanguage());
		this.config.putSecret(workspaceId, ACCESS_TOKEN, changes.accessToken());
		this.config.putSecret(workspaceId, APP_SECRET, changes.appSecret());
		this.config.putSecret(workspaceId, VERIFY_TOKEN, changes.verifyToken());
	}

	/** What the settings page shows back: plain values and which secrets are set. */
	public record Stored(String phoneNumberId, String template, String templateLanguage, boolean accessToken,
			boolean appSecret, boolean verifyToken) {
	}

	public Stored stored(UUID workspaceId) {
		return new Stored(phoneNumberId(workspaceId).orElse(""), this.config.get(workspaceId, TEMPLATE).orElse(""),
				this.config.get(workspaceId, TEMPLATE_LANGUAGE).orElse("fr"),
				this.config.get(workspaceId, ACCESS_TOKEN).isPresent(),
				this.config.get(workspaceId, APP_SECRET).isPresent(),
				this.config.get(workspaceId, VERIFY_TOKEN).isPresent());
	}

}

package crmcopilot.ai.internal;

import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import crmcopilot.shared.SsrfGuard;
import crmcopilot.workspace.SecretCipher;
import crmcopilot.workspace.WorkspaceSettings;

import org.springframework.stereotype.Service;

/**
 * The provider of a workspace: an administrator's settings ({@code ai.llm.*} workspace
 * settings, the key encrypted) when a provider is chosen there, else the environment's. A
 * workspace's own provider never receives the environment's API key, so pointing it at
 * another URL cannot leak that key.
 */
@Service
public class WorkspaceProviders implements ProviderResolver {

	static final String PREFIX = "ai.llm.";

	static final String PROVIDER = PREFIX + "provider";

	static final String BASE_URL = PREFIX + "base-url";

	static final String MODEL = PREFIX + "model";

	static final String API_KEY = PREFIX + "api-key";

	static final String AZURE_DEPLOYMENT = PREFIX + "azure-deployment";

	static final String AZURE_API_VERSION = PREFIX + "azure-api-version";

	static final String STRUCTURED_OUTPUT = PREFIX + "structured-output";

	private static final Logger log = LoggerFactory.getLogger(WorkspaceProviders.class);

	private final WorkspaceSettings settings;

	private final SecretCipher cipher;

	private final ProviderConfig environment;

	private final boolean redactLocal;

	static final Duration TTL = Duration.ofSeconds(2);

	private final Cache<UUID, Map<String, String>> cache = Caffeine.newBuilder()
		.expireAfterWrite(TTL)
		.maximumSize(10_000)
		.build();

	private final SsrfGuard guard;

	WorkspaceProviders(WorkspaceSettings settings, SecretCipher cipher, AiSettings aiSettings, SsrfGuard guard) {
		this.guard = guard;
		this.settings = settings;
		this.cipher = cipher;
		this.environment = aiSettings.llm().toConfig();
		this.redactLocal = aiSettings.llm().redactLocal();
	}

	/** What an administrator sees and edits; never the key itself. */
	public record Form(String provider, String baseUrl, String model, String azureDeployment, String azureApiVersion,
			String structuredOutput, boolean keySet) {
	}

	@Override
	public ProviderConfig forWorkspace(UUID workspaceId) {
		Map<String, String> values = cachedValues(workspaceId);
		String provider = values.get(PROVIDER);
		if (provider == null || provider.isBlank()) {
			return this.environment;
		}
		try {
			return build(values, decrypt(values.get(API_KEY)));
		}
		catch (RuntimeException ex) {
			log.warn("AI provider settings of workspace {} are unusable ({}); tasks answer offline", workspaceId,
					ex.getClass().getSimpleName());
			return ProviderConfig.NONE;
		}
	}

	public ProviderConfig environment() {
		return this.environment;
	}

	public Form form(UUID workspaceId) {
		Map<String, String> values = this.settings.withPrefix(workspaceId, PREFIX);
		return new Form(values.getOrDefault(PROVIDER, ""), values.getOrDefault(BASE_URL, ""),
				values.getOrDefault(MODEL, ""), values.getOrDefault(AZURE_DEPLOYMENT, ""),
				values.getOrDefault(AZURE_API_VERSION, ""), values.getOrDefault(STRUCTURED_OUTPUT, "json_schema"),
				values.containsKey(API_KEY));
	}

	/**
	 * Checks and saves a workspace's provider; a blank provider means "use the
	 * environment's". A blank key keeps the stored one unless {@code clearKey}.
	 * @throws IllegalArgumentException when the settings cannot work
	 */
	public void save(UUID workspaceId, Form form, @Nullable String newApiKey, boolean clearKey) {
		if (!form.provider().isBlank()
				&& form.baseUrl().strip().toLowerCase(java.util.Locale.ROOT).startsWith("http")) {
			// the workspace's API key goes to this address: never to the internal network
			// (an address that is not http(s) is refused as such when stored)
			this.guard.require("baseUrl", form.baseUrl());
		}
		try {
			store(workspaceId, form, newApiKey, clearKey);
		}
		finally {
			this.cache.invalidate(workspaceId);
		}
	}

	/**
	 * The workspace's {@code ai.llm.*} settings, read again after {@link #TTL} (every
	 * task run needs them; changes made through {@link #save} are seen at once).
	 */
	private Map<String, String> cachedValues(UUID workspaceId) {
		return this.cache.get(workspaceId, (id) -> Collections.unmodifiableMap(this.settings.withPrefix(id, PREFIX)));
	}

	private void store(UUID workspaceId, Form form, @Nullable String newApiKey, boolean clearKey) {
		if (form.provider().isBlank()) {
			for (String key : java.util.List.of(PROVIDER, BASE_URL, MODEL, API_KEY, AZURE_DEPLOYMENT, AZURE_API_VERSION,
					STRUCTURED_OUTPUT)) {
				this.settings.remove(workspaceId, key);
			}
			return;
		}
		Map<String, String> values = new java.util.HashMap<>(
				Map.of(PROVIDER, LlmProvider.fromCode(form.provider()).code(), BASE_URL, form.baseUrl().strip(), MODEL,
						form.model().strip(), AZURE_DEPLOYMENT, form.azureDeployment().strip(), AZURE_API_VERSION,
						form.azureApiVersion().strip(), STRUCTURED_OUTPUT,
						"json_object".equals(form.structuredOutput()) ? "json_object" : "json_schema"));
		String storedKey = clearKey ? null : decrypt(this.settings.get(workspaceId, API_KEY).orElse(null));
		String key = (newApiKey != null && !newApiKey.isBlank()) ? newApiKey.strip() : storedKey;
		build(values, key);
		values.forEach((name, value) -> {
			if (value.isEmpty()) {
				this.settings.remove(workspaceId, name);
			}
			else {
				this.settings.put(workspaceId, name, value);
			}
		});
		if (key == null) {
			this.settings.remove(workspaceId, API_KEY);
		}
		else if (newApiKey != null && !newApiKey.isBlank()) {
			this.settings.put(workspaceId, API_KEY, this.cipher.encrypt(key));
		}
	}

	private ProviderConfig build(Map<String, String> values, @Nullable String apiKey) {
		return ProviderConfig.of(LlmProvider.fromCode(values.get(PROVIDER)), values.get(BASE_URL), apiKey,
				values.get(MODEL), values.get(AZURE_DEPLOYMENT), values.get(AZURE_API_VERSION),
				!"json_object".equals(values.get(STRUCTURED_OUTPUT)), this.redactLocal);
	}

	private @Nullable String decrypt(@Nullable String encrypted) {
		return (encrypted == null || encrypted.isBlank()) ? null : this.cipher.decrypt(encrypted);
	}

}

package crmcopilot.support.internal;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import crmcopilot.support.Priority;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import crmcopilot.mail.MailboxReader;
import crmcopilot.mail.SmtpServer;
import crmcopilot.workspace.SecretCipher;
import crmcopilot.workspace.Workspace;
import crmcopilot.workspace.WorkspaceSettings;
import crmcopilot.workspace.Workspaces;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * A workspace's support settings (keys {@code support.*} of its settings, secrets
 * encrypted), with the module's defaults. Read on every ingested message, so each
 * workspace's settings and record are kept for {@link #TTL}; a change made here is seen
 * at once, one made elsewhere (another instance) within the TTL.
 */
@Service
public class WorkspaceSupportConfig {

	public static final String PREFIX = "support.";

	static final Map<Priority, Double> DEFAULT_SLA_HOURS = Map.of(Priority.URGENTE, 2.0, Priority.HAUTE, 4.0,
			Priority.NORMALE, 16.0, Priority.BASSE, 40.0);

	private final WorkspaceSettings settings;

	private final SecretCipher cipher;

	private final Workspaces workspaces;

	private final SupportSettings defaults;

	static final Duration TTL = Duration.ofSeconds(2);

	private final LoadingCache<UUID, Cached> cache = Caffeine.newBuilder()
		.expireAfterWrite(TTL)
		.maximumSize(10_000)
		.build(this::load);

	WorkspaceSupportConfig(WorkspaceSettings settings, SecretCipher cipher, Workspaces workspaces,
			SupportSettings defaults) {
		this.settings = settings;
		this.cipher = cipher;
		this.workspaces = workspaces;
		this.defaults = defaults;
	}

	public Optional<String> get(UUID workspaceId, String key) {
		return Optional.ofNullable(cached(workspaceId).settings().get(PREFIX + key))
			.filter((value) -> !value.isBlank());
	}

	private Cached cached(UUID workspaceId) {
		return this.cache.get(workspaceId);
	}

	private Cached load(UUID workspaceId) {
		Workspace workspace = this.workspaces.find(workspaceId)
			.orElseThrow(() -> new IllegalArgumentException("unknown workspace " + workspaceId));
		return new Cached(Collections.unmodifiableMap(this.settings.withPrefix(workspaceId, PREFIX)), workspace);
	}

	/**
	 * Forgets the cached settings of a workspace (after a change).
	 */
	public void invalidate(UUID workspaceId) {
		this.cache.invalidate(workspaceId);
	}

	private record Cached(Map<String, String> settings, Workspace workspace) {
	}

	public void put(UUID workspaceId, String key, @Nullable String value) {
		if (value == null || value.isBlank()) {
			this.settings.remove(workspaceId, PREFIX + key);
		}
		else {
			this.settings.put(workspaceId, PREFIX + key, value.strip());
		}
		invalidate(workspaceId);
	}

	public Optional<String> secret(UUID workspaceId, String key) {
		return get(workspaceId, key).map(this.cipher::decrypt);
	}

	public void putSecret(UUID workspaceId, String key, @Nullable String value) {
		if (value != null && !value.isBlank()) {
			this.settings.put(workspaceId, PREFIX + key, this.cipher.encrypt(value.strip()));
			invalidate(workspaceId);
		}
	}

	public double threshold(UUID workspaceId) {
		return get(workspaceId, "auto.threshold").map(Double::parseDouble).orElse(this.defaults.autoThreshold());
	}

	/**
	 * The intents never answered automatically: every one unless the workspace chose
	 * otherwise (key {@code human-only}, codes separated by commas, possibly none).
	 */
	public java.util.Set<HumanOnlyIntent> humanOnly(UUID workspaceId) {
		return get(workspaceId, "human-only").map((value) -> {
			java.util.Set<HumanOnlyIntent> intents = java.util.EnumSet.noneOf(HumanOnlyIntent.class);
			for (String code : value.split(",")) {
				HumanOnlyIntent.of(code).ifPresent(intents::add);
			}
			return intents;
		}).orElseGet(HumanOnlyIntent::all);
	}

	public int minutesPerMessage(UUID workspaceId) {
		return get(workspaceId, "minutes-per-message").map(Integer::parseInt).orElse(this.defaults.minutesPerMessage());
	}

	public Workspace workspace(UUID workspaceId) {
		return cached(workspaceId).workspace();
	}

	public BusinessCalendar calendar(UUID workspaceId) {
		ZoneId zone = workspace(workspaceId).timeZone();
		return BusinessCalendar.parse(zone, get(workspaceId, "hours").orElse(BusinessCalendar.DEFAULT_HOURS),
				get(workspaceId, "holidays").orElse(""));
	}

	public Map<String, Double> slaHours(UUID workspaceId) {
		Map<String, Double> hours = new LinkedHashMap<>();
		for (Priority priority : Priority.values()) {
			hours.put(priority.label(), get(workspaceId, "sla." + priority.label()).map(Double::parseDouble)
				.orElse(DEFAULT_SLA_HOURS.get(priority)));
		}
		return hours;
	}

	public Duration sla(UUID workspaceId, String priority) {
		double hours = slaHours(workspaceId).getOrDefault(priority, 16.0);
		return Duration.ofMinutes(Math.round(hours * 60));
	}

	public List<String> notifyUrls(UUID workspaceId) {
		return get(workspaceId, "notify.urls")
			.map((value) -> Arrays.stream(value.split("[\\s,]+")).filter((url) -> !url.isBlank()).toList())
			.orElse(List.of());
	}

	public Map<String, String> placeholders(UUID workspaceId) {
		Map<String, String> values = new LinkedHashMap<>();
		cached(workspaceId).settings()
			.entrySet()
			.stream()
			.filter((entry) -> entry.getKey().startsWith(PREFIX + "placeholder."))
			.forEach((entry) -> values.put(entry.getKey().substring(entry.getKey().lastIndexOf('.') + 1),
					entry.getValue()));
		return values;
	}

	public Optional<MailboxReader.MailboxCredentials> imap(UUID workspaceId) {
		Optional<String> host = get(workspaceId, "imap.host");
		Optional<String> user = get(workspaceId, "imap.user");
		Optional<String> password = secret(workspaceId, "imap.password");
		if (host.isEmpty() || user.isEmpty() || password.isEmpty()) {
			return Optional.empty();
		}
		boolean ssl = !"false".equals(get(workspaceId, "imap.ssl").orElse("true"));
		int port = get(workspaceId, "imap.port").map(Integer::parseInt).orElse(ssl ? 993 : 143);
		return Optional.of(new MailboxReader.MailboxCredentials(host.get(), port, ssl, user.get(), password.get(),
				get(workspaceId, "imap.folder").orElse("INBOX")));
	}

	/**
	 * The workspace's Twilio account for outgoing SMS, when its SID, auth token and
	 * sending number are all set.
	 */
	public Optional<TwilioClient.Account> twilio(UUID workspaceId) {
		Optional<String> sid = get(workspaceId, "twilio.account-sid");
		Optional<String> from = get(workspaceId, "twilio.from");
		if (sid.isEmpty() || from.isEmpty()) {
			return Optional.empty();
		}
		return secret(workspaceId, "twilio.token")
			.map((token) -> new TwilioClient.Account(sid.get(), token, from.get()));
	}

	/** The workspace's outgoing mail server, when its host and sender address are set. */
	public Optional<SmtpServer> smtp(UUID workspaceId) {
		Optional<String> host = get(workspaceId, "smtp.host");
		Optional<String> from = get(workspaceId, "smtp.from");
		if (host.isEmpty() || from.isEmpty()) {
			return Optional.empty();
		}
		String configured = get(workspaceId, "smtp.security").orElse("starttls").toUpperCase(Locale.ROOT);
		SmtpServer.Security security = Arrays.stream(SmtpServer.Security.values())
			.filter((value) -> value.name().equals(configured))
			.findFirst()
			.orElse(SmtpServer.Security.STARTTLS);
		int port = get(workspaceId, "smtp.port").map(Integer::parseInt).orElse(security.defaultPort());
		return Optional.of(new SmtpServer(host.get(), port, security, get(workspaceId, "smtp.user").orElse(null),
				secret(workspaceId, "smtp.password").orElse(null), from.get()));
	}

}

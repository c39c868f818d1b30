package crmcopilot.workspace.internal;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import crmcopilot.shared.InvalidInputException;
import crmcopilot.workspace.AdminActionPerformed;
import crmcopilot.workspace.Caller;
import crmcopilot.workspace.WorkspaceSettings;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static crmcopilot.workspace.internal.JdbcWorkspaces.utc;

/**
 * What a merchant's public forms show of it: a display name, a logo and an accent colour.
 * Name and colour are workspace settings; the logo is a row of its own (bytes in the
 * database, so every instance serves it).
 */
@Service
public class MerchantBrandings {

	static final String DISPLAY_NAME = "workspace.branding.display-name";

	static final String ACCENT = "workspace.branding.accent";

	private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

	private final WorkspaceSettings settings;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	MerchantBrandings(WorkspaceSettings settings, JdbcClient jdbc, ApplicationEventPublisher events) {
		this.settings = settings;
		this.jdbc = jdbc;
		this.events = events;
	}

	/** A workspace's branding; {@code logoVersion} changes with each new logo. */
	public record Branding(@Nullable String displayName, @Nullable String accent, @Nullable Long logoVersion) {
	}

	public Branding branding(UUID workspaceId) {
		Map<String, String> values = this.settings.withPrefix(workspaceId, "workspace.branding.");
		Long version = this.jdbc.sql("SELECT updated_at FROM workspace_logos WHERE workspace_id = ?")
			.param(workspaceId)
			.query((rs, row) -> rs.getTimestamp(1).getTime())
			.optional()
			.orElse(null);
		return new Branding(values.get(DISPLAY_NAME), values.get(ACCENT), version);
	}

	/**
	 * Saves the display name (blank: the workspace's name) and the accent (blank: the
	 * product's).
	 */
	@Transactional
	public void update(Caller caller, @Nullable String displayName, @Nullable String accent) {
		String name = (displayName != null) ? displayName.strip() : "";
		String colour = (accent != null) ? accent.strip() : "";
		if (name.length() > 200) {
			throw new InvalidInputException("displayName", "workspace.error.branding-name", new Object[0],
					"the display name is longer than 200 characters");
		}
		if (!colour.isEmpty() && !COLOUR.matcher(colour).matches()) {
			throw new InvalidInputException("accent", "workspace.error.accent", new Object[0],
					"the colour must be written #RRGGBB");
		}
		store(caller.workspaceId(), DISPLAY_NAME, name);
		store(caller.workspaceId(), ACCENT, colour.toLowerCase(java.util.Locale.ROOT));
		announce(caller, "workspace.branding.changed", Map.of("displayName", name, "accent", colour));
	}

	@Transactional
	public void replaceLogo(Caller caller, LogoImage logo) {
		this.jdbc.sql("DELETE FROM workspace_logos WHERE workspace_id = ?").param(caller.workspaceId()).update();
		this.jdbc
			.sql("INSERT INTO workspace_logos (workspace_id, content_type, content, updated_at) VALUES (?, ?, ?, ?)")
			.params(caller.workspaceId(), logo.contentType(), logo.content(), utc(Instant.now()))
			.update();
		announce(caller, "workspace.branding.logo-changed",
				Map.of("contentType", logo.contentType(), "bytes", logo.content().length));
	}

	@Transactional
	public void removeLogo(Caller caller) {
		this.jdbc.sql("DELETE FROM workspace_logos WHERE workspace_id = ?").param(caller.workspaceId()).update();
		announce(caller, "workspace.branding.logo-removed", Map.of());
	}

	public Optional<LogoImage> logo(UUID workspaceId) {
		return this.jdbc.sql("SELECT content_type, content FROM workspace_logos WHERE workspace_id = ?")
			.param(workspaceId)
			.query((rs, row) -> new LogoImage(rs.getString(1), rs.getBytes(2)))
			.optional();
	}

	private void store(UUID workspaceId, String key, String value) {
		if (value.isEmpty()) {
			this.settings.remove(workspaceId, key);
		}
		else {
			this.settings.put(workspaceId, key, value);
		}
	}

	private void announce(Caller caller, String action, Map<String, ?> details) {
		this.events.publishEvent(new AdminActionPerformed(caller.workspaceId(), caller.actor(),
				caller.isToken() ? "token" : "user", action, "workspace", caller.workspaceId().toString(), details));
	}

}

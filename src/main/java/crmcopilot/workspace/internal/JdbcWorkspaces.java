package crmcopilot.workspace.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import crmcopilot.workspace.PrivacyLevel;
import crmcopilot.workspace.Workspace;
import crmcopilot.workspace.WorkspaceCreated;
import crmcopilot.workspace.Workspaces;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcWorkspaces implements Workspaces {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	JdbcWorkspaces(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	@Override
	public Optional<Workspace> find(UUID id) {
		return this.jdbc.sql("SELECT * FROM workspaces WHERE id = ?").param(id).query(JdbcWorkspaces::map).optional();
	}

	@Override
	public Optional<Workspace> findBySlug(String slug) {
		return this.jdbc.sql("SELECT * FROM workspaces WHERE slug = ?")
			.param(slug)
			.query(JdbcWorkspaces::map)
			.optional();
	}

	@Override
	public List<Workspace> all() {
		return this.jdbc.sql("SELECT * FROM workspaces ORDER BY name").query(JdbcWorkspaces::map).list();
	}

	/** Every workspace with its number of users, for the operators' page. */
	List<WorkspaceProvisioning.Summary> summaries() {
		return this.jdbc
			.sql("SELECT w.*, (SELECT COUNT(*) FROM workspace_users u WHERE u.workspace_id = w.id) AS users "
					+ "FROM workspaces w ORDER BY w.created_at DESC, w.name")
			.query((rs, row) -> new WorkspaceProvisioning.Summary(map(rs, row), rs.getInt("users")))
			.list();
	}

	boolean none() {
		return this.jdbc.sql("SELECT COUNT(*) FROM (SELECT 1 FROM workspaces FETCH FIRST 1 ROWS ONLY) w")
			.query(Integer.class)
			.single() == 0;
	}

	@Override
	public Optional<Workspace> demo() {
		return this.jdbc.sql("SELECT * FROM workspaces WHERE demo = TRUE ORDER BY created_at")
			.query(JdbcWorkspaces::map)
			.list()
			.stream()
			.findFirst();
	}

	@Override
	@Transactional
	public Workspace create(NewWorkspace request) {
		if (!request.slug().matches("[a-z0-9][a-z0-9-]{1,78}")) {
			throw new IllegalArgumentException("slug must be lowercase letters, digits and dashes: " + request.slug());
		}
		ZoneId zone = ZoneId.of(request.timeZone());
		Workspace workspace = new Workspace(UUID.randomUUID(), request.slug(), request.name(),
				Locale.forLanguageTag(request.locale()), zone, request.privacyLevel(), request.demo(),
				Instant.now().truncatedTo(ChronoUnit.MICROS));
		this.jdbc
			.sql("INSERT INTO workspaces (id, slug, name, locale, time_zone, privacy_level, demo, created_at) "
					+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(workspace.id(), workspace.slug(), workspace.name(), workspace.locale().toLanguageTag(),
					zone.getId(), workspace.privacyLevel().code(), workspace.demo(), utc(workspace.createdAt()))
			.update();
		this.events.publishEvent(new WorkspaceCreated(workspace.id(), workspace.demo()));
		return workspace;
	}

	void update(UUID id, String name, String locale, String timeZone, PrivacyLevel privacyLevel) {
		this.jdbc.sql("UPDATE workspaces SET name = ?, locale = ?, time_zone = ?, privacy_level = ? WHERE id = ?")
			.params(name, locale, ZoneId.of(timeZone).getId(), privacyLevel.code(), id)
			.update();
	}

	static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	static Workspace map(ResultSet rs, int row) throws SQLException {
		return new Workspace(rs.getObject("id", UUID.class), rs.getString("slug"), rs.getString("name"),
				Locale.forLanguageTag(rs.getString("locale")), ZoneId.of(rs.getString("time_zone")),
				PrivacyLevel.fromCode(rs.getString("privacy_level")), rs.getBoolean("demo"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant());
	}

}

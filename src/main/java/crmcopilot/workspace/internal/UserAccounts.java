package crmcopilot.workspace.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import crmcopilot.shared.InvalidInputException;
import crmcopilot.workspace.Role;
import crmcopilot.workspace.WorkspaceUser;
import crmcopilot.workspace.WorkspaceUsers;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import static crmcopilot.workspace.internal.JdbcWorkspaces.utc;

@Service
class UserAccounts implements WorkspaceUsers {

	static final int MIN_PASSWORD_LENGTH = 8;

	private final JdbcClient jdbc;

	private final PasswordEncoder passwordEncoder;

	UserAccounts(JdbcClient jdbc, PasswordEncoder passwordEncoder) {
		this.jdbc = jdbc;
		this.passwordEncoder = passwordEncoder;
	}

	Optional<UserAccount> findByEmail(String email) {
		return this.jdbc.sql("SELECT * FROM workspace_users WHERE email = ?")
			.param(normalise(email))
			.query(UserAccounts::map)
			.optional();
	}

	@Override
	public List<WorkspaceUser> list(UUID workspaceId) {
		return this.jdbc.sql("SELECT * FROM workspace_users WHERE workspace_id = ? ORDER BY display_name")
			.param(workspaceId)
			.query(UserAccounts::map)
			.list()
			.stream()
			.map(UserAccount::toUser)
			.toList();
	}

	@Override
	public Optional<WorkspaceUser> find(UUID workspaceId, UUID userId) {
		return account(workspaceId, userId).map(UserAccount::toUser);
	}

	Optional<UserAccount> account(UUID workspaceId, UUID userId) {
		return this.jdbc.sql("SELECT * FROM workspace_users WHERE workspace_id = ? AND id = ?")
			.params(workspaceId, userId)
			.query(UserAccounts::map)
			.optional();
	}

	@Override
	public WorkspaceUser create(UUID workspaceId, String email, String displayName, Role role,
			@Nullable String password) {
		String normalised = normalise(email);
		if (!normalised.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			throw new InvalidInputException("email", "workspace.error.email-invalid", new Object[] { email },
					"invalid email: " + email);
		}
		if (findByEmail(normalised).isPresent()) {
			throw new InvalidInputException("email", "workspace.error.email-taken", new Object[] { normalised },
					"a user with this email already exists: " + normalised);
		}
		String hash = (password != null) ? this.passwordEncoder.encode(checkedPassword(password)) : null;
		UUID id = UUID.randomUUID();
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		this.jdbc
			.sql("INSERT INTO workspace_users (id, workspace_id, email, display_name, password_hash, role, enabled, "
					+ "created_at) VALUES (?, ?, ?, ?, ?, ?, TRUE, ?)")
			.params(id, workspaceId, normalised, displayName, hash, role.name(), utc(now))
			.update();
		return new WorkspaceUser(id, workspaceId, normalised, displayName, role, true, now, null);
	}

	void changePassword(UUID userId, String newPassword) {
		this.jdbc.sql("UPDATE workspace_users SET password_hash = ? WHERE id = ?")
			.params(this.passwordEncoder.encode(checkedPassword(newPassword)), userId)
			.update();
	}

	boolean passwordMatches(UUID userId, String password) {
		String hash = this.jdbc.sql("SELECT password_hash FROM workspace_users WHERE id = ?")
			.param(userId)
			.query(String.class)
			.optional()
			.orElse(null);
		return hash != null && this.passwordEncoder.matches(password, hash);
	}

	boolean update(UUID workspaceId, UUID userId, String displayName, Role role, boolean enabled) {
		return this.jdbc
			.sql("UPDATE workspace_users SET display_name = ?, role = ?, enabled = ? "
					+ "WHERE workspace_id = ? AND id = ?")
			.params(displayName, role.name(), enabled, workspaceId, userId)
			.update() == 1;
	}

	void recordSuccess(String email) {
		this.jdbc.sql("UPDATE workspace_users SET last_login_at = ? WHERE email = ?")
			.params(utc(Instant.now()), normalise(email))
			.update();
	}

	static String checkedPassword(String password) {
		if (password.length() < MIN_PASSWORD_LENGTH) {
			throw new InvalidInputException("password", "workspace.error.password-length",
					new Object[] { MIN_PASSWORD_LENGTH },
					"the password must have at least " + MIN_PASSWORD_LENGTH + " characters");
		}
		return password;
	}

	static String normalise(String email) {
		return email.trim().toLowerCase(Locale.ROOT);
	}

	static UserAccount map(ResultSet rs, int row) throws SQLException {
		OffsetDateTime lastLogin = rs.getObject("last_login_at", OffsetDateTime.class);
		return new UserAccount(rs.getObject("id", UUID.class), rs.getObject("workspace_id", UUID.class),
				rs.getString("email"), rs.getString("display_name"), rs.getString("password_hash"),
				Role.valueOf(rs.getString("role")), rs.getBoolean("enabled"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				(lastLogin != null) ? lastLogin.toInstant() : null);
	}

}

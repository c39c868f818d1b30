package crmcopilot.workspace.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import crmcopilot.shared.InvalidInputException;
import crmcopilot.workspace.Caller;
import crmcopilot.workspace.PrivacyLevel;
import crmcopilot.workspace.Role;
import crmcopilot.workspace.Workspace;
import crmcopilot.workspace.WorkspaceUser;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrative actions behind the admin pages. Each one is scoped to the caller's
 * workspace and announced as an {@link AdminActionPerformed} event for the journal.
 */
@Service
public class AccountService {

	public static final int MIN_PASSWORD_LENGTH = UserAccounts.MIN_PASSWORD_LENGTH;

	private final UserAccounts users;

	private final ApiTokens tokens;

	private final JdbcWorkspaces workspaces;

	private final ApplicationEventPublisher events;

	private final UserSessions sessions;

	AccountService(UserAccounts users, ApiTokens tokens, JdbcWorkspaces workspaces, ApplicationEventPublisher events,
			UserSessions sessions) {
		this.users = users;
		this.tokens = tokens;
		this.workspaces = workspaces;
		this.events = events;
		this.sessions = sessions;
	}

	public List<WorkspaceUser> users(Caller caller) {
		return this.users.list(caller.workspaceId());
	}

	@Transactional
	public WorkspaceUser createUser(Caller caller, String email, String displayName, Role role,
			@Nullable String password) {
		WorkspaceUser user = this.users.create(caller.workspaceId(), email, displayName, role,
				(password == null || password.isBlank()) ? null : password);
		announce(caller, "workspace.user.created", "user", user.id(),
				Map.of("email", user.email(), "role", role.name()));
		return user;
	}

	/**
	 * Changes a user's name, role and access; a new role or a disabled account ends the
	 * user's sessions, so the next request signs in again under the new rights.
	 */
	@Transactional
	public boolean updateUser(Caller caller, UUID userId, String displayName, Role role, boolean enabled) {
		if (userId.equals(caller.userId()) && (!enabled || role != caller.role())) {
			throw new InvalidInputException("role", "workspace.error.self-change", new Object[0],
					"you cannot disable yourself or change your own role");
		}
		Optional<UserAccount> before = this.users.account(caller.workspaceId(), userId);
		boolean updated = this.users.update(caller.workspaceId(), userId, displayName, role, enabled);
		if (updated) {
			announce(caller, "workspace.user.updated", "user", userId, Map.of("role", role.name(), "enabled", enabled));
			before.filter((account) -> account.role() != role || !enabled)
				.ifPresent((account) -> this.sessions.endAll(account.email()));
		}
		return updated;
	}

	/**
	 * Changes the caller's password and ends the caller's other sessions.
	 * @return false when {@code currentPassword} is wrong
	 * @throws IllegalArgumentException when the new password is shorter than
	 * {@link #MIN_PASSWORD_LENGTH}
	 */
	@Transactional
	public boolean changeOwnPassword(Caller caller, String currentPassword, String newPassword) {
		UUID userId = caller.userId();
		if (userId == null) {
			throw new InvalidInputException("currentPassword", "workspace.error.token-password", new Object[0],
					"an API token has no password");
		}
		if (!this.users.passwordMatches(userId, currentPassword)) {
			return false;
		}
		this.users.changePassword(userId, newPassword);
		if (caller.email() != null) {
			this.sessions.endOthers(caller.email());
		}
		announce(caller, "workspace.password.changed", "user", userId, Map.of());
		return true;
	}

	public List<ApiTokenView> tokens(Caller caller) {
		return this.tokens.list(caller.workspaceId()).stream().map(ApiTokenView::of).toList();
	}

	@Transactional
	public IssuedToken issueToken(Caller caller, String name, Role role, @Nullable Instant expiresAt) {
		ApiTokens.Issued issued = this.tokens.issue(caller.workspaceId(), name, role, caller.actor(), expiresAt);
		announce(caller, "workspace.token.created", "api-token", issued.token().id(),
				Map.of("name", name, "role", role.name()));
		return new IssuedToken(ApiTokenView.of(issued.token()), issued.value());
	}

	@Transactional
	public boolean revokeToken(Caller caller, UUID tokenId) {
		boolean revoked = this.tokens.revoke(caller.workspaceId(), tokenId);
		if (revoked) {
			announce(caller, "workspace.token.revoked", "api-token", tokenId, Map.of());
		}
		return revoked;
	}

	public Workspace workspace(Caller caller) {
		return this.workspaces.find(caller.workspaceId()).orElseThrow();
	}

	@Transactional
	public void updateWorkspace(Caller caller, String name, String locale, String timeZone, PrivacyLevel privacy) {
		if (name.isBlank()) {
			throw new InvalidInputException("name", "workspace.error.workspace-name", new Object[0],
					"the workspace needs a name");
		}
		this.workspaces.update(caller.workspaceId(), name.trim(), locale, timeZone, privacy);
		announce(caller, "workspace.settings.changed", "workspace", caller.workspaceId(),
				Map.of("name", name.trim(), "locale", locale, "timeZone", timeZone, "privacyLevel", privacy.code()));
	}

	private void announce(Caller caller, String action, String objectType, UUID objectId, Map<String, ?> details) {
		this.events.publishEvent(new crmcopilot.workspace.AdminActionPerformed(caller.workspaceId(), caller.actor(),
				caller.isToken() ? "token" : "user", action, objectType, objectId.toString(), details));
	}

	/** A token as the admin page shows it: never its value. */
	public record ApiTokenView(UUID id, String name, String hint, Role role, String createdBy, Instant createdAt,
			@Nullable Instant lastUsedAt, @Nullable Instant expiresAt, @Nullable Instant revokedAt) {

		static ApiTokenView of(ApiToken token) {
			return new ApiTokenView(token.id(), token.name(), token.tokenHint(), token.role(), token.createdBy(),
					token.createdAt(), token.lastUsedAt(), token.expiresAt(), token.revokedAt());
		}

		public boolean active() {
			return this.revokedAt == null && (this.expiresAt == null || this.expiresAt.isAfter(Instant.now()));
		}

	}

	/** A new token with its value, shown once. */
	public record IssuedToken(ApiTokenView token, String value) {
	}

}

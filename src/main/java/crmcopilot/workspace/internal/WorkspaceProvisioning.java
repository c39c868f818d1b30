package crmcopilot.workspace.internal;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import crmcopilot.shared.InvalidInputException;
import crmcopilot.workspace.PrivacyLevel;
import crmcopilot.workspace.Role;
import crmcopilot.workspace.Workspace;
import crmcopilot.workspace.WorkspaceSettings;
import crmcopilot.workspace.Workspaces;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates a merchant's workspace outside the demo: through the set-up page of a fresh
 * install, the bootstrap token, or an operator. The copilots add their defaults on the
 * {@link crmcopilot.workspace.WorkspaceCreated} event.
 */
@Service
public class WorkspaceProvisioning {

	static final Set<String> LOCALES = Set.of("fr", "en");

	static final String CURRENCY_KEY = "workspace.currency";

	private final JdbcWorkspaces workspaces;

	private final WorkspaceSettings settings;

	private final ApiTokens tokens;

	private final UserAccounts users;

	WorkspaceProvisioning(JdbcWorkspaces workspaces, WorkspaceSettings settings, ApiTokens tokens, UserAccounts users) {
		this.workspaces = workspaces;
		this.settings = settings;
		this.tokens = tokens;
		this.users = users;
	}

	/** What a merchant's workspace starts with. */
	public record Merchant(String name, String locale, String timeZone, String currency) {

	}

	/** The workspace and its first ADMIN token, shown once. */
	public record Provisioned(Workspace workspace, String adminToken) {

	}

	/** A workspace as the operators' page lists it. */
	public record Summary(Workspace workspace, int users) {

	}

	/** Every workspace, newest first, with its number of users. */
	public java.util.List<Summary> summaries() {
		return this.workspaces.summaries();
	}

	/** Whether no workspace exists yet: a fresh install without the demo. */
	public boolean freshInstall() {
		return this.workspaces.none();
	}

	/** A workspace and its first administrator (the set-up page of a fresh install). */
	@Transactional
	public Workspace createWithAdministrator(Merchant merchant, String email, String password) {
		Workspace workspace = create(merchant);
		this.users.create(workspace.id(), email, email, Role.ADMIN, password);
		return workspace;
	}

	/** A workspace and a new ADMIN token (an operator's request). */
	@Transactional
	public Provisioned createWithToken(Merchant merchant, String createdBy) {
		Workspace workspace = create(merchant);
		ApiTokens.Issued issued = this.tokens.issue(workspace.id(), "admin", Role.ADMIN, createdBy, null);
		return new Provisioned(workspace, issued.value());
	}

	/** A workspace whose ADMIN token is the given value (the bootstrap of automation). */
	@Transactional
	Workspace createWithTokenValue(Merchant merchant, String tokenValue) {
		Workspace workspace = create(merchant);
		this.tokens.store(workspace.id(), "bootstrap", Role.ADMIN, "system", null, tokenValue);
		return workspace;
	}

	private Workspace create(Merchant merchant) {
		String name = merchant.name().strip();
		if (name.isEmpty() || name.length() > 200) {
			throw new InvalidInputException("name", "workspace.error.workspace-name", new Object[0],
					"the workspace needs a name of at most 200 characters");
		}
		if (!LOCALES.contains(merchant.locale())) {
			throw new InvalidInputException("locale", "workspace.error.language", new Object[] { merchant.locale() },
					"unknown language: " + merchant.locale());
		}
		try {
			ZoneId.of(merchant.timeZone());
		}
		catch (DateTimeException ex) {
			throw new InvalidInputException("timeZone", "workspace.error.timezone",
					new Object[] { merchant.timeZone() }, "unknown time zone: " + merchant.timeZone());
		}
		String currency = merchant.currency().strip().toUpperCase(Locale.ROOT);
		try {
			Currency.getInstance(currency);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("currency", "workspace.error.currency", new Object[] { currency },
					"unknown currency: " + currency);
		}
		Workspace workspace = this.workspaces.create(new Workspaces.NewWorkspace(freeSlug(name), name,
				merchant.locale(), merchant.timeZone(), PrivacyLevel.PRIVATE, false));
		this.settings.put(workspace.id(), CURRENCY_KEY, currency);
		return workspace;
	}

	private String freeSlug(String name) {
		String slug = Normalizer.normalize(name, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("^-+|-+$", "");
		if (slug.length() > 60) {
			slug = slug.substring(0, 60).replaceAll("-+$", "");
		}
		if (slug.length() < 2) {
			slug = "workspace";
		}
		while (this.workspaces.findBySlug(slug).isPresent()) {
			slug = slug.replaceAll("-[0-9a-f]{6}$", "") + "-" + UUID.randomUUID().toString().substring(0, 6);
		}
		return slug;
	}

}

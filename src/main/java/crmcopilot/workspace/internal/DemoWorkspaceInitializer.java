package crmcopilot.workspace.internal;

import java.util.UUID;

import crmcopilot.workspace.PrivacyLevel;
import crmcopilot.workspace.Role;
import crmcopilot.workspace.Workspace;
import crmcopilot.workspace.Workspaces;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On first start, creates the demo workspace "Maison Démo" with one user per role, then
 * guarantees the bootstrap API token: in the demo workspace, or without the demo in a
 * workspace created once for it ({@link BootstrapProperties}). Other modules add their
 * demo data on {@link crmcopilot.workspace.WorkspaceCreated}.
 */
@Component
@Order(0)
class DemoWorkspaceInitializer implements ApplicationRunner {

	static final String DEMO_SLUG = "maison-demo";

	static final String DEMO_DOMAIN = "maison-demo.fr";

	private static final Logger log = LoggerFactory.getLogger(DemoWorkspaceInitializer.class);

	private final Workspaces workspaces;

	private final UserAccounts users;

	private final ApiTokens tokens;

	private final DemoProperties demo;

	private final SecurityProperties security;

	private final TransactionTemplate transactions;

	private final WorkspaceProvisioning provisioning;

	private final BootstrapProperties bootstrap;

	DemoWorkspaceInitializer(Workspaces workspaces, UserAccounts users, ApiTokens tokens, DemoProperties demo,
			SecurityProperties security, TransactionTemplate transactions, WorkspaceProvisioning provisioning,
			BootstrapProperties bootstrap) {
		this.provisioning = provisioning;
		this.bootstrap = bootstrap;
		this.workspaces = workspaces;
		this.users = users;
		this.tokens = tokens;
		this.demo = demo;
		this.security = security;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.demo.enabled() && this.workspaces.findBySlug(DEMO_SLUG).isEmpty()) {
			this.transactions.executeWithoutResult((status) -> createDemo());
		}
		String bootstrap = this.security.bootstrapToken();
		if (bootstrap == null || bootstrap.isBlank()) {
			return;
		}
		if (this.demo.enabled()) {
			this.workspaces.findBySlug(DEMO_SLUG).ifPresent((workspace) -> ensureBootstrapToken(workspace, bootstrap));
		}
		else if (this.tokens.findByValue(bootstrap).isEmpty()) {
			Workspace workspace = this.provisioning.createWithTokenValue(this.bootstrap.merchant(), bootstrap);
			log.info("Workspace '{}' created for the bootstrap API token", workspace.name());
		}
	}

	private void createDemo() {
		Workspace workspace = this.workspaces.create(new Workspaces.NewWorkspace(DEMO_SLUG, "Maison Démo", "fr",
				"Europe/Paris", PrivacyLevel.PRIVATE, true));
		UUID id = workspace.id();
		for (Role role : Role.values()) {
			String name = role.name().toLowerCase();
			this.users.create(id, name + "@" + DEMO_DOMAIN, displayName(role), role, this.demo.password());
		}
		log.info("Demo workspace '{}' created with one user per role ({}@{} ...)", workspace.name(), "admin",
				DEMO_DOMAIN);
	}

	private void ensureBootstrapToken(Workspace workspace, String value) {
		if (this.tokens.findByValue(value).isEmpty()) {
			this.tokens.store(workspace.id(), "bootstrap", Role.ADMIN, "system", null, value);
			log.info("Bootstrap API token created for workspace '{}'", workspace.name());
		}
	}

	private static String displayName(Role role) {
		return switch (role) {
			case ADMIN -> "Alice Admin";
			case MANAGER -> "Marc Manager";
			case AGENT -> "Awa Agent";
			case SHOPPER -> "Sophie Shopper";
			case VIEWER -> "Victor Viewer";
			case OPS -> "Omar Ops";
		};
	}

}

package crmcopilot.crm.accounts;

import crmcopilot.crm.AccountPermissions;
import crmcopilot.web.NavigationItem;
import crmcopilot.workspace.PermissionGrants;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static crmcopilot.workspace.Role.ADMIN;
import static crmcopilot.workspace.Role.AGENT;
import static crmcopilot.workspace.Role.MANAGER;
import static crmcopilot.workspace.Role.VIEWER;

@Configuration(proxyBeanMethods = false)
class AccountsConfiguration {

	@Bean
	PermissionGrants crmAccountsPermissions() {
		return PermissionGrants.of("crm")
			.grant(AccountPermissions.VIEW, ADMIN, MANAGER, AGENT, VIEWER)
			.grant(AccountPermissions.EDIT, ADMIN, MANAGER, AGENT);
	}

	@Bean
	NavigationItem crmAccountsNavigation() {
		return new NavigationItem("nav.crmAccounts", "/crm/accounts", AccountPermissions.VIEW, 210);
	}

}

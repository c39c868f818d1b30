package crmcopilot.crm.accounts;

import java.util.UUID;

import crmcopilot.crm.Account;
import crmcopilot.crm.AccountDirectory;
import crmcopilot.crm.internal.CrmPermissions;
import crmcopilot.shared.NotFoundException;
import crmcopilot.shared.PageQuery;
import crmcopilot.workspace.Caller;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Local CRM pages: accounts (list, search, detail), contacts and opportunities lists. */
@Controller
@RequestMapping("/crm")
@PreAuthorize("hasAuthority('" + CrmPermissions.VIEW + "')")
class AccountPagesController {

	static final String ACCOUNTS = "crm/accounts";

	static final String ACCOUNT = "crm/accountDetail";

	static final String CONTACTS = "crm/contacts";

	static final String OPPORTUNITIES = "crm/opportunities";

	private final AccountDirectory directory;

	AccountPagesController(AccountDirectory directory) {
		this.directory = directory;
	}

	@GetMapping("/accounts")
	String accounts(Caller caller, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable Integer page, Model model) {
		model.addAttribute("accounts", this.directory.accounts(caller.workspaceId(), q, PageQuery.of(page, 50)));
		model.addAttribute("q", q);
		return ACCOUNTS;
	}

	@GetMapping("/accounts/{id}")
	String account(Caller caller, @PathVariable UUID id, Model model) {
		Account account = this.directory.account(caller.workspaceId(), id)
			.orElseThrow(() -> new NotFoundException("account"));
		model.addAttribute("account", account);
		model.addAttribute("contacts", this.directory.contactsOf(caller.workspaceId(), id));
		model.addAttribute("opportunities", this.directory.opportunitiesOf(caller.workspaceId(), id));
		return ACCOUNT;
	}

	@GetMapping("/contacts")
	String contacts(Caller caller, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable Integer page, Model model) {
		model.addAttribute("contacts", this.directory.contacts(caller.workspaceId(), q, PageQuery.of(page, 50)));
		model.addAttribute("q", q);
		return CONTACTS;
	}

	@GetMapping("/opportunities")
	String opportunities(Caller caller, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable Integer page, Model model) {
		model.addAttribute("opportunities",
				this.directory.opportunities(caller.workspaceId(), q, PageQuery.of(page, 50)));
		model.addAttribute("q", q);
		return OPPORTUNITIES;
	}

}

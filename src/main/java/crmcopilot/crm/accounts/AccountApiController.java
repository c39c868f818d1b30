package crmcopilot.crm.accounts;

import java.util.UUID;

import crmcopilot.crm.Account;
import crmcopilot.crm.AccountDirectory;
import crmcopilot.crm.Contact;
import crmcopilot.crm.Opportunity;
import crmcopilot.crm.internal.CrmPermissions;
import crmcopilot.shared.NotFoundException;
import crmcopilot.shared.PageQuery;
import crmcopilot.shared.PageResponse;
import crmcopilot.workspace.Caller;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** REST API of the local CRM: accounts, contacts, opportunities. */
@RestController
@RequestMapping("/api/v1/crm")
class AccountApiController {

	private final AccountDirectory directory;

	AccountApiController(AccountDirectory directory) {
		this.directory = directory;
	}

	@GetMapping("/accounts")
	@PreAuthorize("hasAuthority('" + CrmPermissions.VIEW + "')")
	PageResponse<Account> accounts(Caller caller, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return this.directory.accounts(caller.workspaceId(), q, PageQuery.of(page, size));
	}

	@GetMapping("/accounts/{id}")
	@PreAuthorize("hasAuthority('" + CrmPermissions.VIEW + "')")
	Account account(Caller caller, @PathVariable UUID id) {
		return this.directory.account(caller.workspaceId(), id).orElseThrow(() -> new NotFoundException("account"));
	}

	@PostMapping("/accounts")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('" + CrmPermissions.EDIT + "')")
	Account createAccount(Caller caller, @Valid @RequestBody AccountDirectory.NewAccount account) {
		return this.directory.createAccount(caller.workspaceId(), account);
	}

	@GetMapping("/contacts")
	@PreAuthorize("hasAuthority('" + CrmPermissions.VIEW + "')")
	PageResponse<Contact> contacts(Caller caller, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return this.directory.contacts(caller.workspaceId(), q, PageQuery.of(page, size));
	}

	@GetMapping("/contacts/{id}")
	@PreAuthorize("hasAuthority('" + CrmPermissions.VIEW + "')")
	Contact contact(Caller caller, @PathVariable UUID id) {
		return this.directory.contact(caller.workspaceId(), id).orElseThrow(() -> new NotFoundException("contact"));
	}

	@GetMapping("/opportunities")
	@PreAuthorize("hasAuthority('" + CrmPermissions.VIEW + "')")
	PageResponse<Opportunity> opportunities(Caller caller, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return this.directory.opportunities(caller.workspaceId(), q, PageQuery.of(page, size));
	}

	@GetMapping("/opportunities/{id}")
	@PreAuthorize("hasAuthority('" + CrmPermissions.VIEW + "')")
	Opportunity opportunity(Caller caller, @PathVariable UUID id) {
		return this.directory.opportunity(caller.workspaceId(), id)
			.orElseThrow(() -> new NotFoundException("opportunity"));
	}

}

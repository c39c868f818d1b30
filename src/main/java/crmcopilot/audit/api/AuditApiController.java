package crmcopilot.audit.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import crmcopilot.audit.AuditEntry;
import crmcopilot.audit.AuditJournal;
import crmcopilot.audit.internal.AuditPermissions;
import crmcopilot.audit.Consent;
import crmcopilot.audit.Consents;
import crmcopilot.shared.PageQuery;
import crmcopilot.shared.PageResponse;
import crmcopilot.workspace.Caller;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/audit")
class AuditApiController {

	private final AuditJournal journal;

	private final Consents consents;

	AuditApiController(AuditJournal journal, Consents consents) {
		this.journal = journal;
		this.consents = consents;
	}

	@GetMapping("/entries")
	@PreAuthorize("hasAuthority('" + AuditPermissions.VIEW + "')")
	PageResponse<AuditEntry> entries(Caller caller, @RequestParam(required = false) @Nullable String actor,
			@RequestParam(required = false) @Nullable String action,
			@RequestParam(required = false) @Nullable String object,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return this.journal.search(caller.workspaceId(), new AuditJournal.Filter(actor, action, object, null, null),
				PageQuery.of(page, size));
	}

	record ConsentRequest(@NotBlank @Size(max = 254) String subject, @NotBlank @Size(max = 80) String purpose,
			@NotNull Boolean granted, @NotBlank @Size(max = 120) String source) {
	}

	@PostMapping("/consents")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('" + AuditPermissions.CONSENTS_RECORD + "')")
	Consent recordConsent(Caller caller, @Valid @RequestBody ConsentRequest request) {
		return this.consents.record(caller.workspaceId(), request.subject(), request.purpose(), request.granted(),
				request.source());
	}

	@GetMapping("/consents")
	@PreAuthorize("hasAuthority('" + AuditPermissions.VIEW + "')")
	List<Consent> consents(Caller caller, @RequestParam String subject) {
		return this.consents.history(caller.workspaceId(), subject);
	}

}

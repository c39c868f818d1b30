package crmcopilot.audit.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

import crmcopilot.audit.AuditEntry;
import crmcopilot.audit.AuditJournal;
import crmcopilot.audit.internal.AuditPermissions;
import crmcopilot.shared.PageQuery;
import crmcopilot.shared.PageResponse;
import crmcopilot.workspace.Caller;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The journal page: filters by actor, action, object and dates; CSV export. */
@Controller
@RequestMapping("/audit")
@PreAuthorize("hasAuthority('" + AuditPermissions.VIEW + "')")
class JournalController {

	static final String VIEW = "audit/journal";

	private static final int EXPORT_PAGE = 200;

	private final AuditJournal journal;

	JournalController(AuditJournal journal) {
		this.journal = journal;
	}

	@GetMapping
	String journal(Caller caller, @RequestParam(required = false) @Nullable String actor,
			@RequestParam(required = false) @Nullable String action,
			@RequestParam(required = false) @Nullable String object,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable Integer page, Model model) {
		AuditJournal.Filter filter = filter(actor, action, object, from, to);
		model.addAttribute("entries", this.journal.search(caller.workspaceId(), filter, PageQuery.of(page, 50)));
		model.addAttribute("actor", actor);
		model.addAttribute("action", action);
		model.addAttribute("object", object);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		return VIEW;
	}

	@GetMapping("/export.csv")
	void export(Caller caller, @RequestParam(required = false) @Nullable String actor,
			@RequestParam(required = false) @Nullable String action,
			@RequestParam(required = false) @Nullable String object,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			HttpServletResponse response) throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"audit-journal.csv\"");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		AuditJournal.Filter filter = filter(actor, action, object, from, to);
		Writer writer = response.getWriter();
		try (CSVPrinter csv = CSVFormat.DEFAULT.builder()
			.setHeader("seq", "occurred_at", "actor", "actor_type", "action", "object_type", "object_id", "reason",
					"details", "hash")
			.get()
			.print(writer)) {
			int pageNumber = 0;
			PageResponse<AuditEntry> page;
			do {
				page = this.journal.search(caller.workspaceId(), filter, new PageQuery(pageNumber++, EXPORT_PAGE));
				for (AuditEntry e : page.items()) {
					csv.printRecord(e.seq(), e.occurredAt(), e.actor(), e.actorType(), e.action(), e.objectType(),
							e.objectId(), e.reason(), e.details(), e.hash());
				}
			}
			while (page.hasNext());
		}
	}

	private static AuditJournal.Filter filter(@Nullable String actor, @Nullable String action, @Nullable String object,
			@Nullable LocalDate from, @Nullable LocalDate to) {
		return new AuditJournal.Filter(actor, action, object, startOf(from),
				(to != null) ? startOf(to.plusDays(1)) : null);
	}

	private static @Nullable Instant startOf(@Nullable LocalDate date) {
		return (date != null) ? date.atStartOfDay(ZoneId.of("UTC")).toInstant() : null;
	}

}

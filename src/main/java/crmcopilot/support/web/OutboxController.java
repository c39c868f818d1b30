package crmcopilot.support.web;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import crmcopilot.audit.AuditEvent;
import crmcopilot.audit.AuditJournal;
import crmcopilot.support.SupportPermissions;
import crmcopilot.support.internal.Outbox;
import crmcopilot.support.internal.OutboxDelivery;
import crmcopilot.shared.InvalidInputException;
import crmcopilot.shared.NotFoundException;
import crmcopilot.shared.PageQuery;
import crmcopilot.workspace.Caller;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The outbox page: outgoing mail, SMS and webhook calls with their status, attempts, last
 * error and next attempt; a failed one can be retried at once (journalled).
 */
@Controller
@RequestMapping("/support/outbox")
@PreAuthorize("hasAuthority('" + SupportPermissions.REPLY + "')")
class OutboxController {

	static final String VIEW = "support/outbox";

	private final Outbox outbox;

	private final OutboxDelivery delivery;

	private final AuditJournal journal;

	OutboxController(Outbox outbox, OutboxDelivery delivery, AuditJournal journal) {
		this.outbox = outbox;
		this.delivery = delivery;
		this.journal = journal;
	}

	@GetMapping
	String outbox(Caller caller, @RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable Integer page, Model model) {
		String filter = status(status);
		model.addAttribute("items", this.outbox.page(caller.workspaceId(), filter, PageQuery.of(page, 25)));
		model.addAttribute("status", (filter != null) ? filter : "");
		model.addAttribute("statuses", Outbox.STATUSES);
		model.addAttribute("counts", this.outbox.counts(caller.workspaceId()));
		return VIEW;
	}

	@PostMapping("/{id}/retry")
	String retry(Caller caller, @PathVariable UUID id, @RequestParam(required = false) @Nullable String status,
			RedirectAttributes redirect) {
		Outbox.Item item = this.outbox.find(caller.workspaceId(), id)
			.orElseThrow(() -> new NotFoundException("outbox item"));
		String back = "redirect:/support/outbox" + ((status(status) != null) ? "?status=" + status(status) : "");
		if (!item.failed()) {
			redirect.addFlashAttribute("error", "support.outbox.notFailed");
			return back;
		}
		Optional<Outbox.Item> after = this.delivery.retryNow(caller.workspaceId(), id);
		String outcome = after.map(Outbox.Item::status).orElse(item.status());
		this.journal
			.record(AuditEvent.of(caller.workspaceId(), "support.outbox.retried", "support-outbox", id.toString(), null,
					Map.of("kind", item.kind(), "previousAttempts", item.attempts(), "status", outcome)));
		redirect.addFlashAttribute("message",
				"SENT".equals(outcome) ? "support.outbox.retried.sent" : "support.outbox.retried.queued");
		return back;
	}

	private static @Nullable String status(@Nullable String status) {
		if (status == null || status.isBlank()) {
			return null;
		}
		String upper = status.strip().toUpperCase(Locale.ROOT);
		if (!Outbox.STATUSES.contains(upper)) {
			throw new InvalidInputException("status", "must be one of " + Outbox.STATUSES);
		}
		return upper;
	}

}

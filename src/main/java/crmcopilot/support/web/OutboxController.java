package crmcopilot.support.web;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import crmcopilot.audit.AuditEvent;
import crmcopilot.audit.AuditJournal;
import crmcopilot.support.internal.SupportPermissions;
import crmcopilot.shared.InvalidInputException;
import crmcopilot.shared.NotFoundException;
import crmcopilot.shared.PageQuery;
import crmcopilot.shared.outbox.Outbox;
import crmcopilot.shared.outbox.OutboxDrainer;
import crmcopilot.shared.outbox.OutboxItem;
import crmcopilot.shared.outbox.OutboxStatus;
import crmcopilot.support.internal.OutboxKinds;
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

	private static final List<String> STATUSES = Arrays.stream(OutboxStatus.values()).map(OutboxStatus::name).toList();

	private final OutboxDrainer drainer;

	private final AuditJournal journal;

	OutboxController(Outbox outbox, OutboxDrainer drainer, AuditJournal journal) {
		this.outbox = outbox;
		this.drainer = drainer;
		this.journal = journal;
	}

	@GetMapping
	String outbox(Caller caller, @RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable Integer page, Model model) {
		OutboxStatus filter = status(status);
		var items = this.outbox.page(caller.workspaceId(), OutboxKinds.ALL, filter, PageQuery.of(page, 25));
		model.addAttribute("items", items);
		Map<UUID, String> errorKeys = new HashMap<>();
		items.items().forEach((item) -> {
			String key = OutboxErrors.key(item.lastError());
			if (key != null) {
				errorKeys.put(item.id(), key);
			}
		});
		model.addAttribute("errorKeys", errorKeys);
		model.addAttribute("status", (filter != null) ? filter.name() : "");
		model.addAttribute("statuses", STATUSES);
		Map<String, Long> counts = new LinkedHashMap<>();
		STATUSES.forEach((name) -> counts.put(name, 0L));
		this.outbox.counts(caller.workspaceId(), OutboxKinds.ALL)
			.forEach((key, count) -> counts.put(key.name(), count));
		model.addAttribute("counts", counts);
		return VIEW;
	}

	@PostMapping("/{id}/retry")
	String retry(Caller caller, @PathVariable UUID id, @RequestParam(required = false) @Nullable String status,
			RedirectAttributes redirect) {
		OutboxItem item = this.outbox.find(caller.workspaceId(), id)
			.filter((found) -> OutboxKinds.ALL.contains(found.kind()))
			.orElseThrow(() -> new NotFoundException("outbox item"));
		String back = "redirect:/support/outbox" + ((status(status) != null) ? "?status=" + status(status) : "");
		if (!item.failed()) {
			redirect.addFlashAttribute("error", "support.outbox.notFailed");
			return back;
		}
		OutboxStatus outcome = item.status();
		if (this.outbox.requeue(caller.workspaceId(), id)) {
			outcome = this.drainer.deliverNow(caller.workspaceId(), id).map(OutboxItem::status).orElse(outcome);
		}
		this.journal
			.record(AuditEvent.of(caller.workspaceId(), "support.outbox.retried", "support-outbox", id.toString(), null,
					Map.of("kind", item.kind(), "previousAttempts", item.attempts(), "status", outcome.name())));
		redirect.addFlashAttribute("message",
				(outcome == OutboxStatus.SENT) ? "support.outbox.retried.sent" : "support.outbox.retried.queued");
		return back;
	}

	private static @Nullable OutboxStatus status(@Nullable String status) {
		if (status == null || status.isBlank()) {
			return null;
		}
		String upper = status.strip().toUpperCase(Locale.ROOT);
		if (!STATUSES.contains(upper)) {
			throw new InvalidInputException("status", "must be one of " + STATUSES);
		}
		return OutboxStatus.valueOf(upper);
	}

}

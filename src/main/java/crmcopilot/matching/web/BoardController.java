package crmcopilot.matching.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;

import crmcopilot.web.FormErrors;
import crmcopilot.matching.internal.BatchAssignments;
import crmcopilot.matching.internal.booking.Appointment;
import crmcopilot.matching.internal.booking.BookingStore;
import crmcopilot.matching.internal.booking.SessionFeedback;
import crmcopilot.matching.internal.ClientCase;
import crmcopilot.matching.internal.MatchingPermissions;
import crmcopilot.matching.internal.MatchingService;
import crmcopilot.matching.internal.MatchingSettings;
import crmcopilot.matching.internal.MatchingVocabulary;
import crmcopilot.matching.internal.ProfileFiles;
import crmcopilot.matching.internal.scoring.MatchWeights;
import crmcopilot.shared.InvalidInputException;
import crmcopilot.workspace.Caller;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The manager's assignment board: load per shopper, unassigned clients, optimal batch
 * assignment (optionally balanced) and manual re-assignment; clients CSV import/export.
 */
@Controller
@RequestMapping("/matching")
@PreAuthorize("hasAuthority('" + MatchingPermissions.MANAGE + "')")
class BoardController {

	static final String BOARD = "matching/board";

	private final MatchingService matching;

	private final MatchingSettings settings;

	private final MatchingVocabulary vocabulary;

	private final BatchAssignments batches;

	private final BookingStore bookings;

	BoardController(MatchingService matching, MatchingSettings settings, MatchingVocabulary vocabulary,
			BatchAssignments batches, BookingStore bookings, SessionFeedback feedback) {
		this.feedback = feedback;
		this.bookings = bookings;
		this.batches = batches;
		this.matching = matching;
		this.settings = settings;
		this.vocabulary = vocabulary;
	}

	private final SessionFeedback feedback;

	@GetMapping({ "", "/board" })
	String board(Caller caller, Model model) {
		List<ClientCase> clients = this.matching.clients(caller.workspaceId());
		model.addAttribute("shoppers", this.matching.shoppers(caller.workspaceId()));
		model.addAttribute("lists", this.vocabulary.lists(caller.workspaceId()));
		model.addAttribute("loads", this.matching.loads(caller.workspaceId()));
		List<ClientCase> unassigned = clients.stream().filter((c) -> c.shopperId() == null).toList();
		model.addAttribute("unassigned", unassigned);
		model.addAttribute("recommended", this.batches.recommendations(caller.workspaceId(), unassigned));
		model.addAttribute("assigned", clients.stream().filter((c) -> c.shopperId() != null).toList());
		ZoneId zone = this.batches.zone(caller.workspaceId());
		model.addAttribute("appointments",
				this.bookings.appointments(caller.workspaceId())
					.stream()
					.collect(Collectors.toMap(Appointment::clientId, (a) -> a.start().atZone(zone).toLocalDateTime())));
		model.addAttribute("outcomes",
				this.bookings.appointments(caller.workspaceId())
					.stream()
					.filter((a) -> a.outcome() != null)
					.collect(Collectors.toMap(Appointment::clientId, Appointment::outcome)));
		model.addAttribute("records", this.feedback.records(caller.workspaceId()));
		MatchWeights w = this.matching.weights(caller.workspaceId());
		model.addAttribute("weights",
				java.util.Map.of("style", w.style(), "goals", w.goals(), "lifeMoments", w.lifeMoments(), "morphology",
						w.morphology(), "budget", w.budget(), "distance", w.distance(), "semantic", w.semantic()));
		return BOARD;
	}

	@PostMapping("/weights")
	String saveWeights(Caller caller, @RequestParam double style, @RequestParam double goals,
			@RequestParam double lifeMoments, @RequestParam double morphology, @RequestParam double budget,
			@RequestParam double distance, @RequestParam double semantic, RedirectAttributes redirect) {
		try {
			this.matching.saveWeights(caller.workspaceId(),
					new MatchWeights(style, goals, lifeMoments, morphology, budget, distance, semantic));
			redirect.addFlashAttribute("message", "matching.weights.saved");
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("error", "matching.weights.invalid");
		}
		return "redirect:/matching/board";
	}

	@PostMapping("/board/assign-all")
	String assignAll(Caller caller, @RequestParam(defaultValue = "false") boolean balance,
			RedirectAttributes redirect) {
		BatchAssignments.BatchResult result = this.batches.assignPending(caller.workspaceId(),
				balance ? this.settings.balancePenalty() : 0, caller.actor());
		redirect.addFlashAttribute("batch", result);
		redirect.addFlashAttribute("message", "matching.board.batchDone");
		return "redirect:/matching/board";
	}

	@PostMapping("/board/assign")
	String assign(Caller caller, @RequestParam UUID clientId,
			@RequestParam(required = false) @Nullable String shopperId, RedirectAttributes redirect) {
		UUID shopper;
		try {
			shopper = (shopperId == null || shopperId.isBlank()) ? null : UUID.fromString(shopperId.trim());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("shopperId", "matching.board.error.shopperId", new Object[0],
					"not a shopper id");
		}
		try {
			this.matching.assign(caller.workspaceId(), clientId, shopper, caller.actor());
			redirect.addFlashAttribute("message", "matching.board.assigned.flash");
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("error", "matching.board.assignFailed");
		}
		return "redirect:/matching/board";
	}

	@GetMapping("/clients/export.csv")
	void exportClients(Caller caller, HttpServletResponse response) throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"clients.csv\"");
		ProfileFiles.writeClientsCsv(
				this.matching.clients(caller.workspaceId()).stream().map(ClientCase::request).toList(),
				response.getWriter());
	}

	@PostMapping("/clients/import")
	String importClients(Caller caller, @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		if (file == null) {
			throw new InvalidInputException("file", "matching.import.error.noFile", new Object[0],
					"a CSV file is required");
		}
		try (InputStream content = file.getInputStream()) {
			int count = this.matching.importClients(caller.workspaceId(), ProfileFiles.readClientsCsv(content));
			redirect.addFlashAttribute("message", "matching.import.done");
			redirect.addFlashAttribute("count", count);
		}
		catch (InvalidInputException ex) {
			FormErrors.flash(redirect, ex);
		}
		return "redirect:/matching/board";
	}

}

package crmcopilot.support.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import crmcopilot.support.InboundMessage;
import crmcopilot.support.SupportIntake;
import crmcopilot.shared.NotFoundException;
import crmcopilot.workspace.Workspace;
import crmcopilot.workspace.Workspaces;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public contact form of a workspace: no login, rate-limited per address, with a
 * honeypot field that people never see and robots fill.
 */
@Controller
@RequestMapping("/public/support/{slug}")
class ContactFormController {

	static final String VIEW = "support/contactForm";

	private static final int MAX_TRACKED = 10_000;

	private final Workspaces workspaces;

	private final SupportIntake intake;

	private final int limit;

	private final Duration window;

	private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

	ContactFormController(Workspaces workspaces, SupportIntake intake,
			@Value("${copilot.support.form-rate-limit:5}") int limit,
			@Value("${copilot.support.form-rate-window:10m}") Duration window) {
		this.workspaces = workspaces;
		this.intake = intake;
		this.limit = limit;
		this.window = window;
	}

	@GetMapping
	String form(@PathVariable String slug, @RequestParam(required = false) @Nullable String sent, Model model) {
		model.addAttribute("workspace", workspace(slug));
		model.addAttribute("sent", sent != null);
		return VIEW;
	}

	@PostMapping
	String submit(@PathVariable String slug, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String subject,
			@RequestParam(defaultValue = "") String message, @RequestParam(defaultValue = "") String website,
			HttpServletRequest request, Model model) {
		Workspace workspace = workspace(slug);
		if (!website.isEmpty()) {
			// a robot filled the honeypot: thank it and store nothing
			return "redirect:/public/support/" + slug + "?sent";
		}
		model.addAttribute("workspace", workspace);
		model.addAttribute("name", name);
		model.addAttribute("email", email);
		model.addAttribute("subject", subject);
		model.addAttribute("message", message);
		if (!email.matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$") || email.length() > 320) {
			model.addAttribute("error", "support.form.error.email");
			return VIEW;
		}
		if (message.isBlank() || message.length() > 20_000 || subject.length() > 300 || name.length() > 200) {
			model.addAttribute("error", "support.form.error.message");
			return VIEW;
		}
		if (!allow(workspace.slug() + "|" + request.getRemoteAddr())) {
			throw new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS);
		}
		Map<String, String> metadata = name.isBlank() ? Map.of() : Map.of("name", name.strip());
		this.intake.ingest(workspace.id(), new InboundMessage("form", email.strip(), subject.isBlank() ? null : subject,
				message, false, null, null, List.of(), null, metadata, List.of(), null));
		return "redirect:/public/support/" + slug + "?sent";
	}

	private boolean allow(String key) {
		Instant now = Instant.now();
		if (this.recent.size() > MAX_TRACKED) {
			this.recent.clear();
		}
		Deque<Instant> times = this.recent.computeIfAbsent(key, (k) -> new ArrayDeque<>());
		synchronized (times) {
			while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(this.window))) {
				times.pollFirst();
			}
			if (times.size() >= this.limit) {
				return false;
			}
			times.addLast(now);
			return true;
		}
	}

	private Workspace workspace(String slug) {
		return this.workspaces.findBySlug(slug).orElseThrow(() -> new NotFoundException("workspace"));
	}

}

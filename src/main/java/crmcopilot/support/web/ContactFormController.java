package crmcopilot.support.web;

import java.util.List;
import java.util.Map;

import crmcopilot.support.InboundMessage;
import crmcopilot.support.SupportIntake;
import crmcopilot.shared.NotFoundException;
import crmcopilot.shared.RateLimiter;
import crmcopilot.support.internal.SupportSettings;
import crmcopilot.workspace.Workspace;
import crmcopilot.workspace.Workspaces;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

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

	private final Workspaces workspaces;

	private final SupportIntake intake;

	private final RateLimiter limiter;

	private final SupportSettings settings;

	ContactFormController(Workspaces workspaces, SupportIntake intake, RateLimiter limiter, SupportSettings settings) {
		this.workspaces = workspaces;
		this.intake = intake;
		this.limiter = limiter;
		this.settings = settings;
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
		if (!this.limiter.tryAcquire("support-form|" + workspace.slug() + "|" + request.getRemoteAddr(),
				this.settings.formRateLimit(), this.settings.formRateWindow())) {
			throw new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS);
		}
		Map<String, String> metadata = name.isBlank() ? Map.of() : Map.of("name", name.strip());
		this.intake.ingest(workspace.id(), new InboundMessage("form", email.strip(), subject.isBlank() ? null : subject,
				message, false, null, null, List.of(), null, metadata, List.of(), null));
		return "redirect:/public/support/" + slug + "?sent";
	}

	private Workspace workspace(String slug) {
		return this.workspaces.findBySlug(slug).orElseThrow(() -> new NotFoundException("workspace"));
	}

}

package crmcopilot.support.web;

import crmcopilot.shared.NotFoundException;
import crmcopilot.shared.RateLimiter;
import crmcopilot.support.internal.SupportSettings;
import crmcopilot.support.internal.satisfaction.SatisfactionSurveys;
import crmcopilot.workspace.Workspace;
import crmcopilot.workspace.Workspaces;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The page a customer reaches from the rating link of a reply: no login, in the
 * merchant's language, one tap on a score from 1 to 5 (with an optional comment) records
 * the one answer the survey takes. Posts are rate-limited per address like the contact
 * form's.
 */
@Controller
@RequestMapping("/public/rate/{token}")
class RatingController {

	static final String VIEW = "support/rating";

	private final SatisfactionSurveys surveys;

	private final Workspaces workspaces;

	private final RateLimiter limiter;

	private final SupportSettings settings;

	private final LocaleResolver locales;

	RatingController(SatisfactionSurveys surveys, Workspaces workspaces, RateLimiter limiter, SupportSettings settings,
			LocaleResolver locales) {
		this.surveys = surveys;
		this.workspaces = workspaces;
		this.limiter = limiter;
		this.settings = settings;
		this.locales = locales;
	}

	@GetMapping
	String show(@PathVariable String token, HttpServletRequest request, HttpServletResponse response, Model model) {
		SatisfactionSurveys.Survey survey = survey(token);
		prepare(survey, token, request, response, model);
		model.addAttribute("state", survey.answered() ? "answered" : "open");
		return VIEW;
	}

	@PostMapping
	String answer(@PathVariable String token, @RequestParam(defaultValue = "0") int score,
			@RequestParam(defaultValue = "") String comment, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		SatisfactionSurveys.Survey survey = survey(token);
		if (!this.limiter.tryAcquire("support-rating|" + request.getRemoteAddr(), this.settings.formRateLimit(),
				this.settings.formRateWindow())) {
			throw new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS);
		}
		prepare(survey, token, request, response, model);
		if (score < 1 || score > 5 || comment.length() > 2000) {
			model.addAttribute("state", "open");
			model.addAttribute("comment", comment);
			model.addAttribute("error",
					(comment.length() > 2000) ? "support.rating.error.comment" : "support.rating.error.score");
			return VIEW;
		}
		model.addAttribute("state", this.surveys.answer(survey, score, comment) ? "thanks" : "answered");
		return VIEW;
	}

	private SatisfactionSurveys.Survey survey(String token) {
		return this.surveys.find(token).orElseThrow(() -> new NotFoundException("survey"));
	}

	/** The page speaks the merchant's language, whatever the customer's browser says. */
	private void prepare(SatisfactionSurveys.Survey survey, String token, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		Workspace workspace = this.workspaces.find(survey.workspaceId()).orElseThrow();
		this.locales.setLocale(request, response, workspace.locale());
		model.addAttribute("workspace", workspace);
		model.addAttribute("token", token);
	}

}

package crmcopilot.matching.web;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import crmcopilot.web.FormErrors;
import crmcopilot.matching.internal.MatchingPermissions;
import crmcopilot.matching.internal.MatchingVocabulary;
import crmcopilot.matching.internal.VocabularyLists;
import crmcopilot.matching.internal.VocabularyLists.Kind;
import crmcopilot.shared.InvalidInputException;
import crmcopilot.workspace.Caller;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The manager's page for the workspace's value lists (one entry per line: add, rename,
 * remove and order at once), currency, and whether client ratings change match scores.
 */
@Controller
@RequestMapping("/matching/settings")
@PreAuthorize("hasAuthority('" + MatchingPermissions.MANAGE + "')")
class VocabularySettingsController {

	static final String SETTINGS = "matching/settings";

	private final MatchingVocabulary vocabulary;

	VocabularySettingsController(MatchingVocabulary vocabulary) {
		this.vocabulary = vocabulary;
	}

	@GetMapping
	String initForm(Caller caller, Model model) {
		VocabularyLists lists = this.vocabulary.lists(caller.workspaceId());
		Map<String, String> texts = new java.util.LinkedHashMap<>();
		for (Kind kind : Kind.values()) {
			texts.put(kind.field(), String.join("\n", lists.of(kind)));
		}
		model.addAttribute("ratingsChangeScores", this.vocabulary.ratingsChangeScores(caller.workspaceId()));
		return page(texts, lists.currency(), model);
	}

	@PostMapping
	String processForm(Caller caller, @RequestParam Map<String, String> params, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Map<Kind, List<String>> lists = new EnumMap<>(Kind.class);
		Map<String, String> texts = new java.util.LinkedHashMap<>();
		for (Kind kind : Kind.values()) {
			String text = params.getOrDefault(kind.field(), "");
			texts.put(kind.field(), text);
			lists.put(kind, Arrays.asList(text.split("\\R")));
		}
		String currency = params.getOrDefault("currency", "");
		boolean ratingsChangeScores = params.containsKey("ratingsChangeScores");
		try {
			this.vocabulary.saveAll(caller.workspaceId(), lists, currency, caller.actor());
			this.vocabulary.saveRatingsChangeScores(caller.workspaceId(), ratingsChangeScores, caller.actor());
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("ratingsChangeScores", ratingsChangeScores);
			model.addAttribute("invalidField", ex.field());
			FormErrors.show(model, ex);
			return page(texts, currency, model);
		}
		redirect.addFlashAttribute("message", "matching.settings.saved");
		return "redirect:/matching/settings";
	}

	private static String page(Map<String, String> texts, String currency, Model model) {
		model.addAttribute("texts", texts);
		model.addAttribute("currency", currency);
		return SETTINGS;
	}

}

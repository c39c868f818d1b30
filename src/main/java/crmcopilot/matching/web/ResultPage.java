package crmcopilot.matching.web;

import java.util.List;

import crmcopilot.ai.AiGateway;
import crmcopilot.matching.internal.ClientCase;
import crmcopilot.matching.internal.ClientForm;
import crmcopilot.matching.internal.DemoProfiles;
import crmcopilot.matching.internal.MatchingService;
import crmcopilot.matching.internal.MatchingSettings;
import crmcopilot.matching.internal.MatchingVocabulary;
import crmcopilot.matching.internal.VocabularyLists;
import crmcopilot.matching.internal.scoring.Cities;
import crmcopilot.matching.internal.scoring.RankedShopper;
import crmcopilot.matching.internal.tasks.ExplainMatchTask;
import crmcopilot.workspace.Workspace;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the client's pages show: the ranked shoppers with the explanation of the best one,
 * and the form with the workspace's lists. Shared by the first visit and the return link.
 */
@Component
class ResultPage {

	static final String FORM = "matching/publicForm";

	static final String RESULT = "matching/publicResult";

	private final MatchingService matching;

	private final AiGateway gateway;

	private final ExplainMatchTask explainMatch;

	private final MatchingSettings settings;

	private final MatchingVocabulary vocabulary;

	private final BookingView booking;

	ResultPage(MatchingService matching, AiGateway gateway, ExplainMatchTask explainMatch, MatchingSettings settings,
			MatchingVocabulary vocabulary, BookingView booking) {
		this.booking = booking;
		this.vocabulary = vocabulary;
		this.matching = matching;
		this.gateway = gateway;
		this.explainMatch = explainMatch;
		this.settings = settings;
	}

	/** The shoppers shown to the client: the best ones that pass the hard filters. */
	List<RankedShopper> shown(Workspace workspace, ClientCase client) {
		List<RankedShopper> ranked = this.matching.rank(workspace.id(), client.request());
		return ranked.subList(0, Math.min(ranked.size(), this.settings.resultCount()));
	}

	String result(Workspace workspace, ClientCase client, Model model) {
		List<RankedShopper> shown = shown(workspace, client);
		VocabularyLists lists = this.vocabulary.lists(workspace.id());
		model.addAttribute("workspace", workspace);
		model.addAttribute("lists", lists);
		model.addAttribute("client", client);
		model.addAttribute("ranked", shown);
		if (!shown.isEmpty()) {
			RankedShopper best = shown.get(0);
			model.addAttribute("explanation",
					this.gateway
						.run(workspace.id(), this.explainMatch,
								new ExplainMatchTask.Input(client.request(), best.shopper(), best.breakdown(),
										lists.currency(), lists.labels()))
						.result());
		}
		if (client.shopperId() != null) {
			this.matching.shopper(workspace.id(), client.shopperId())
				.ifPresent((shopper) -> model.addAttribute("assigned", shopper));
		}
		this.booking.addTo(workspace, client, shown.stream().map((r) -> r.shopper().id()).toList(), model);
		return RESULT;
	}

	/** The workspace's lists, which the form's values must come from. */
	VocabularyLists lists(Workspace workspace) {
		return this.vocabulary.lists(workspace.id());
	}

	String form(Workspace workspace, ClientForm form, String action, boolean editing, Model model) {
		model.addAttribute("workspace", workspace);
		model.addAttribute("form", form);
		model.addAttribute("action", action);
		model.addAttribute("editing", editing);
		VocabularyLists lists = this.vocabulary.lists(workspace.id());
		model.addAttribute("lists", lists);
		model.addAttribute("styles", lists.styles());
		model.addAttribute("goals", lists.goals());
		model.addAttribute("lifeMoments", lists.lifeMoments());
		model.addAttribute("morphologies", lists.morphologies());
		model.addAttribute("slots", DemoProfiles.SLOTS);
		model.addAttribute("cities", Cities.bundled().all());
		return FORM;
	}

}

package crmcopilot.support.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import crmcopilot.ai.LabelledText;
import crmcopilot.shared.PageQuery;
import crmcopilot.support.Priority;
import crmcopilot.support.internal.BusinessCalendar;
import crmcopilot.support.internal.Category;
import crmcopilot.support.internal.HumanOnlyIntent;
import crmcopilot.support.internal.KnowledgeStore;
import crmcopilot.support.internal.MacroStore;
import crmcopilot.support.internal.TriageSetups;
import crmcopilot.support.internal.WorkspaceSupportConfig;
import crmcopilot.workspace.Caller;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The support settings page, shown fresh or again with a refused form: every section's
 * data, and each form object unless the request already holds the one typed.
 */
@Component
class SettingsPage {

	static final String VIEW = "support/settings";

	private static final int MAX_LISTED_EXAMPLES = 1000;

	private static final List<String> SECRETS = List.of("imap.password", "smtp.password", "webhook.secret",
			"twilio.token");

	private final KnowledgeStore knowledge;

	private final TriageSetups setups;

	private final WorkspaceSupportConfig config;

	private final MacroStore macros;

	SettingsPage(KnowledgeStore knowledge, TriageSetups setups, WorkspaceSupportConfig config, MacroStore macros) {
		this.macros = macros;
		this.knowledge = knowledge;
		this.setups = setups;
		this.config = config;
	}

	String show(Caller caller, Model model) {
		return show(caller, model, null);
	}

	/**
	 * @param q words the listed articles must hold, or null for every article
	 */
	String show(Caller caller, Model model, @Nullable String q) {
		UUID workspaceId = caller.workspaceId();
		List<Category> categories = this.setups.ensureDefaults(workspaceId);
		Map<String, Long> exampleCounts = new LinkedHashMap<>();
		List<LabelledText> examples = this.setups.examples(workspaceId);
		for (LabelledText example : examples) {
			exampleCounts.merge(example.label(), 1L, Long::sum);
		}
		model.addAttribute("categories", categories);
		model.addAttribute("humanOnlyIntents", HumanOnlyIntent.values());
		model.addAttribute("exampleCounts", exampleCounts);
		model.addAttribute("examples",
				examples.stream()
					.sorted(Comparator.comparing(LabelledText::label))
					.distinct()
					.limit(MAX_LISTED_EXAMPLES)
					.toList());
		model.addAttribute("exampleTotal", examples.size());
		boolean searched = q != null && !q.isBlank();
		model.addAttribute("articles",
				searched ? this.knowledge.search(workspaceId, q, new PageQuery(0, PageQuery.MAX_SIZE)).items()
						: this.knowledge.articles(workspaceId));
		model.addAttribute("q", searched ? q.strip() : "");
		model.addAttribute("macros", this.macros.macros(workspaceId));
		if (!model.containsAttribute("rulesForm")) {
			model.addAttribute("rulesForm",
					new RulesForm(this.config.threshold(workspaceId), this.config.minutesPerMessage(workspaceId),
							this.config.humanOnly(workspaceId).stream().map(HumanOnlyIntent::code).toList()));
		}
		model.addAttribute("hours", this.config.get(workspaceId, "hours").orElse(BusinessCalendar.DEFAULT_HOURS));
		model.addAttribute("holidays", this.config.get(workspaceId, "holidays").orElse(""));
		model.addAttribute("sla", this.config.slaHours(workspaceId));
		model.addAttribute("priorities", Priority.values());
		if (!model.containsAttribute("channelSettingsForm")) {
			model.addAttribute("channelSettingsForm", ChannelSettingsForm
				.of((key) -> this.config.get(workspaceId, key).orElse(""), this.config.placeholders(workspaceId)));
		}
		if (!model.containsAttribute("articleForm")) {
			model.addAttribute("articleForm", new ArticleForm());
		}
		Map<String, Boolean> secrets = new LinkedHashMap<>();
		SECRETS.forEach((key) -> secrets.put(key, this.config.get(workspaceId, key).isPresent()));
		model.addAttribute("secrets", secrets);
		return VIEW;
	}

}

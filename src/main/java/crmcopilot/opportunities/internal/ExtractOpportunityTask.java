package crmcopilot.opportunities.internal;

import java.util.Map;

import crmcopilot.ai.AiTask;
import crmcopilot.ai.TaskContext;
import crmcopilot.opportunities.ExtractionRequest;
import crmcopilot.opportunities.OpportunityExtraction;

import org.jspecify.annotations.Nullable;

/** The {@code extract-opportunity} task: prompt variables, offline rules, rule checks. */
final class ExtractOpportunityTask implements AiTask<ExtractionRequest, OpportunityExtraction> {

	static final String NAME = "extract-opportunity";

	private final RuleBasedOpportunityExtractor rules = new RuleBasedOpportunityExtractor();

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public Class<OpportunityExtraction> resultType() {
		return OpportunityExtraction.class;
	}

	@Override
	public Map<String, Object> promptVariables(ExtractionRequest input) {
		return Map.of("text", input.text(), "document_date", input.documentDate().toString(), "default_close_date",
				input.documentDate().plusDays(7).toString(), "lead_sources", String.join(" | ", input.leadSources()));
	}

	@Override
	public OpportunityExtraction offline(ExtractionRequest input, TaskContext context) {
		return this.rules.extract(input);
	}

	@Override
	public double confidence(OpportunityExtraction result) {
		return result.confidence();
	}

	@Override
	public @Nullable String validate(OpportunityExtraction result, ExtractionRequest input) {
		if (!RuleBasedOpportunityExtractor.STAGE.equals(result.stage().value())) {
			return "stage must be " + RuleBasedOpportunityExtractor.STAGE;
		}
		if (result.leadSource().value() == null || !input.leadSources().contains(result.leadSource().value())) {
			return "lead source must be one of " + input.leadSources();
		}
		if (result.type().value() == null
				|| !java.util.List.of(Cues.DIRECT_SALE, Cues.RENEWAL, Cues.MAINTENANCE, Cues.PROJECT)
					.contains(result.type().value())) {
			return "type must be one of the four types";
		}
		if (result.closeDate().value() == null) {
			return "close date is required";
		}
		return null;
	}

}

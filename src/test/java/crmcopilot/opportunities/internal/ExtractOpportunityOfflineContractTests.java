package crmcopilot.opportunities.internal;

import java.util.List;

import crmcopilot.ai.AiGateway;
import crmcopilot.ai.AiTask;
import crmcopilot.ai.AiTaskContractTests;
import crmcopilot.ai.internal.TestGateways;
import crmcopilot.opportunities.ExtractionRequest;
import crmcopilot.opportunities.OpportunityExtraction;

/** The rule-based engine of the {@code extract-opportunity} task honours the contract. */
class ExtractOpportunityOfflineContractTests extends AiTaskContractTests<ExtractionRequest, OpportunityExtraction> {

	@Override
	protected AiTask<ExtractionRequest, OpportunityExtraction> task() {
		return new ExtractOpportunityTask();
	}

	@Override
	protected List<ExtractionRequest> fixtures() {
		return ExtractOpportunityFixtures.ALL;
	}

	@Override
	protected AiGateway gateway() {
		return TestGateways.offline();
	}

}

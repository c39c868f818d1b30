package crmcopilot.opportunities.internal;

import java.util.UUID;

import crmcopilot.ai.AiGateway;
import crmcopilot.ai.TaskOutcome;
import crmcopilot.opportunities.ExtractionRequest;
import crmcopilot.opportunities.OpportunityExtraction;

import org.springframework.stereotype.Service;

@Service
class GatewayOpportunityExtractor implements OpportunityExtractor {

	private final AiGateway gateway;

	private final ExtractOpportunityTask task = new ExtractOpportunityTask();

	private final RuleBasedOpportunityExtractor rules = new RuleBasedOpportunityExtractor();

	GatewayOpportunityExtractor(AiGateway gateway) {
		this.gateway = gateway;
	}

	@Override
	public TaskOutcome<OpportunityExtraction> extract(UUID workspaceId, ExtractionRequest request) {
		return this.gateway.run(workspaceId, this.task, request);
	}

	@Override
	public OpportunityExtraction extractOffline(ExtractionRequest request) {
		return this.rules.extract(request);
	}

}

package crmcopilot.opportunities.internal;

import crmcopilot.opportunities.ExtractionRequest;
import crmcopilot.opportunities.OpportunityExtraction;
import java.util.UUID;

import crmcopilot.ai.TaskOutcome;

/** Extracts an opportunity, its account and its contact from a text. */
public interface OpportunityExtractor {

	/** Through the AI gateway: the workspace's LLM when configured, else the rules. */
	TaskOutcome<OpportunityExtraction> extract(UUID workspaceId, ExtractionRequest request);

	/** The offline rules only, for batch commands and benchmarks. */
	OpportunityExtraction extractOffline(ExtractionRequest request);

}

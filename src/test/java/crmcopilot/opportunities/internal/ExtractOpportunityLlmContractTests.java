package crmcopilot.opportunities.internal;

import java.util.List;

import crmcopilot.ai.AiTask;
import crmcopilot.ai.LlmTaskContractTests;
import crmcopilot.ai.FakeChatServer;
import crmcopilot.opportunities.ExtractionRequest;
import crmcopilot.opportunities.OpportunityExtraction;

/**
 * The LLM-backed engine of the {@code extract-opportunity} task, against a fake
 * OpenAI-compatible server, honours the same contract on the same fixtures: an answer
 * breaking the task's rules would fall back to the offline engine and fail the engine
 * check.
 */
class ExtractOpportunityLlmContractTests extends LlmTaskContractTests<ExtractionRequest, OpportunityExtraction> {

	private static final String ANSWER = """
			{"opportunityName": %s, "accountName": %s, "closeDate": %s, "stage": %s, "country": %s,
			 "leadSource": %s, "type": %s, "amount": %s, "currency": %s, "description": %s, "nextStep": %s,
			 "city": %s, "industry": %s, "website": %s, "accountPhone": %s, "contactFirstName": %s,
			 "contactLastName": %s, "contactTitle": %s, "email": %s, "phone": %s, "confidence": 0.8}""".formatted(
			field("Renouvellement des licences"), field("SDE"), field("2026-02-09"), field("Prospection"),
			field("Sénégal"), field("Autre"), field("Renouvellement hors contrat"), field("12000000"), field("XOF"),
			field("Renouvellement des licences"), absent(), absent(), absent(), absent(), absent(), field("Moussa"),
			field("Diallo"), field("DAF"), absent(), absent());

	@Override
	protected FakeChatServer.Reply reply(FakeChatServer.Received request) {
		return FakeChatServer.Reply.completion(ANSWER);
	}

	private static String field(String value) {
		return "{\"value\": \"" + value + "\", \"confidence\": 0.8, \"start\": -1, \"end\": -1}";
	}

	private static String absent() {
		return "{\"value\": null, \"confidence\": 0, \"start\": -1, \"end\": -1}";
	}

	@Override
	protected AiTask<ExtractionRequest, OpportunityExtraction> task() {
		return new ExtractOpportunityTask();
	}

	@Override
	protected List<ExtractionRequest> fixtures() {
		return ExtractOpportunityFixtures.ALL;
	}

}

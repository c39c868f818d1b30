package crmcopilot.support.internal;

import java.util.List;
import java.util.UUID;

import crmcopilot.support.TriageAction;
import crmcopilot.ai.AiTask;
import crmcopilot.ai.LlmTaskContractTests;
import crmcopilot.ai.FakeChatServer;
import crmcopilot.ai.TaskOutcome;
import crmcopilot.support.TriageResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The LLM-backed engine of the {@code triage} task, against a fake OpenAI-compatible
 * server, honours the same contract on the same fixtures; its proposed action is not
 * trusted.
 */
class TriageLlmContractTests extends LlmTaskContractTests<TriageRequest, TriageResult> {

	/** An LLM that answers every message the same way, sure of itself. */
	@Override
	protected FakeChatServer.Reply reply(FakeChatServer.Received request) {
		return FakeChatServer.Reply.completion("""
				{"resume":"La cliente demande le remboursement de sa commande.","categorie":"Réclamation",
				 "priorite":"Normale","reponse":"Nous vous remboursons tout de suite.","action":"auto","langue":"fr",
				 "confiance":{"categorie":0.97,"priorite":0.9,"reponse":0.9,"global":0.95},
				 "raisons":{"categorie":"mots remboursement","priorite":"aucune urgence","reponse":"politique",
				 "action":"sûr"},"article":null}""");
	}

	@Override
	protected AiTask<TriageRequest, TriageResult> task() {
		return TriageFixtures.task();
	}

	@Override
	protected List<TriageRequest> fixtures() {
		return TriageFixtures.ALL;
	}

	@Test
	void should_escalate_an_llm_automatic_answer_in_a_category_the_workspace_keeps_for_people() {
		TriageRequest request = TriageFixtures.ALL.get(0);
		TaskOutcome<TriageResult> outcome = gateway().run(UUID.randomUUID(), task(), request);

		TriageResult finished = TriagePostProcessor.finish(outcome.result(), request);

		assertThat(outcome.result().action()).isEqualTo(TriageAction.AUTO);
		assertThat(finished.action()).isEqualTo(TriageAction.ESCALATE);
		assertThat(finished.raisons().get("action")).contains("Réclamation");
	}

}

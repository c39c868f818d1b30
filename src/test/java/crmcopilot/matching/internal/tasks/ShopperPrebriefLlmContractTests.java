package crmcopilot.matching.internal.tasks;

import java.util.List;

import crmcopilot.ai.AiTask;
import crmcopilot.ai.LlmTaskContractTests;
import crmcopilot.ai.FakeChatServer;

/**
 * The LLM path of {@code shopper-prebrief}, against a fake OpenAI-compatible server,
 * honours the same contract on the same fixtures.
 */
class ShopperPrebriefLlmContractTests extends LlmTaskContractTests<ShopperPrebriefTask.Input, ShopperPrebrief> {

	@Override
	protected FakeChatServer.Reply reply(FakeChatServer.Received request) {
		return FakeChatServer.Reply.completion(
				"""
						{"summary": "Camille Durand (Paris), budget 150 €, séance en présentiel.",
						 "goals": ["mariage"],
						 "styleAndBudget": "Styles souhaités : bohème, classique. Budget réel : 150 €.",
						 "morphologyAdvice": "Marquer la taille (ceintures, portefeuilles, robes cintrées).",
						 "questions": ["Pour « mariage », à quelle date et dans quel contexte ?"],
						 "sessionPlan": ["10 min : accueil", "20 min : analyse", "40 min : essayages", "10 min : récapitulatif"],
						 "itemsToPrepare": ["Sélection bohème dans le budget", "Nuancier couleurs"]}""");
	}

	@Override
	protected AiTask<ShopperPrebriefTask.Input, ShopperPrebrief> task() {
		return new ShopperPrebriefTask();
	}

	@Override
	protected List<ShopperPrebriefTask.Input> fixtures() {
		return MatchingTaskFixtures.PREBRIEF;
	}

}

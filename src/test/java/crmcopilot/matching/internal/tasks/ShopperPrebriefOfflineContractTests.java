package crmcopilot.matching.internal.tasks;

import java.util.List;

import crmcopilot.ai.AiGateway;
import crmcopilot.ai.AiTask;
import crmcopilot.ai.AiTaskContractTests;
import crmcopilot.ai.internal.TestGateways;

/** The offline writer of {@code shopper-prebrief} honours the task contract. */
class ShopperPrebriefOfflineContractTests extends AiTaskContractTests<ShopperPrebriefTask.Input, ShopperPrebrief> {

	@Override
	protected AiTask<ShopperPrebriefTask.Input, ShopperPrebrief> task() {
		return new ShopperPrebriefTask();
	}

	@Override
	protected List<ShopperPrebriefTask.Input> fixtures() {
		return MatchingTaskFixtures.PREBRIEF;
	}

	@Override
	protected AiGateway gateway() {
		return TestGateways.offline();
	}

}

package crmcopilot.ai.offline;

import java.util.List;
import java.util.Map;

import crmcopilot.ai.AiGateway;
import crmcopilot.ai.AiTask;
import crmcopilot.ai.AiTaskContractTests;
import crmcopilot.ai.SummariseTask;
import crmcopilot.ai.internal.TestGateways;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The extractive engine of the {@code summarise} task honours the task contract. */
class SummariseOfflineContractTests extends AiTaskContractTests<SummariseTask.Request, SummariseTask.Summary> {

	private final OfflineSummariseTask task = new OfflineSummariseTask(new ExtractiveSummariser(),
			SummariseFixtures.LANGUAGES);

	@Override
	protected AiTask<SummariseTask.Request, SummariseTask.Summary> task() {
		return this.task;
	}

	@Override
	protected List<SummariseTask.Request> fixtures() {
		return SummariseFixtures.ALL;
	}

	@Override
	protected AiGateway gateway() {
		return TestGateways.offline();
	}

	@Test
	void builds_a_sample_input_for_the_try_it_panel() {
		assertThat(this.task.sampleInput(Map.of("text", "Où est mon colis ?", "maxSentences", "x")))
			.isEqualTo(new SummariseTask.Request("Où est mon colis ?", "", 2));
		assertThat(this.task.sampleInput(Map.of())).isNull();
	}

}

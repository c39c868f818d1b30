package crmcopilot.support.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import crmcopilot.ai.offline.ExtractiveSummariser;
import crmcopilot.ai.offline.LexiconUrgencyCues;
import crmcopilot.ai.offline.OfflineTextClassifierTrainer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The labelled sets of {@code eval/support/answers}, triaged offline without the
 * embedding model (the command, with it, is run by {@code EvalAnswersCommandTests}).
 */
class AnswerEvaluationTests {

	private static final Path DIR = Path.of("eval/support/answers");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final AnswerEvaluation evaluation = new AnswerEvaluation(DIR.resolve("kb.json"), JSON);

	private final TriageSetup setup = new TriageSetup("Maison Démo", TriageFixtures.SETUP.categories(),
			OfflineTextClassifierTrainer.withoutEmbeddings().train(SupportDefaults.examples()),
			new KnowledgeIndex(this.evaluation.knowledge()), 0.6, Map.of(), "fr");

	private final OfflineTriageEngine engine = new OfflineTriageEngine(new ExtractiveSummariser(),
			new LexiconUrgencyCues());

	private AnswerEvaluation.Report run(String file) {
		List<AnswerEvaluation.Labelled> messages = AnswerEvaluation.messages(DIR.resolve(file).normalize(), JSON);
		return this.evaluation.evaluate(messages, (message) -> {
			TriageRequest request = new TriageRequest(message.subject(), message.text(), "email", "fr", Map.of(), false,
					null, this.setup);
			return TriagePostProcessor.finish(this.engine.triage(request), request);
		});
	}

	@Test
	void should_meet_the_targets_on_the_messages_the_floor_was_chosen_on() {
		AnswerEvaluation.Report report = run("messages.jsonl");

		assertMeetsTargets(report);
	}

	@Test
	void should_send_no_wrong_answer_and_propose_right_articles_on_held_out_messages() {
		AnswerEvaluation.Report report = run("holdout.jsonl");

		assertMeetsTargets(report);
	}

	@Test
	void should_meet_the_targets_on_the_first_unseen_set_now_used_for_development() {
		AnswerEvaluation.Report report = run("../messages-unseen.jsonl");

		assertMeetsTargets(report);
	}

	@Test
	void should_send_no_wrong_answer_and_propose_right_articles_on_the_second_unseen_set() {
		AnswerEvaluation.Report report = run("../messages-unseen-2.jsonl");

		assertThat(report.wrongAuto()).as(report.summary()).isZero();
		assertThat(report.suggestionPrecision()).as(report.summary()).isGreaterThanOrEqualTo(0.9);
	}

	private static void assertMeetsTargets(AnswerEvaluation.Report report) {
		assertThat(report.wrongAuto()).as(report.summary()).isZero();
		assertThat(report.autoRate()).as(report.summary()).isGreaterThanOrEqualTo(0.7);
		assertThat(report.suggestionPrecision()).as(report.summary()).isGreaterThanOrEqualTo(0.9);
	}

}

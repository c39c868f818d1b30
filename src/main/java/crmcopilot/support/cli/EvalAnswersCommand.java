package crmcopilot.support.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import crmcopilot.support.internal.AnswerEvaluation;
import crmcopilot.support.internal.StandaloneTriage;
import crmcopilot.support.internal.TriageSetup;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./copilot eval answers --knowledge kb.json --messages messages.jsonl}: loads a
 * knowledge base into a fresh workspace setup (default categories and examples, every
 * never-automatic intent on), triages each labelled message and prints
 * {@code auto_rate=<x> wrong_auto=<n> suggestion_precision=<x>}.
 */
@Component("cli.eval.answers")
@Command(name = "answers",
		description = "Evaluate automatic answers and proposed articles on messages labelled with the article that answers them")
class EvalAnswersCommand implements Callable<Integer> {

	@Option(names = "--knowledge", required = true,
			description = "JSON array of articles {id, title, body, language, tags, categorie}")
	@Nullable Path knowledge;

	@Option(names = "--messages", required = true,
			description = "JSON Lines {id, text, subject?, article} (article: the id that answers it, or null)")
	@Nullable Path messages;

	@Option(names = "--verbose", description = "print one line per message")
	boolean verbose;

	private final StandaloneTriage triage;

	private final JsonMapper json;

	EvalAnswersCommand(StandaloneTriage triage, JsonMapper json) {
		this.triage = triage;
		this.json = json;
	}

	@Override
	public Integer call() {
		if (this.knowledge == null || this.messages == null) {
			throw new IllegalArgumentException("--knowledge and --messages are required");
		}
		AnswerEvaluation evaluation = new AnswerEvaluation(this.knowledge, this.json);
		TriageSetup setup = this.triage.setup(null, evaluation.knowledge());
		AnswerEvaluation.Report report = evaluation.evaluate(AnswerEvaluation.messages(this.messages, this.json),
				(message) -> this.triage.triage(setup, message.subject(), message.text(), "email"));
		if (this.verbose) {
			report.lines().forEach((line) -> System.out.println(line.describe()));
		}
		System.out.println(report.summary());
		return 0;
	}

}

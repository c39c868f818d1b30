package crmcopilot.support.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
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
 * {@code auto_rate=<x> wrong_auto=<n> suggestion_precision=<x>}. With {@code --url} and
 * {@code --token} the same runs through a server's API instead: the knowledge base is
 * loaded into the token's workspace (a fresh one, for figures of the file alone) and each
 * message is posted as a customer's e-mail.
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

	@Option(names = { "--url", "--base-url" },
			description = "base URL of a running server: run through its API (default: in this process)")
	@Nullable String url;

	@Option(names = "--token", description = "bearer token of an administrator of the workspace (with --url)")
	@Nullable String token;

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
		List<AnswerEvaluation.Labelled> labelled = AnswerEvaluation.messages(this.messages, this.json);
		AnswerEvaluation.Report report;
		if (this.url != null) {
			if (this.token == null || this.token.isBlank()) {
				throw new IllegalArgumentException("--url needs --token (a bearer token of an administrator)");
			}
			ApiAnswerRun api = new ApiAnswerRun(this.url, this.token, this.json);
			long existing = api.existingEntries();
			if (existing > 0) {
				System.err.printf(Locale.ROOT,
						"note: the workspace already holds %d knowledge entries; they take part in the matching%n",
						existing);
			}
			Map<UUID, String> loaded = api.load(evaluation);
			report = evaluation.evaluate(labelled, api::triage, loaded);
		}
		else {
			TriageSetup setup = this.triage.setup(null, evaluation.knowledge());
			report = evaluation.evaluate(labelled,
					(message) -> this.triage.triage(setup, message.subject(), message.text(), "email"));
		}
		if (this.verbose) {
			report.lines().forEach((line) -> System.out.println(line.describe()));
		}
		System.out.println(report.summary());
		return 0;
	}

}

package crmcopilot.support.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import crmcopilot.CopilotIntegrationTest;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./copilot eval answers} on the labelled set of {@code eval/support/answers},
 * with the application's own classifier (embeddings included): the targets on the
 * messages the floor was chosen on; on the held-out ones, no wrong automatic answer and
 * right proposals.
 */
@CopilotIntegrationTest
class EvalAnswersCommandTests {

	private static final Pattern SUMMARY = Pattern
		.compile("auto_rate=([0-9.]+) wrong_auto=(\\d+) suggestion_precision=([0-9.]+)");

	@Autowired
	@Qualifier("cli.eval.answers")
	Object command;

	@Test
	void should_meet_the_targets_on_the_labelled_messages() {
		Matcher tuned = run("messages.jsonl");
		assertThat(Double.parseDouble(tuned.group(1))).isGreaterThanOrEqualTo(0.7);
		assertThat(tuned.group(2)).isEqualTo("0");
		assertThat(Double.parseDouble(tuned.group(3))).isGreaterThanOrEqualTo(0.9);

		Matcher heldOut = run("holdout.jsonl");
		assertThat(Double.parseDouble(heldOut.group(1))).isGreaterThanOrEqualTo(0.7);
		assertThat(heldOut.group(2)).isEqualTo("0");
		assertThat(Double.parseDouble(heldOut.group(3))).isGreaterThanOrEqualTo(0.9);
	}

	private Matcher run(String messages) {
		PrintStream original = System.out;
		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
		int exitCode;
		try {
			exitCode = new CommandLine(this.command).execute("--knowledge", "eval/support/answers/kb.json",
					"--messages", "eval/support/answers/" + messages);
		}
		finally {
			System.setOut(original);
		}
		String output = captured.toString(StandardCharsets.UTF_8);
		System.out.printf(Locale.ROOT, "%s: %s", messages, output);
		assertThat(exitCode).as(output).isZero();
		Matcher matcher = SUMMARY.matcher(output);
		assertThat(matcher.find()).as(output).isTrue();
		return matcher;
	}

}

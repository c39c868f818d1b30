package crmcopilot.support.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import crmcopilot.CopilotIntegrationTest;
import crmcopilot.TestWorkspaces;
import crmcopilot.workspace.Permissions;
import crmcopilot.workspace.Role;
import crmcopilot.workspace.Workspace;
import crmcopilot.workspace.Workspaces;
import crmcopilot.workspace.internal.AccountService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./copilot eval answers} on the labelled set of {@code eval/support/answers},
 * with the application's own classifier (embeddings included): the issue's targets on the
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

	@LocalServerPort
	int port;

	@Autowired
	Workspaces workspaces;

	@Autowired
	AccountService accounts;

	@Autowired
	Permissions permissions;

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

	@Test
	void should_give_through_the_api_of_a_fresh_workspace_the_figures_of_the_offline_run(@TempDir Path dir)
			throws IOException {
		List<String> sample = Files.readAllLines(Path.of("eval/support/answers/messages.jsonl"))
			.stream()
			.filter((line) -> line.matches(".*\"(t01|t07|t15|t29|t30|t37)\".*"))
			.toList();
		Files.write(dir.resolve("sample.jsonl"), sample);
		Workspace workspace = TestWorkspaces.create(this.workspaces, "Évaluation par l'API");
		String token = this.accounts
			.issueToken(TestWorkspaces.admin(workspace, this.permissions.of(Role.ADMIN)), "eval", Role.ADMIN, null)
			.value();

		Matcher offline = run(dir.resolve("sample.jsonl").toString());
		Matcher api = run(dir.resolve("sample.jsonl").toString(), "--url", "http://127.0.0.1:" + this.port + "/",
				"--token", token);

		assertThat(api.group()).isEqualTo(offline.group());
		assertThat(api.group(2)).isEqualTo("0");
		assertThat(Double.parseDouble(api.group(1))).isPositive();
	}

	private Matcher run(String messages, String... options) {
		PrintStream original = System.out;
		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
		int exitCode;
		List<String> arguments = new ArrayList<>(List.of("--knowledge", "eval/support/answers/kb.json", "--messages",
				messages.startsWith("/") ? messages : "eval/support/answers/" + messages));
		arguments.addAll(List.of(options));
		try {
			exitCode = new CommandLine(this.command).execute(arguments.toArray(String[]::new));
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

package crmcopilot.opportunities.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import crmcopilot.CopilotIntegrationTest;
import crmcopilot.TestWorkspaces;
import crmcopilot.opportunities.internal.OpportunityCapture;
import crmcopilot.workspace.Permissions;
import crmcopilot.workspace.Role;
import crmcopilot.workspace.Workspace;
import crmcopilot.workspace.Workspaces;
import crmcopilot.workspace.internal.AccountService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code eval accounts --base-url --token}: the same notes replayed through the HTTP API
 * give the same figures as in-process.
 */
@CopilotIntegrationTest
class EvalAccountsApiIntegrationTests {

	@Autowired
	OpportunityCapture capture;

	@Autowired
	Workspaces workspaces;

	@Autowired
	AccountService accounts;

	@Autowired
	Permissions permissions;

	@Autowired
	JsonMapper json;

	@LocalServerPort
	int port;

	@TempDir
	Path dir;

	private String run(Path notes, String... api) throws Exception {
		EvalAccountsCommand command = new EvalAccountsCommand(this.capture, this.workspaces, this.json);
		command.notes = notes;
		if (api.length == 2) {
			command.baseUrl = api[0];
			command.token = api[1];
		}
		PrintStream out = System.out;
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
		try {
			assertThat(command.call()).isZero();
		}
		finally {
			System.setOut(out);
		}
		// the summary line (the server's logs print on the same stream)
		return printed.toString(StandardCharsets.UTF_8)
			.lines()
			.filter((line) -> line.startsWith("link_recall="))
			.reduce((first, last) -> last)
			.orElse("");
	}

	@Test
	void should_print_the_same_figures_through_the_api_as_in_process() throws Exception {
		// the first twelve tuning notes: repeats, look-alikes that differ by a city, a
		// trade,
		// a letter
		List<String> lines = Files.readAllLines(Path.of("eval/opportunities/accounts-tuning.jsonl")).subList(0, 12);
		Path notes = Files.write(this.dir.resolve("notes.jsonl"), lines);
		Workspace workspace = TestWorkspaces.create(this.workspaces, "Évaluation");
		String token = this.accounts
			.issueToken(TestWorkspaces.admin(workspace, this.permissions.of(Role.ADMIN)), "eval", Role.ADMIN, null)
			.value();

		String inProcess = run(notes);
		String throughApi = run(notes, "http://127.0.0.1:" + this.port, token);

		assertThat(inProcess).startsWith("link_recall=").contains("sure_wrong=0").contains("notes=12");
		assertThat(throughApi).isEqualTo(inProcess);
	}

	@Test
	void should_refuse_a_base_url_without_a_token() throws Exception {
		Path notes = Files.write(this.dir.resolve("one.jsonl"),
				List.of("{\"company\": \"sonatel\", \"text\": \"RDV Sonatel demain.\"}"));
		assertThatThrownBy(() -> run(notes, "http://127.0.0.1:" + this.port, " "))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("--token");
	}

}

package crmcopilot.opportunities.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import crmcopilot.CopilotIntegrationTest;
import crmcopilot.TestWorkspaces;
import crmcopilot.crm.AccountDirectory;
import crmcopilot.opportunities.internal.OpportunityCapture;
import crmcopilot.workspace.Permissions;
import crmcopilot.workspace.PrivacyLevel;
import crmcopilot.workspace.Role;
import crmcopilot.workspace.Workspace;
import crmcopilot.workspace.Workspaces;
import crmcopilot.workspace.internal.AccountService;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The account-recognition targets of the sales copilot on the labelled notes of
 * {@code eval/opportunities}: recall of repeat mentions at least 0.90, precision of
 * suggested links at least 0.95, no sure link to the wrong account — on the notes the
 * rules were tuned on and on the held-out ones, through the service and the HTTP API.
 */
// runs once, on H2: the figures measure the matcher; its queries run on PostgreSQL
// in the opportunities tests
@org.junit.jupiter.api.Tag("database-independent")
@CopilotIntegrationTest
class AccountLinkEvaluationIntegrationTests {

	private static final Path TUNING = Path.of("eval/opportunities/accounts-tuning.jsonl");

	private static final Path HOLDOUT = Path.of("eval/opportunities/accounts-holdout.jsonl");

	@Autowired
	OpportunityCapture capture;

	@Autowired
	Workspaces workspaces;

	@Autowired
	AccountDirectory directory;

	@Autowired
	AccountService accounts;

	@Autowired
	Permissions permissions;

	@LocalServerPort
	int port;

	private final JsonMapper json = JsonMapper.builder().build();

	private UUID newWorkspace() {
		String slug = "acc-" + UUID.randomUUID().toString().substring(0, 8);
		return this.workspaces
			.create(new Workspaces.NewWorkspace(slug, slug, "fr", "Africa/Dakar", PrivacyLevel.PRIVATE, false))
			.id();
	}

	private AccountLinkReplay.Result replay(Path notes) throws Exception {
		AccountLinkReplay.Result result = AccountLinkReplay.replay(AccountLinkReplay.read(notes, this.json),
				new EvalAccountsCommand.ServiceCopilot(this.capture, newWorkspace()));
		result.lines().forEach(System.out::println);
		System.out.println(notes.getFileName() + " " + result.summary());
		return result;
	}

	private static void assertTargets(AccountLinkReplay.Result result) {
		assertThat(result.recall()).as("link recall").isGreaterThanOrEqualTo(0.90);
		assertThat(result.precision()).as("link precision").isGreaterThanOrEqualTo(0.95);
		assertThat(result.sureWrong()).as("sure links to the wrong account").isZero();
	}

	@Test
	void should_link_repeat_mentions_of_the_tuning_notes_to_their_account() throws Exception {
		assertTargets(replay(TUNING));
	}

	@Test
	void should_link_repeat_mentions_of_the_held_out_notes_to_their_account() throws Exception {
		assertTargets(replay(HOLDOUT));
	}

	/**
	 * Runs {@code bench match-accounts} on 2,000 accounts. Speed is the command's to
	 * measure on 10,000 accounts (the 50 ms target of issue 19), not a test's: only that
	 * the blocking keeps finding the right account is asserted.
	 */
	@Test
	void should_find_notes_among_thousands_of_accounts_by_their_blocks() {
		BenchMatchAccountsCommand bench = new BenchMatchAccountsCommand(this.directory, this.workspaces);
		bench.accounts = 2_000;
		bench.queries = 100;
		PrintStream out = System.out;
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
		try {
			bench.call();
		}
		finally {
			System.setOut(out);
		}
		String line = printed.toString(StandardCharsets.UTF_8).strip();
		System.out.println(line);
		Matcher figures = Pattern.compile("p50_ms=[\\d.]+ .* found=(\\d+)").matcher(line);
		assertThat(figures.find()).isTrue();
		assertThat(Integer.parseInt(figures.group(1))).isGreaterThanOrEqualTo(90);
	}

	@Test
	void should_reach_the_same_figures_through_the_api() throws Exception {
		Workspace workspace = TestWorkspaces.create(this.workspaces, "Ventes");
		String token = this.accounts
			.issueToken(TestWorkspaces.admin(workspace, this.permissions.of(Role.ADMIN)), "rep", Role.ADMIN, null)
			.value();
		AccountLinkReplay.Result result = AccountLinkReplay.replay(AccountLinkReplay.read(HOLDOUT, this.json),
				new ApiCopilot("http://127.0.0.1:" + this.port, token));
		System.out.println("api " + result.summary());
		assertTargets(result);
	}

}

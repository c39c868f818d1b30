package crmcopilot.opportunities.cli;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import crmcopilot.crm.AccountMatch;
import crmcopilot.opportunities.internal.OpportunityCapture;
import crmcopilot.opportunities.internal.OpportunityDraft;
import crmcopilot.opportunities.internal.OpportunityMatch;
import crmcopilot.workspace.PrivacyLevel;
import crmcopilot.workspace.Workspaces;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * {@code ./copilot eval accounts --notes notes.jsonl}: replays labelled notes in a new,
 * empty workspace through the capture service and prints
 * {@code link_recall=<x> link_precision=<x> sure_wrong=<n>}; with {@code --base-url} and
 * {@code --token}, through a running server's HTTP API instead, in the token's workspace
 * (which should hold no account yet).
 */
@Component("cli.eval.accounts")
@Command(name = "accounts",
		description = "Account recognition on labelled notes replayed in order (JSON Lines: text, company, account)")
class EvalAccountsCommand implements Callable<Integer> {

	@Option(names = "--notes", required = true, description = "JSON Lines: id, company, account, created, text")
	java.nio.file.Path notes;

	@Option(names = "--verbose", description = "print the suggestion for each note")
	boolean verbose;

	@Option(names = "--base-url",
			description = "replay through the HTTP API of this server (e.g. http://localhost:8080) instead of in-process")
	@Nullable String baseUrl;

	@Option(names = "--token", description = "API token of a user who may capture and approve (with --base-url)")
	@Nullable String token;

	private final OpportunityCapture capture;

	private final Workspaces workspaces;

	private final JsonMapper json;

	EvalAccountsCommand(OpportunityCapture capture, Workspaces workspaces, JsonMapper json) {
		this.capture = capture;
		this.workspaces = workspaces;
		this.json = json;
	}

	@Override
	public Integer call() throws IOException {
		var notes = AccountLinkReplay.read(this.notes, this.json);
		AccountLinkReplay.Result result = AccountLinkReplay.replay(notes, copilot());
		if (this.verbose) {
			result.lines().forEach(System.out::println);
		}
		System.out.println(result.summary());
		return 0;
	}

	private AccountLinkReplay.Copilot copilot() {
		if (this.baseUrl != null) {
			if (this.token == null || this.token.isBlank()) {
				throw new IllegalArgumentException("--base-url needs --token");
			}
			return new ApiCopilot(this.baseUrl, this.token);
		}
		String slug = "eval-accounts-" + UUID.randomUUID().toString().substring(0, 8);
		UUID workspace = this.workspaces
			.create(new Workspaces.NewWorkspace(slug, slug, "fr", "Africa/Dakar", PrivacyLevel.PRIVATE, false))
			.id();
		return new ServiceCopilot(this.capture, workspace);
	}

	/** The capture service of one workspace, decided by the evaluation's reviewer. */
	static final class ServiceCopilot implements AccountLinkReplay.Copilot {

		private static final String REVIEWER = "eval@localhost";

		private final OpportunityCapture capture;

		private final UUID workspace;

		ServiceCopilot(OpportunityCapture capture, UUID workspace) {
			this.capture = capture;
			this.workspace = workspace;
		}

		@Override
		public AccountLinkReplay.Suggestion submit(AccountLinkReplay.LabelledNote note) {
			OpportunityDraft draft = this.capture.submit(this.workspace, REVIEWER,
					new OpportunityCapture.Submission(OpportunityCapture.TEXT, note.id(), note.text(), note.created()));
			AccountMatch match = draft.accountMatch();
			AccountMatch contact = draft.contactMatch();
			String contactChoice = (contact.kind() == AccountMatch.Kind.SURE && contact.existingId() != null)
					? "link:" + contact.existingId() : "new";
			OpportunityMatch deal = draft.opportunityMatch();
			return new AccountLinkReplay.Suggestion(draft.id(), match.kind().name(), match.existingId(), match.reason(),
					draft.values().get("accountName"), contactChoice, (deal != null) ? deal.id() : null,
					(deal != null) ? deal.level().name() : null);
		}

		@Override
		public UUID approve(AccountLinkReplay.Suggestion suggestion, String accountChoice,
				@Nullable String accountName) {
			return approve(suggestion, accountChoice, accountName, "new").accountId();
		}

		@Override
		public AccountLinkReplay.Approved approve(AccountLinkReplay.Suggestion suggestion, String accountChoice,
				@Nullable String accountName, String opportunityChoice) {
			Map<String, String> values = (accountName != null) ? Map.of("accountName", accountName) : Map.of();
			OpportunityDraft approved = this.capture.approve(this.workspace, REVIEWER, suggestion.draftId(),
					new OpportunityCapture.Approval(values, accountChoice, suggestion.contactChoice(), null,
							opportunityChoice));
			return new AccountLinkReplay.Approved(approved.accountId(), approved.opportunityId());
		}

	}

}

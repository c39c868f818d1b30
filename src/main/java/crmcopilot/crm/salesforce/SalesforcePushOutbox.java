package crmcopilot.crm.salesforce;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import crmcopilot.audit.AuditEvent;
import crmcopilot.audit.AuditJournal;
import crmcopilot.crm.Account;
import crmcopilot.crm.AccountDirectory;
import crmcopilot.crm.Contact;
import crmcopilot.crm.Opportunity;
import crmcopilot.crm.SalesforceConnector.Push;
import crmcopilot.shared.InvalidInputException;
import crmcopilot.shared.Texts;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import org.springframework.jdbc.core.simple.JdbcClient;

import static crmcopilot.crm.salesforce.SalesforceStore.at;

/**
 * The push outbox ({@code sf_outbox}): one entry per push of a local opportunity, claimed
 * by one worker, retried with exponential backoff while Salesforce is away, FAILED when
 * Salesforce refuses the data.
 */
class SalesforcePushOutbox {

	private static final Logger log = LoggerFactory.getLogger(SalesforcePushOutbox.class);

	static final String PENDING = "PENDING";

	static final String RUNNING = "RUNNING";

	static final String DONE = "DONE";

	static final String FAILED = "FAILED";

	private static final Duration MAX_BACKOFF = Duration.ofHours(6);

	/** A RUNNING entry not updated for this long belongs to a worker that died. */
	private static final Duration CLAIM_TIMEOUT = Duration.ofMinutes(10);

	private final SalesforceSettings settings;

	private final JdbcClient jdbc;

	private final SalesforceStore store;

	private final SalesforceOAuth oauth;

	private final SalesforceRecords records;

	private final AccountDirectory directory;

	private final AuditJournal journal;

	SalesforcePushOutbox(SalesforceSettings settings, JdbcClient jdbc, SalesforceStore store, SalesforceOAuth oauth,
			SalesforceRecords records, AccountDirectory directory, AuditJournal journal) {
		this.settings = settings;
		this.jdbc = jdbc;
		this.store = store;
		this.oauth = oauth;
		this.records = records;
		this.directory = directory;
		this.journal = journal;
	}

	Optional<Push> enqueue(UUID workspaceId, UUID opportunityId, @Nullable UUID draftId) {
		if (this.store.connection(workspaceId).isEmpty()) {
			return Optional.empty();
		}
		if (this.directory.opportunity(workspaceId, opportunityId).isEmpty()) {
			throw new InvalidInputException("opportunityId", "crm.salesforce.error.unknownOpportunity", new Object[0],
					"unknown opportunity");
		}
		Optional<Push> waiting = latest(workspaceId, opportunityId)
			.filter((push) -> push.status().equals(PENDING) || push.status().equals(RUNNING));
		if (waiting.isPresent()) {
			this.jdbc.sql("UPDATE sf_outbox SET next_attempt_at = ? WHERE workspace_id = ? AND id = ? AND status = ?")
				.params(at(Instant.now()), workspaceId, waiting.get().id(), PENDING)
				.update();
			return latest(workspaceId, opportunityId);
		}
		Instant now = Instant.now();
		this.jdbc.sql("""
				INSERT INTO sf_outbox (id, workspace_id, opportunity_id, draft_id, status, attempts, next_attempt_at,
				  created_at, updated_at) VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?)""")
			.params(UUID.randomUUID(), workspaceId, opportunityId, draftId, PENDING, at(now), at(now), at(now))
			.update();
		return latest(workspaceId, opportunityId);
	}

	Optional<Push> latest(UUID workspaceId, UUID opportunityId) {
		return this.jdbc
			.sql("SELECT * FROM sf_outbox WHERE workspace_id = ? AND opportunity_id = ? ORDER BY created_at DESC")
			.params(workspaceId, opportunityId)
			.query(this::toPush)
			.list()
			.stream()
			.findFirst();
	}

	List<Push> recent(UUID workspaceId, int limit) {
		return this.jdbc.sql("SELECT * FROM sf_outbox WHERE workspace_id = ? ORDER BY updated_at DESC LIMIT ?")
			.params(workspaceId, Math.max(1, Math.min(limit, 200)))
			.query(this::toPush)
			.list();
	}

	int pending(UUID workspaceId) {
		return this.jdbc
			.sql("SELECT COUNT(*) FROM sf_outbox WHERE workspace_id = ? AND status IN ('PENDING', 'RUNNING')")
			.param(workspaceId)
			.query(Integer.class)
			.single();
	}

	/** Pushes every due outbox entry (oldest first); returns how many were attempted. */
	int processDue() {
		Instant now = Instant.now();
		List<Map<String, Object>> due = this.jdbc.sql("""
				SELECT id, workspace_id FROM sf_outbox
				WHERE (status = 'PENDING' AND next_attempt_at <= ?) OR (status = 'RUNNING' AND updated_at < ?)
				ORDER BY next_attempt_at LIMIT 50""")
			.params(at(now), at(now.minus(CLAIM_TIMEOUT)))
			.query()
			.listOfRows();
		int attempted = 0;
		for (Map<String, Object> row : due) {
			if (process((UUID) row.get("workspace_id"), (UUID) row.get("id"))) {
				attempted++;
			}
		}
		return attempted;
	}

	/** Claims one entry and pushes it; false when another worker holds it. */
	boolean process(UUID workspaceId, UUID pushId) {
		Instant now = Instant.now();
		int claimed = this.jdbc
			.sql("""
					UPDATE sf_outbox SET status = 'RUNNING', updated_at = ?, attempts = attempts + 1
					WHERE workspace_id = ? AND id = ? AND (status = 'PENDING' OR (status = 'RUNNING' AND updated_at < ?))""")
			.params(at(now), workspaceId, pushId, at(now.minus(CLAIM_TIMEOUT)))
			.update();
		if (claimed == 0) {
			return false;
		}
		Map<String, Object> row = this.jdbc
			.sql("SELECT attempts, opportunity_id FROM sf_outbox WHERE workspace_id = ? AND id = ?")
			.params(workspaceId, pushId)
			.query()
			.singleRow();
		int attempts = ((Number) row.get("attempts")).intValue();
		UUID opportunityId = (UUID) row.get("opportunity_id");
		try {
			Pushed pushed = send(workspaceId, opportunityId);
			this.jdbc
				.sql("""
						UPDATE sf_outbox SET status = 'DONE', last_error = NULL, next_attempt_at = NULL, account_sf_id = ?,
						  contact_sf_id = ?, opportunity_sf_id = ?, warning = ?, updated_at = ? WHERE workspace_id = ? AND id = ?""")
				.params(pushed.accountId(), pushed.contactId(), pushed.opportunityId(),
						Texts.truncate(pushed.warning(), 1000), at(Instant.now()), workspaceId, pushId)
				.update();
			this.journal.record(AuditEvent.of(workspaceId, "crm.salesforce.pushed", "opportunity",
					opportunityId.toString(), null, Map.of("salesforceId", String.valueOf(pushed.opportunityId()))));
		}
		catch (SalesforceError ex) {
			boolean retry = (ex.transientFailure() || "NOT_CONNECTED".equals(ex.errorCode()))
					&& attempts < this.settings.maxAttempts();
			Instant next = retry ? Instant.now().plus(backoff(attempts)) : null;
			log.info("Salesforce push {} of workspace {}: {} ({})", pushId, workspaceId, ex.getMessage(),
					retry ? "retry at " + next : "failed");
			this.jdbc.sql("""
					UPDATE sf_outbox SET status = ?, last_error = ?, next_attempt_at = ?, updated_at = ?
					WHERE workspace_id = ? AND id = ?""")
				.params(retry ? PENDING : FAILED, Texts.truncate(ex.getMessage(), 2000),
						(next != null) ? at(next) : null, at(Instant.now()), workspaceId, pushId)
				.update();
		}
		return true;
	}

	Duration backoff(int attempts) {
		long factor = 1L << Math.min(Math.max(attempts - 1, 0), 20);
		Duration wait = this.settings.retryBackoff().multipliedBy(factor);
		return (wait.compareTo(MAX_BACKOFF) > 0) ? MAX_BACKOFF : wait;
	}

	/** The Salesforce ids of a push Salesforce accepted, with its caveat. */
	private record Pushed(@Nullable String accountId, @Nullable String contactId, @Nullable String opportunityId,
			@Nullable String warning) {
	}

	/** One all-or-none composite graph; DUPLICATES_DETECTED links and tries again. */
	private Pushed send(UUID workspaceId, UUID opportunityId) {
		for (int round = 0; round < 3; round++) {
			Opportunity opportunity = this.directory.opportunity(workspaceId, opportunityId)
				.orElseThrow(() -> new SalesforceError("NOT_FOUND", 404, "the local opportunity no longer exists"));
			Account account = (opportunity.accountId() != null)
					? this.directory.account(workspaceId, opportunity.accountId()).orElse(null) : null;
			Contact contact = (opportunity.contactId() != null)
					? this.directory.contact(workspaceId, opportunity.contactId()).orElse(null) : null;
			Map<String, List<String>> picklists = this.store.connectionRow(workspaceId)
				.map(SalesforceStore.ConnectionRow::picklists)
				.orElse(Map.of());
			Map<String, Object> graph = this.records.graph(opportunity, account, contact, picklists);
			JsonNode result = this.oauth
				.withSession(workspaceId,
						(session) -> session
							.call("POST", "/services/data/" + this.settings.apiVersion() + "/composite/graph", graph)
							.body())
				.path("graphs")
				.path(0);
			SalesforceRecords.GraphOutcome outcome = this.records.outcome(result);
			if (outcome.successful()) {
				return linkAll(workspaceId, opportunity, account, contact, outcome.ids(),
						SalesforceRecords.currencyWarning(opportunity, picklists));
			}
			SalesforceError refusal = outcome.refusal();
			if (refusal == null) {
				throw new SalesforceError("UNKNOWN_ERROR", 500, "composite graph failed without details");
			}
			if (refusal.errorCode().equals("DUPLICATES_DETECTED") && refusal.duplicateId() != null
					&& outcome.duplicateOf() != null) {
				link(workspaceId, outcome.duplicateOf(), account, contact, refusal.duplicateId());
				continue;
			}
			throw refusal;
		}
		throw new SalesforceError("DUPLICATES_DETECTED", 400, "duplicates still detected after linking");
	}

	private void link(UUID workspaceId, String reference, @Nullable Account account, @Nullable Contact contact,
			String salesforceId) {
		if (reference.equals("account") && account != null) {
			this.store.linkAccount(workspaceId, account.id(), salesforceId);
		}
		else if (reference.equals("contact") && contact != null) {
			this.store.linkContact(workspaceId, contact.id(), salesforceId);
		}
	}

	private Pushed linkAll(UUID workspaceId, Opportunity opportunity, @Nullable Account account,
			@Nullable Contact contact, Map<String, String> ids, @Nullable String warning) {
		String accountId = (account != null) ? ids.getOrDefault("account", account.salesforceId()) : null;
		String contactId = (contact != null) ? ids.getOrDefault("contact", contact.salesforceId()) : null;
		String opportunitySfId = ids.get("opportunity");
		if (account != null && accountId != null) {
			this.store.linkAccount(workspaceId, account.id(), accountId);
		}
		if (contact != null && contactId != null) {
			this.store.linkContact(workspaceId, contact.id(), contactId);
		}
		this.store.linkOpportunity(workspaceId, opportunity.id(), opportunitySfId);
		return new Pushed(accountId, contactId, opportunitySfId, warning);
	}

	private Push toPush(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		OffsetDateTime next = rs.getObject("next_attempt_at", OffsetDateTime.class);
		return new Push(rs.getObject("id", UUID.class), rs.getObject("opportunity_id", UUID.class),
				rs.getObject("draft_id", UUID.class), rs.getString("status"), rs.getInt("attempts"),
				(next != null) ? next.toInstant() : null, rs.getString("last_error"), rs.getString("account_sf_id"),
				rs.getString("contact_sf_id"), rs.getString("opportunity_sf_id"),
				rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getString("warning"));
	}

}

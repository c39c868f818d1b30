package crmcopilot.crm.salesforce;

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
import crmcopilot.shared.outbox.OutboxItem;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Delivers the shared outbox's Salesforce pushes: one composite graph upserting the
 * opportunity with its account and contact, retried with backoff while Salesforce is
 * away, given up at once when Salesforce refuses the data.
 */
class SalesforcePushChannel extends SalesforceChannel {

	/** The kind of the outbox items this channel delivers. */
	static final String KIND = "salesforce-push";

	private final SalesforceSettings settings;

	private final SalesforceStore store;

	private final SalesforceOAuth oauth;

	private final SalesforceRecords records;

	private final AccountDirectory directory;

	private final AuditJournal journal;

	SalesforcePushChannel(SalesforceSettings settings, SalesforceStore store, SalesforceOAuth oauth,
			SalesforceRecords records, AccountDirectory directory, AuditJournal journal) {
		super(settings);
		this.settings = settings;
		this.store = store;
		this.oauth = oauth;
		this.records = records;
		this.directory = directory;
		this.journal = journal;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public Optional<String> deliver(OutboxItem item) {
		UUID workspaceId = item.workspaceId();
		UUID opportunityId = UUID.fromString(item.target());
		SalesforceStore.PushResult result = send(workspaceId, opportunityId);
		this.store.saveResult(item.id(), workspaceId, result);
		this.journal.record(AuditEvent.of(workspaceId, "crm.salesforce.pushed", "opportunity", opportunityId.toString(),
				null, Map.of("salesforceId", String.valueOf(result.opportunityId()))));
		return Optional.ofNullable(result.opportunityId());
	}

	/** One all-or-none composite graph; DUPLICATES_DETECTED links and tries again. */
	private SalesforceStore.PushResult send(UUID workspaceId, UUID opportunityId) {
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

	private SalesforceStore.PushResult linkAll(UUID workspaceId, Opportunity opportunity, @Nullable Account account,
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
		return new SalesforceStore.PushResult(accountId, contactId, opportunitySfId, warning);
	}

}

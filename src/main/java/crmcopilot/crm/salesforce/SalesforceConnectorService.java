package crmcopilot.crm.salesforce;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import crmcopilot.audit.AuditEvent;
import crmcopilot.audit.AuditJournal;
import crmcopilot.crm.AccountDirectory;
import crmcopilot.crm.SalesforceConnector;
import crmcopilot.shared.InvalidInputException;
import crmcopilot.shared.PageQuery;
import crmcopilot.shared.outbox.Outbox;
import crmcopilot.shared.outbox.OutboxDrainer;
import crmcopilot.shared.outbox.OutboxItem;
import crmcopilot.shared.outbox.OutboxMessage;
import crmcopilot.shared.outbox.OutboxStatus;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * The connector as the copilots see it: the OAuth flow, the org's picklists read from
 * {@code describe}, and pushes through the shared outbox (delivered by
 * {@link SalesforcePushChannel}). Each job is in its own class.
 */
class SalesforceConnectorService implements SalesforceConnector {

	private static final String DRAFT_ID = "draftId";

	private static final List<String> KINDS = List.of(SalesforcePushChannel.KIND);

	private static final Logger log = LoggerFactory.getLogger(SalesforceConnectorService.class);

	private final SalesforceSettings settings;

	private final SalesforceStore store;

	private final SalesforceOAuth oauth;

	private final Outbox outbox;

	private final OutboxDrainer drainer;

	private final AuditJournal journal;

	private final AccountDirectory directory;

	private final SalesforceTaskChannel tasks;

	SalesforceConnectorService(SalesforceSettings settings, SalesforceStore store, SalesforceOAuth oauth, Outbox outbox,
			OutboxDrainer drainer, AccountDirectory directory, AuditJournal journal, SalesforceTaskChannel tasks) {
		this.directory = directory;
		this.tasks = tasks;
		this.settings = settings;
		this.store = store;
		this.oauth = oauth;
		this.outbox = outbox;
		this.drainer = drainer;
		this.journal = journal;
	}

	@Override
	public String authorizationUrl(UUID workspaceId, String actor, String host, String redirectUri) {
		return this.oauth.authorizationUrl(workspaceId, host, redirectUri);
	}

	String loginUrl(String host) {
		return this.oauth.loginUrl(host);
	}

	@Override
	public Status completeAuthorization(UUID workspaceId, String actor, String state, String code) {
		SalesforceStore.Connection connection = this.oauth.completeAuthorization(workspaceId, actor, state, code);
		this.journal.record(AuditEvent.of(workspaceId, "crm.salesforce.connected", "salesforce-connection",
				connection.instanceUrl(), null, Map.of("loginUrl", connection.loginUrl())));
		try {
			refreshPicklists(workspaceId);
		}
		catch (SalesforceError ex) {
			this.store.problem(workspaceId, "describe failed: " + ex.getMessage());
		}
		return status(workspaceId);
	}

	@Override
	public Status status(UUID workspaceId) {
		return this.store.connectionRow(workspaceId)
			.map((row) -> new Status(true, row.instanceUrl(), row.loginUrl(), row.connectedBy(), row.connectedAt(),
					row.problem(), row.limitUsed(), row.limitMax(), row.limitSeenAt(), row.picklists(),
					this.outbox.counts(workspaceId, KINDS).get(OutboxStatus.PENDING).intValue()))
			.orElseGet(Status::notConnected);
	}

	@Override
	public void disconnect(UUID workspaceId, String actor) {
		this.oauth.disconnect(workspaceId);
		this.journal.record(AuditEvent.of(workspaceId, "crm.salesforce.disconnected", "salesforce-connection", null,
				null, Map.of()));
	}

	@Override
	public Optional<Push> enqueuePush(UUID workspaceId, UUID opportunityId, @Nullable UUID draftId) {
		if (this.store.connection(workspaceId).isEmpty()) {
			return Optional.empty();
		}
		if (this.directory.opportunity(workspaceId, opportunityId).isEmpty()) {
			throw new InvalidInputException("opportunityId", "crm.salesforce.error.unknownOpportunity", new Object[0],
					"unknown opportunity");
		}
		Optional<Push> waiting = push(workspaceId, opportunityId).filter((push) -> push.status() == PushStatus.PENDING);
		if (waiting.isPresent()) {
			return waiting;
		}
		this.outbox.enqueue(new OutboxMessage(workspaceId, SalesforcePushChannel.KIND, opportunityId.toString(), null,
				"{\"opportunityId\":\"" + opportunityId + "\"}",
				(draftId != null) ? Map.of(DRAFT_ID, draftId.toString()) : Map.of(), opportunityId));
		return push(workspaceId, opportunityId);
	}

	@Override
	public Optional<Push> pushNow(UUID workspaceId, UUID opportunityId, @Nullable UUID draftId) {
		Optional<Push> queued = enqueuePush(workspaceId, opportunityId, draftId);
		queued.ifPresent((push) -> this.drainer.deliverNow(workspaceId, push.id()));
		return push(workspaceId, opportunityId);
	}

	@Override
	public boolean enqueueTask(UUID workspaceId, TaskState task) {
		if (this.store.connection(workspaceId).isEmpty()) {
			return false;
		}
		this.outbox.enqueue(new OutboxMessage(workspaceId, SalesforceTaskChannel.KIND, task.followUpId().toString(),
				null, this.tasks.body(task), Map.of(), task.followUpId()));
		return true;
	}

	@Override
	public Optional<Push> push(UUID workspaceId, UUID opportunityId) {
		return this.outbox.ofReference(workspaceId, opportunityId)
			.stream()
			.filter((item) -> item.kind().equals(SalesforcePushChannel.KIND))
			.findFirst()
			.map(this::push);
	}

	@Override
	public List<Push> pushes(UUID workspaceId, int limit) {
		return this.outbox
			.page(workspaceId, KINDS, null, new PageQuery(0, Math.max(1, Math.min(limit, PageQuery.MAX_SIZE))))
			.items()
			.stream()
			.map(this::push)
			.toList();
	}

	private Push push(OutboxItem item) {
		SalesforceStore.PushResult result = item.failed() || item.pending() ? null
				: this.store.result(item.workspaceId(), item.id()).orElse(null);
		String draftId = item.headers().get(DRAFT_ID);
		PushStatus status = switch (item.status()) {
			case PENDING -> PushStatus.PENDING;
			case SENT -> PushStatus.DONE;
			case FAILED -> PushStatus.FAILED;
		};
		return new Push(item.id(), UUID.fromString(item.target()), (draftId != null) ? UUID.fromString(draftId) : null,
				status, item.attempts(), item.pending() ? item.nextAttemptAt() : null, item.lastError(),
				(result != null) ? result.accountId() : null, (result != null) ? result.contactId() : null,
				(result != null) ? result.opportunityId() : item.providerRef(),
				(item.sentAt() != null) ? item.sentAt() : item.createdAt(), (result != null) ? result.warning() : null);
	}

	/** Attempts the pushes due now (what the shared drainer does on its schedule). */
	int processDue() {
		return this.drainer.deliverDue();
	}

	/** Attempts one push now when it is due. */
	void process(UUID workspaceId, UUID pushId) {
		this.drainer.deliverNow(workspaceId, pushId);
	}

	/**
	 * Reads the active values of the Opportunity picklists and the org's default
	 * currency, and keeps them with the connection.
	 */
	Map<String, List<String>> refreshPicklists(UUID workspaceId) {
		Map<String, List<String>> picklists = this.oauth.withSession(workspaceId, (session) -> {
			JsonNode describe = session
				.call("GET", "/services/data/" + this.settings.apiVersion() + "/sobjects/Opportunity/describe", null)
				.body();
			Map<String, List<String>> values = new LinkedHashMap<>();
			for (JsonNode field : describe.path("fields")) {
				String name = field.path("name").asString("");
				if (SalesforceRecords.PICKLISTS.contains(name)) {
					List<String> active = new ArrayList<>();
					for (JsonNode value : field.path("picklistValues")) {
						if (value.path("active").asBoolean(true)) {
							active.add(value.path("value").asString());
						}
					}
					values.put(name, active);
				}
			}
			try {
				String soql = URLEncoder.encode("SELECT Id, DefaultCurrencyIsoCode FROM Organization LIMIT 1",
						StandardCharsets.UTF_8);
				JsonNode organization = session
					.call("GET", "/services/data/" + this.settings.apiVersion() + "/query?q=" + soql, null)
					.body()
					.path("records")
					.path(0);
				String currency = organization.path(SalesforceRecords.DEFAULT_CURRENCY).asString(null);
				if (currency != null && !currency.isBlank()) {
					values.put(SalesforceRecords.DEFAULT_CURRENCY, List.of(currency));
				}
			}
			catch (SalesforceError ex) {
				if (ex.transientFailure()) {
					throw ex;
				}
				log.info("Default currency of the Salesforce org of workspace {} not read: {}", workspaceId,
						ex.getMessage());
			}
			return values;
		});
		this.store.picklists(workspaceId, picklists);
		return picklists;
	}

}

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
import crmcopilot.workspace.SecretCipher;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The connector as the copilots see it: the OAuth flow, the org's picklists read from
 * {@code describe}, and pushes through the outbox. Each job is in its own class.
 */
class SalesforceConnectorService implements SalesforceConnector {

	private static final Logger log = LoggerFactory.getLogger(SalesforceConnectorService.class);

	private final SalesforceSettings settings;

	private final SalesforceStore store;

	private final SalesforceOAuth oauth;

	private final SalesforcePushOutbox outbox;

	private final AuditJournal journal;

	SalesforceConnectorService(SalesforceSettings settings, JdbcClient jdbc, SecretCipher cipher, JsonMapper json,
			AccountDirectory directory, AuditJournal journal) {
		this.settings = settings;
		this.journal = journal;
		this.store = new SalesforceStore(jdbc, cipher, json);
		this.oauth = new SalesforceOAuth(settings, this.store, new SalesforceClient(json, settings.timeout()));
		this.outbox = new SalesforcePushOutbox(settings, jdbc, this.store, this.oauth, new SalesforceRecords(settings),
				directory, journal);
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
					this.outbox.pending(workspaceId)))
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
		return this.outbox.enqueue(workspaceId, opportunityId, draftId);
	}

	@Override
	public Optional<Push> pushNow(UUID workspaceId, UUID opportunityId, @Nullable UUID draftId) {
		Optional<Push> queued = enqueuePush(workspaceId, opportunityId, draftId);
		queued.ifPresent((push) -> this.outbox.process(workspaceId, push.id()));
		return push(workspaceId, opportunityId);
	}

	@Override
	public Optional<Push> push(UUID workspaceId, UUID opportunityId) {
		return this.outbox.latest(workspaceId, opportunityId);
	}

	@Override
	public List<Push> pushes(UUID workspaceId, int limit) {
		return this.outbox.recent(workspaceId, limit);
	}

	/** Pushes every due outbox entry (oldest first); returns how many were attempted. */
	int processDue() {
		return this.outbox.processDue();
	}

	/** Claims one entry and pushes it; false when another worker holds it. */
	boolean process(UUID workspaceId, UUID pushId) {
		return this.outbox.process(workspaceId, pushId);
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

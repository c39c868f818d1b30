package crmcopilot.crm.salesforce;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import crmcopilot.audit.AuditJournal;
import crmcopilot.crm.Account;
import crmcopilot.crm.AccountDirectory;
import crmcopilot.crm.Contact;
import crmcopilot.crm.Opportunity;
import crmcopilot.crm.SalesforceConnector;
import crmcopilot.shared.outbox.Outbox;
import crmcopilot.shared.outbox.OutboxDrainer;
import crmcopilot.workspace.PrivacyLevel;
import crmcopilot.workspace.SecretCipher;
import crmcopilot.workspace.Workspaces;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new workspace, the connector wired to a {@link FakeSalesforce} (its pushes and Tasks
 * drained by a drainer of their own), and the steps of connecting it.
 */
final class ConnectedOrg implements AutoCloseable {

	static final String CALLBACK = "http://localhost/opportunities/salesforce/callback";

	final FakeSalesforce salesforce;

	final SalesforceConnectorService connector;

	final AccountDirectory directory;

	final UUID ws;

	ConnectedOrg(ApplicationContext context) throws Exception {
		this(context.getBean(JdbcClient.class), context.getBean(SecretCipher.class), context.getBean(JsonMapper.class),
				context.getBean(AccountDirectory.class), context.getBean(AuditJournal.class),
				context.getBean(Workspaces.class), context.getBean(Outbox.class));
	}

	ConnectedOrg(JdbcClient jdbc, SecretCipher cipher, JsonMapper json, AccountDirectory directory,
			AuditJournal journal, Workspaces workspaces, Outbox outbox) throws Exception {
		this.salesforce = new FakeSalesforce();
		this.directory = directory;
		SalesforceSettings settings = new SalesforceSettings("3MVG9-test-client", "", FakeSalesforce.VERSION,
				"CrmCopilot_Id__c", List.of("127.0.0.1"), Duration.ofSeconds(5), Duration.ofMinutes(1), 5);
		SalesforceStore store = new SalesforceStore(jdbc, cipher, json);
		SalesforceOAuth oauth = new SalesforceOAuth(settings, store, new SalesforceClient(json, settings.timeout()));
		SalesforceTaskChannel tasks = new SalesforceTaskChannel(settings, oauth, directory, outbox, json);
		OutboxDrainer drainer = new OutboxDrainer(outbox, List.of(
				new SalesforcePushChannel(settings, store, oauth, new SalesforceRecords(settings), directory, journal),
				tasks));
		this.connector = new SalesforceConnectorService(settings, store, oauth, outbox, drainer, directory, journal,
				tasks);
		String slug = "sf-" + UUID.randomUUID().toString().substring(0, 8);
		this.ws = workspaces
			.create(new Workspaces.NewWorkspace(slug, slug, "fr", "Africa/Dakar", PrivacyLevel.PRIVATE, false))
			.id();
	}

	/**
	 * Follows the authorisation URL like a browser and returns the callback's parameters.
	 */
	static Map<String, String> authorize(String url) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(302);
		String location = response.headers().firstValue("Location").orElseThrow();
		assertThat(location).startsWith(CALLBACK + "?");
		Map<String, String> params = new HashMap<>();
		for (String pair : URI.create(location).getRawQuery().split("&")) {
			String[] kv = pair.split("=", 2);
			params.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
		}
		return params;
	}

	SalesforceConnector.Status connect() throws Exception {
		String url = this.connector.authorizationUrl(this.ws, "admin@example.com", this.salesforce.url(), CALLBACK);
		Map<String, String> callback = authorize(url);
		return this.connector.completeAuthorization(this.ws, "admin@example.com", callback.get("state"),
				callback.get("code"));
	}

	Opportunity localOpportunity(String accountName, String lastName) {
		Account account = this.directory.createAccount(this.ws,
				new AccountDirectory.NewAccount(accountName, "Sénégal", "Dakar", null, null, null));
		Contact contact = this.directory.createContact(this.ws, new AccountDirectory.NewContact(account.id(), "Awa",
				lastName, "DSI", "awa@" + UUID.randomUUID() + ".sn", null));
		return this.directory.createOpportunity(this.ws,
				new AccountDirectory.NewOpportunity(account.id(), contact.id(), accountName + " – Licences",
						"Prospection", LocalDate.of(2026, 3, 15), "Projet", "Recommandation", "Sénégal", 45e6, "XOF",
						"Licences Microsoft 365", null, null));
	}

	SalesforceConnector.Push pushNow(Opportunity opportunity) {
		SalesforceConnector.Push queued = this.connector.enqueuePush(this.ws, opportunity.id(), null).orElseThrow();
		this.connector.process(this.ws, queued.id());
		return this.connector.push(this.ws, opportunity.id()).orElseThrow();
	}

	@Override
	public void close() {
		this.salesforce.close();
	}

}

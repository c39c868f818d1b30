package crmcopilot.crm.salesforce;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import crmcopilot.CopilotIntegrationTest;
import crmcopilot.audit.AuditJournal;
import crmcopilot.crm.Account;
import crmcopilot.crm.AccountDirectory;
import crmcopilot.crm.Contact;
import crmcopilot.crm.Opportunity;
import crmcopilot.crm.SalesforceConnector;
import crmcopilot.shared.InvalidInputException;
import crmcopilot.shared.outbox.Outbox;
import crmcopilot.workspace.SecretCipher;
import crmcopilot.workspace.Workspaces;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@CopilotIntegrationTest
class SalesforceConnectorIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SecretCipher cipher;

	@Autowired
	JsonMapper json;

	@Autowired
	AccountDirectory directory;

	@Autowired
	AuditJournal journal;

	@Autowired
	Workspaces workspaces;

	@Autowired
	Outbox outbox;

	FakeSalesforce salesforce;

	SalesforceConnectorService connector;

	UUID ws;

	ConnectedOrg org;

	@BeforeEach
	void setUp() throws Exception {
		this.org = new ConnectedOrg(this.jdbc, this.cipher, this.json, this.directory, this.journal, this.workspaces,
				this.outbox);
		this.salesforce = this.org.salesforce;
		this.connector = this.org.connector;
		this.ws = this.org.ws;
	}

	@AfterEach
	void tearDown() {
		this.org.close();
	}

	private Map<String, String> authorize(String url) throws Exception {
		return ConnectedOrg.authorize(url);
	}

	private SalesforceConnector.Status connect() throws Exception {
		return this.org.connect();
	}

	private Opportunity localOpportunity(String accountName, String lastName) {
		return this.org.localOpportunity(accountName, lastName);
	}

	private SalesforceConnector.Push pushNow(Opportunity opportunity) {
		return this.org.pushNow(opportunity);
	}

	@Test
	void should_connect_with_pkce_encrypt_the_refresh_token_and_read_picklists() throws Exception {
		String url = this.connector.authorizationUrl(this.ws, "admin@example.com", this.salesforce.url(),
				ConnectedOrg.CALLBACK);
		assertThat(url).contains("code_challenge_method=S256").contains("response_type=code");
		Map<String, String> callback = authorize(url);
		assertThatThrownBy(() -> this.connector.completeAuthorization(this.ws, "admin@example.com", "forged-state",
				callback.get("code")))
			.isInstanceOf(InvalidInputException.class);
		SalesforceConnector.Status status = this.connector.completeAuthorization(this.ws, "admin@example.com",
				callback.get("state"), callback.get("code"));

		assertThat(status.connected()).isTrue();
		assertThat(status.instanceUrl()).isEqualTo(this.salesforce.url());
		assertThat(status.picklists().get("StageName")).contains("Prospection", "Qualification");
		assertThat(status.picklists().get("LeadSource")).contains("Appel d'offres");
		assertThat(status.limitUsed()).isPositive();
		assertThat(status.limitMax()).isEqualTo(15000L);
		String stored = this.jdbc.sql("SELECT refresh_token FROM sf_connections WHERE workspace_id = ?")
			.param(this.ws)
			.query(String.class)
			.single();
		assertThat(this.salesforce.refreshTokens.keySet()).noneMatch(stored::contains);
		assertThat(this.salesforce.refreshTokens.keySet()).contains(this.cipher.decrypt(stored));
		// the same code and state cannot be replayed
		assertThatThrownBy(() -> this.connector.completeAuthorization(this.ws, "admin@example.com",
				callback.get("state"), callback.get("code")))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	void should_refuse_hosts_that_are_not_salesforce_login_hosts() {
		assertThat(this.connector.loginUrl("login")).isEqualTo("https://login.salesforce.com");
		assertThat(this.connector.loginUrl("test")).isEqualTo("https://test.salesforce.com");
		assertThat(this.connector.loginUrl("acme.my.salesforce.com")).isEqualTo("https://acme.my.salesforce.com");
		assertThat(this.connector.loginUrl("acme--uat.sandbox.my.salesforce.com"))
			.isEqualTo("https://acme--uat.sandbox.my.salesforce.com");
		assertThatThrownBy(() -> this.connector.loginUrl("evil.example.com")).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> this.connector.loginUrl("http://10.0.0.1")).isInstanceOf(InvalidInputException.class);
	}

	@Test
	void should_create_account_contact_and_opportunity_in_one_graph_and_upsert_on_a_second_push() throws Exception {
		connect();
		Opportunity opportunity = localOpportunity("Sonatel", "Ndiaye");

		SalesforceConnector.Push first = pushNow(opportunity);
		assertThat(first.status()).isEqualTo(SalesforceConnector.PushStatus.DONE);
		assertThat(first.accountSalesforceId()).startsWith("001");
		assertThat(first.contactSalesforceId()).startsWith("003");
		assertThat(first.opportunitySalesforceId()).startsWith("006");
		assertThat(this.salesforce.graphRequests.get()).isEqualTo(1);
		Map<String, Object> created = this.salesforce.records.get("Opportunity").get(opportunity.id().toString());
		assertThat(created).containsEntry("AccountId", first.accountSalesforceId())
			.containsEntry("StageName", "Prospection")
			.containsEntry("LeadSource", "Recommandation")
			.containsEntry("CloseDate", "2026-03-15");
		assertThat(this.salesforce.records.get("Contact").values()).singleElement()
			.satisfies((c) -> assertThat(c).containsEntry("AccountId", first.accountSalesforceId()));
		assertThat(this.directory.opportunity(this.ws, opportunity.id()).orElseThrow().salesforceId())
			.isEqualTo(first.opportunitySalesforceId());

		SalesforceConnector.Push second = pushNow(opportunity);
		assertThat(second.id()).isNotEqualTo(first.id());
		assertThat(second.status()).isEqualTo(SalesforceConnector.PushStatus.DONE);
		assertThat(second.opportunitySalesforceId()).isEqualTo(first.opportunitySalesforceId());
		assertThat(this.salesforce.count("Account")).isEqualTo(1);
		assertThat(this.salesforce.count("Opportunity")).isEqualTo(1);
	}

	@Test
	void should_link_the_contact_with_a_primary_contact_role_once() throws Exception {
		connect();
		Opportunity opportunity = localOpportunity("Kirène", "Mbaye");

		SalesforceConnector.Push first = pushNow(opportunity);

		assertThat(first.status()).isEqualTo(SalesforceConnector.PushStatus.DONE);
		assertThat(this.salesforce.records.get("OpportunityContactRole").values()).singleElement()
			.satisfies((role) -> assertThat(role).containsEntry("OpportunityId", first.opportunitySalesforceId())
				.containsEntry("ContactId", first.contactSalesforceId())
				.containsEntry("Role", "Decision Maker")
				.containsEntry("IsPrimary", true)
				.hasEntrySatisfying("Id", (id) -> assertThat((String) id).startsWith("00K")));
		// a second push updates the opportunity and adds no second role
		assertThat(pushNow(opportunity).status()).isEqualTo(SalesforceConnector.PushStatus.DONE);
		assertThat(this.salesforce.count("OpportunityContactRole")).isEqualTo(1);
	}

	@Test
	void should_send_the_currency_to_a_multi_currency_org_only_when_it_is_active_there() throws Exception {
		this.salesforce.currencies = List.of("EUR", "USD", "XOF");
		this.salesforce.defaultCurrency = "EUR";
		assertThat(connect().picklists().get("CurrencyIsoCode")).containsExactly("EUR", "USD", "XOF");
		Opportunity inFrancs = localOpportunity("Sonatel", "Ndiaye");

		SalesforceConnector.Push sent = pushNow(inFrancs);

		assertThat(sent.status()).isEqualTo(SalesforceConnector.PushStatus.DONE);
		assertThat(sent.warning()).isNull();
		assertThat(this.salesforce.records.get("Opportunity").get(inFrancs.id().toString()))
			.containsEntry("CurrencyIsoCode", "XOF")
			.containsEntry("Amount", 45e6);

		Account account = this.directory.createAccount(this.ws,
				new AccountDirectory.NewAccount("Ghana Telecom", "Ghana", "Accra", null, null, null));
		Opportunity inCedis = this.directory.createOpportunity(this.ws,
				new AccountDirectory.NewOpportunity(account.id(), null, "Ghana Telecom – Audit", "Prospection",
						LocalDate.of(2026, 5, 1), null, null, "Ghana", 250000.0, "GHS", null, null, null));
		SalesforceConnector.Push notSent = pushNow(inCedis);
		assertThat(notSent.status()).isEqualTo(SalesforceConnector.PushStatus.DONE);
		assertThat(notSent.warning()).contains("GHS").contains("not active");
		assertThat(this.salesforce.records.get("Opportunity").get(inCedis.id().toString()))
			.doesNotContainKey("CurrencyIsoCode");
	}

	@Test
	void should_warn_when_a_single_currency_org_has_another_currency_and_keep_the_chosen_role() throws Exception {
		this.salesforce.defaultCurrency = "EUR";
		SalesforceConnector.Status status = connect();
		assertThat(status.picklists()).doesNotContainKey("CurrencyIsoCode")
			.containsEntry("DefaultCurrencyIsoCode", List.of("EUR"));
		Account account = this.directory.createAccount(this.ws,
				new AccountDirectory.NewAccount("CBAO", "Sénégal", "Dakar", null, null, null));
		Contact contact = this.directory.createContact(this.ws,
				new AccountDirectory.NewContact(account.id(), "Ibrahima", "Sow", "DG", null, null));
		Opportunity opportunity = this.directory.createOpportunity(this.ws,
				new AccountDirectory.NewOpportunity(account.id(), contact.id(), "CBAO – Cloud", "Prospection",
						LocalDate.of(2026, 6, 30), null, null, "Sénégal", 12e6, "XOF", null, null, null,
						"Economic Buyer"));

		SalesforceConnector.Push push = pushNow(opportunity);

		assertThat(push.status()).isEqualTo(SalesforceConnector.PushStatus.DONE);
		assertThat(push.warning()).contains("single currency, EUR").contains("XOF");
		assertThat(this.salesforce.records.get("Opportunity").get(opportunity.id().toString()))
			.doesNotContainKey("CurrencyIsoCode")
			.hasEntrySatisfying("Description", (d) -> assertThat((String) d).contains("Montant : 12000000 XOF"));
		assertThat(this.salesforce.records.get("OpportunityContactRole").values()).singleElement()
			.satisfies((role) -> assertThat(role).containsEntry("Role", "Economic Buyer"));
	}

	@Test
	void should_refresh_an_expired_session_once_and_keep_the_rotated_refresh_token() throws Exception {
		connect();
		String before = this.cipher
			.decrypt(this.jdbc.sql("SELECT refresh_token FROM sf_connections WHERE workspace_id = ?")
				.param(this.ws)
				.query(String.class)
				.single());
		this.salesforce.expireAccessTokens();

		SalesforceConnector.Push push = pushNow(localOpportunity("Orange Sénégal", "Diop"));

		assertThat(push.status()).isEqualTo(SalesforceConnector.PushStatus.DONE);
		assertThat(this.salesforce.refreshes.get()).isEqualTo(1);
		String after = this.cipher
			.decrypt(this.jdbc.sql("SELECT refresh_token FROM sf_connections WHERE workspace_id = ?")
				.param(this.ws)
				.query(String.class)
				.single());
		assertThat(after).isNotEqualTo(before);
		assertThat(this.salesforce.refreshTokens).containsKey(after).doesNotContainKey(before);
	}

	@Test
	void should_ask_for_reconnection_when_the_refresh_token_is_revoked() throws Exception {
		connect();
		this.salesforce.expireAccessTokens();
		this.salesforce.refreshTokens.clear();

		SalesforceConnector.Push push = pushNow(localOpportunity("Expresso", "Fall"));

		assertThat(push.status()).isEqualTo(SalesforceConnector.PushStatus.FAILED);
		assertThat(push.lastError()).contains("RECONNECT_NEEDED");
		assertThat(this.connector.status(this.ws).problem()).contains("reconnect");
	}

	@Test
	void should_link_to_the_existing_account_when_salesforce_detects_a_duplicate() throws Exception {
		connect();
		this.salesforce.existingAccountsByName.put("Free Sénégal", "001EXISTING0001");

		SalesforceConnector.Push push = pushNow(localOpportunity("Free Sénégal", "Sarr"));

		assertThat(push.status()).isEqualTo(SalesforceConnector.PushStatus.DONE);
		assertThat(push.accountSalesforceId()).isEqualTo("001EXISTING0001");
		assertThat(this.salesforce.count("Account")).isZero();
		assertThat(this.salesforce.records.get("Opportunity").values()).singleElement()
			.satisfies((o) -> assertThat(o).containsEntry("AccountId", "001EXISTING0001"));
	}

	@Test
	void should_show_a_required_field_error_and_create_nothing() throws Exception {
		connect();
		Account account = this.directory.createAccount(this.ws,
				new AccountDirectory.NewAccount("Wave Mobile", null, null, null, null, null));
		Contact nameless = this.directory.createContact(this.ws,
				new AccountDirectory.NewContact(account.id(), null, null, null, "contact@wave.sn", null));
		Opportunity opportunity = this.directory.createOpportunity(this.ws,
				new AccountDirectory.NewOpportunity(account.id(), nameless.id(), "Wave – Audit", "Prospection",
						LocalDate.of(2026, 4, 1), null, null, null, null, null, null, null, null));

		SalesforceConnector.Push push = pushNow(opportunity);

		assertThat(push.status()).isEqualTo(SalesforceConnector.PushStatus.FAILED);
		assertThat(push.lastError()).contains("REQUIRED_FIELD_MISSING").contains("Contact").contains("LastName");
		assertThat(this.salesforce.count("Account")).isZero();
	}

	@Test
	void should_keep_the_push_in_the_outbox_during_an_outage_and_deliver_it_later() throws Exception {
		connect();
		Opportunity opportunity = localOpportunity("Sen'Eau", "Ba");
		this.salesforce.outages.set(1);

		SalesforceConnector.Push waiting = pushNow(opportunity);
		assertThat(waiting.status()).isEqualTo(SalesforceConnector.PushStatus.PENDING);
		assertThat(waiting.attempts()).isEqualTo(1);
		assertThat(waiting.lastError()).contains("UNAVAILABLE");
		assertThat(waiting.nextAttemptAt()).isAfter(java.time.Instant.now());
		assertThat(this.connector.status(this.ws).pendingPushes()).isEqualTo(1);
		assertThat(this.salesforce.count("Opportunity")).isZero();

		// the backoff elapses
		this.jdbc.sql("UPDATE outbox SET next_attempt_at = ? WHERE workspace_id = ? AND id = ?")
			.params(java.time.OffsetDateTime.now().minusSeconds(1), this.ws, waiting.id())
			.update();
		this.connector.processDue();

		SalesforceConnector.Push delivered = this.connector.push(this.ws, opportunity.id()).orElseThrow();
		assertThat(delivered.status()).isEqualTo(SalesforceConnector.PushStatus.DONE);
		assertThat(delivered.attempts()).isEqualTo(2);
		assertThat(this.salesforce.count("Opportunity")).isEqualTo(1);
	}

	@Test
	void should_not_queue_anything_when_the_workspace_is_not_connected() {
		Opportunity opportunity = localOpportunity("Senelec", "Gueye");
		assertThat(this.connector.enqueuePush(this.ws, opportunity.id(), null)).isEmpty();
		assertThat(this.connector.status(this.ws).connected()).isFalse();
	}

}

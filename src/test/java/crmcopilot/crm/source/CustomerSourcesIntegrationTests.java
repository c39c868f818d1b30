package crmcopilot.crm.source;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import crmcopilot.CopilotIntegrationTest;
import crmcopilot.crm.ColumnType;
import crmcopilot.crm.CustomerData;
import crmcopilot.crm.CustomerSource;
import crmcopilot.crm.CustomerSources;
import crmcopilot.crm.SourceKind;
import crmcopilot.shared.InvalidInputException;
import crmcopilot.workspace.PrivacyLevel;
import crmcopilot.workspace.Workspaces;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@CopilotIntegrationTest
class CustomerSourcesIntegrationTests {

	@Autowired
	CustomerSources sources;

	@Autowired
	Workspaces workspaces;

	@Autowired
	DemoCustomerTables demoTables;

	@Autowired
	JdbcClient jdbc;

	@Test
	void should_read_a_mapped_table_of_an_h2_database_with_an_encrypted_password() throws Exception {
		UUID workspace = newWorkspace();
		String url = "jdbc:h2:mem:crm-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
		try (Connection connection = DriverManager.getConnection(url, "crm", "s3cret");
				Statement statement = connection.createStatement()) {
			statement
				.execute("CREATE TABLE clients (id VARCHAR(10), age INT, revenu DOUBLE PRECISION, csp VARCHAR(10))");
			statement.execute("INSERT INTO clients VALUES ('a', 30, 35000, 'CSP'), ('b', 52, 81000, 'CSP+'), "
					+ "('c', 41, NULL, 'CSP')");
			CustomerSource source = this.sources.saveJdbc(workspace, "CRM", url, "crm", "s3cret", "clients", null);
			assertThat(source.kind()).isEqualTo(SourceKind.JDBC);
			String stored = this.jdbc.sql("SELECT password_enc FROM crm_customer_sources WHERE id = ?")
				.param(source.id())
				.query(String.class)
				.single();
			assertThat(stored).isNotBlank().doesNotContain("s3cret");
			CustomerData data = this.sources.read(workspace, source.id(), "clients", 1000);
			assertThat(data.totalRows()).isEqualTo(3);
			assertThat(data.columnNames()).containsExactly("id", "age", "revenu", "csp");
			assertThat(data.columns().get(1).type()).isEqualTo(ColumnType.INTEGER);
			assertThat(data.columns().get(2).missing()).isEqualTo(1);
			assertThat(this.sources.find(newWorkspace(), source.id())).isEmpty();
		}
	}

	@Test
	void should_refuse_a_table_that_does_not_exist() {
		UUID workspace = newWorkspace();
		String url = "jdbc:h2:mem:crm-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.sources.saveJdbc(workspace, "CRM", url, "sa", "", "missing", null))
			.withMessageContaining("cannot read the table");
	}

	@Test
	void should_refuse_a_url_and_a_table_naming_the_field_and_the_message_key() {
		UUID workspace = newWorkspace();
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.sources.saveJdbc(workspace, "CRM", "jdbc:mysql://h/db", "u", "", "clients", null))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("url"))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("crm.jdbc.error.driver"));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.sources.saveJdbc(workspace, "CRM", "jdbc:h2:mem:x", "sa", "", "clients", "a; b"))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("enrichmentTable"))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("crm.jdbc.error.table"))
			.satisfies((ex) -> assertThat(ex.arguments()).containsExactly("a; b"));
	}

	@Test
	void should_fill_the_demo_tables_deterministically_and_scope_them_to_the_workspace() {
		UUID workspace = newWorkspace();
		this.demoTables.fill(workspace);
		CustomerSource demo = this.sources.demo(workspace);
		CustomerData clients = this.sources.read(workspace, demo.id(), "demo_seg_client", 10_000);
		CustomerData enriched = this.sources.read(workspace, demo.id(), "demo_seg_client_enrichi", 10_000);
		assertThat(clients.totalRows()).isEqualTo(5_000);
		assertThat(enriched.totalRows()).isEqualTo(5_000);
		assertThat(clients.columnNames()).doesNotContain("workspace_id").contains("client_id", "date_naissance");
		assertThat(enriched.columns().get(enriched.indexOf("csp")).type()).isEqualTo(ColumnType.CATEGORY);
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.sources.read(workspace, demo.id(), "users", 10))
			.withMessageContaining("demo source only has");
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.sources.read(newWorkspace(), demo.id(), "demo_seg_client", 10))
			.withMessageContaining("unknown customer source");
	}

	private UUID newWorkspace() {
		String slug = "crm-" + UUID.randomUUID().toString().substring(0, 8);
		return this.workspaces
			.create(new Workspaces.NewWorkspace(slug, slug, "fr", "Europe/Paris", PrivacyLevel.PRIVATE, false))
			.id();
	}

}

package crmcopilot.learning.internal.training;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import crmcopilot.CopilotIntegrationTest;
import crmcopilot.learning.internal.CsvRows;
import crmcopilot.learning.internal.MerchantData;
import crmcopilot.learning.internal.TrainingRun;
import crmcopilot.learning.internal.demo.DemoMerchants;
import crmcopilot.shared.CsvLimits;
import crmcopilot.shared.InvalidInputException;
import crmcopilot.workspace.PrivacyLevel;
import crmcopilot.workspace.SecretCipher;
import crmcopilot.workspace.Workspaces;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@CopilotIntegrationTest
class LearningJdbcSourceIntegrationTests {

	@Autowired
	Workspaces workspaces;

	@Autowired
	TrainingData data;

	@Autowired
	MerchantConfigs configs;

	@Autowired
	ModelTraining training;

	@Autowired
	JdbcTrainingSources sources;

	@Autowired
	SecretCipher cipher;

	@Autowired
	JdbcClient jdbc;

	UUID merchant() {
		String slug = "jdbc-" + UUID.randomUUID().toString().substring(0, 8);
		return this.workspaces
			.create(new Workspaces.NewWorkspace(slug, slug, "fr", "Europe/Paris", PrivacyLevel.PRIVATE, false))
			.id();
	}

	/** A merchant database holding the given CSV rows in typed columns. */
	static String merchantDatabase(byte[] csv) throws SQLException {
		String url = "jdbc:h2:mem:shop-" + UUID.randomUUID().toString().substring(0, 8) + ";DB_CLOSE_DELAY=-1";
		try (Connection connection = DriverManager.getConnection(url, "shop", "s3cret");
				Statement ddl = connection.createStatement()) {
			ddl.execute(
					"CREATE TABLE sessions (id INT PRIMARY KEY, pages_viewed INT, session_minutes DOUBLE PRECISION, "
							+ "product_views INT, cart_value DECIMAL(10, 2), returning_visitor INT, discount_seen INT, "
							+ "device VARCHAR(20), channel VARCHAR(20), \"MONTH\" INT, refunded INT, purchased BOOLEAN)");
			List<Map<String, String>> rows = CsvRows.read(csv, "file", CsvLimits.DEFAULT).rows();
			try (PreparedStatement insert = connection
				.prepareStatement("INSERT INTO sessions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
				int id = 0;
				for (Map<String, String> row : rows) {
					insert.setInt(1, ++id);
					int at = 2;
					for (String column : DemoMerchants.HEADER.split(",")) {
						String value = row.get(column);
						if (column.equals("purchased")) {
							insert.setBoolean(at++, value.equals("1"));
						}
						else {
							insert.setString(at++, value);
						}
					}
					insert.addBatch();
				}
				insert.executeBatch();
			}
		}
		return url;
	}

	@Test
	void rows_read_from_a_jdbc_table_encode_exactly_as_the_same_rows_imported_by_csv() throws SQLException {
		UUID merchant = merchant();
		// external data sets are platform-wide and other tests add some: train on the
		// merchant's own rows only, so the model's quality does not depend on test order
		this.configs.updateConfig(merchant, MerchantConfigs.ConfigChange.sources(Map.of("external", false)), "test");
		byte[] csv = DemoMerchants.csv(4, 300);
		String url = merchantDatabase(csv);

		TrainingData.DatasetInfo info = this.sources.connect(merchant,
				new JdbcTrainingSources.JdbcSource(url, "sessions", "purchased", "shop", "s3cret"), "test");

		assertThat(info.rows()).isEqualTo(300);
		assertThat(info.labelColumn()).isEqualTo("purchased");
		MerchantData fromJdbc = this.data.merchantData(merchant, this.configs.config(merchant));
		this.data.importDataset(merchant, "same.csv", "purchased", csv, "test");
		MerchantData fromCsv = this.data.merchantData(merchant, this.configs.config(merchant));
		assertThat(fromJdbc.train().x()).containsExactly(fromCsv.train().x());
		assertThat(fromJdbc.train().y()).containsExactly(fromCsv.train().y());
		assertThat(fromJdbc.heldOut().y()).containsExactly(fromCsv.heldOut().y());

		// the password is stored encrypted, and a refresh (as the worker does) reads it
		// back
		String stored = this.jdbc.sql("SELECT password_encrypted FROM marketing_ai_jdbc_sources WHERE workspace_id = ?")
			.param(merchant)
			.query(String.class)
			.single();
		assertThat(stored).doesNotContain("s3cret");
		assertThat(this.cipher.decrypt(stored)).isEqualTo("s3cret");
		assertThat(this.sources.source(merchant)).hasValueSatisfying((source) -> {
			assertThat(source.hasPassword()).isTrue();
			assertThat(source.table()).isEqualTo("sessions");
		});
		assertThat(this.sources.refresh(merchant, "test")).hasValueSatisfying((again) -> {
			assertThat(again.rows()).isEqualTo(300);
			assertThat(again.name()).isEqualTo("jdbc:sessions");
		});
		TrainingRun run = this.training.train(merchant, "test");
		assertThat(((Number) run.metrics().get("auc")).doubleValue()).isGreaterThan(0.6);
	}

	/** The platform's own database, H2 or PostgreSQL as the run uses. */
	@org.springframework.beans.factory.annotation.Value("${spring.datasource.url}")
	String platformDatabase;

	@Test
	void refuses_the_platform_database_script_parameters_odd_tables_wrong_credentials_and_a_missing_label()
			throws SQLException {
		UUID merchant = merchant();
		String url = merchantDatabase(DemoMerchants.csv(5, 20));

		assertThatThrownBy(() -> this.sources.connect(merchant,
				new JdbcTrainingSources.JdbcSource(this.platformDatabase, "marketing_ai_datasets", "purchased", "sa",
						null),
				"test"))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> assertThat(ex.field()).isEqualTo("url"));
		assertThatThrownBy(() -> this.sources.connect(merchant,
				new JdbcTrainingSources.JdbcSource("jdbc:h2:mem:x;INIT=RUNSCRIPT FROM 'http://127.0.0.1/evil.sql'",
						"sessions", "purchased", null, null),
				"test"))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> assertThat(ex.field()).isEqualTo("url"));
		assertThatThrownBy(() -> this.sources.connect(merchant,
				new JdbcTrainingSources.JdbcSource("jdbc:mysql://db/shop", "sessions", "purchased", null, null),
				"test"))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> assertThat(ex.field()).isEqualTo("url"));
		assertThatThrownBy(
				() -> this.sources.connect(merchant,
						new JdbcTrainingSources.JdbcSource(url, "sessions; DROP TABLE sessions", "purchased", "shop",
								"s3cret"),
						"test"))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> assertThat(ex.field()).isEqualTo("table"));
		assertThatThrownBy(() -> this.sources.connect(merchant,
				new JdbcTrainingSources.JdbcSource(url, "sessions", "purchased", "shop", "wrong"), "test"))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> assertThat(ex.field()).isEqualTo("url"));
		assertThatThrownBy(() -> this.sources.connect(merchant,
				new JdbcTrainingSources.JdbcSource(url, "sessions", "bought", "shop", "s3cret"), "test"))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> assertThat(ex.field()).isEqualTo("label"));
		assertThat(this.data.dataset(merchant)).isEmpty();
	}

	@Test
	void should_refuse_internal_hosts_naming_the_url_and_answer_a_closed_port_without_telling_it()
			throws java.io.IOException {
		UUID merchant = merchant();
		for (String url : List.of("jdbc:postgresql://169.254.169.254:5432/shop",
				"jdbc:postgresql://127.0.0.2:5432/shop", "jdbc:postgresql://db.example,127.0.0.2/shop")) {
			assertThatThrownBy(() -> this.sources.connect(merchant,
					new JdbcTrainingSources.JdbcSource(url, "sessions", "purchased", "shop", "s3cret"), "test"))
				.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> {
					assertThat(ex.field()).isEqualTo("url");
					assertThat(ex.messageKey()).isEqualTo("outbound.error.refused");
				});
		}
		int closedPort;
		try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1,
				java.net.InetAddress.getByName("127.0.0.1"))) {
			closedPort = socket.getLocalPort();
		}
		String closed = "jdbc:postgresql://127.0.0.1:" + closedPort + "/shop";

		assertThatThrownBy(() -> this.sources.connect(merchant,
				new JdbcTrainingSources.JdbcSource(closed, "sessions", "purchased", "shop", "s3cret"), "test"))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> {
				assertThat(ex.field()).isEqualTo("url");
				assertThat(ex.messageKey()).isEqualTo("outbound.error.unreachable");
				assertThat(ex.arguments()).isEmpty();
				assertThat(ex.getMessage()).doesNotContain(String.valueOf(closedPort)).doesNotContain("127.0.0.1");
			});
		assertThat(this.data.dataset(merchant)).isEmpty();
	}

	@Test
	void should_name_only_the_table_when_it_cannot_be_read() throws SQLException {
		UUID merchant = merchant();
		String url = merchantDatabase(DemoMerchants.csv(5, 20));

		assertThatThrownBy(() -> this.sources.connect(merchant,
				new JdbcTrainingSources.JdbcSource(url, "no_such_table", "purchased", "shop", "s3cret"), "test"))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> {
				assertThat(ex.field()).isEqualTo("table");
				assertThat(ex.messageKey()).isEqualTo("learning.error.jdbc-read");
				assertThat(ex.arguments()).containsExactly("no_such_table");
				assertThat(ex.getMessage()).isEqualTo("the table no_such_table cannot be read");
			});
	}

}

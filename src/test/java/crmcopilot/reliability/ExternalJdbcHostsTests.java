package crmcopilot.reliability;

import crmcopilot.crm.ExternalJdbc;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The hosts of a customer database URL, for the outbound guard to check them all. */
class ExternalJdbcHostsTests {

	@Test
	void should_list_every_host_of_a_postgresql_url_without_ports_or_brackets() {
		assertThat(ExternalJdbc.hosts("jdbc:postgresql://db1.example.com:5432,[::1]:5433,10.0.0.1/crm?ssl=true"))
			.containsExactly("db1.example.com", "::1", "10.0.0.1");
	}

	@Test
	void should_read_the_host_of_h2_over_tcp_and_snowflake_and_none_in_memory() {
		assertThat(ExternalJdbc.hosts("jdbc:h2:tcp://2130706433:9092/mem:crm;ifexists=true"))
			.containsExactly("2130706433");
		assertThat(ExternalJdbc.hosts("jdbc:snowflake://acme.snowflakecomputing.com/?db=crm"))
			.containsExactly("acme.snowflakecomputing.com");
		assertThat(ExternalJdbc.hosts("jdbc:h2:mem:crm;DB_CLOSE_DELAY=-1")).isEmpty();
	}

}

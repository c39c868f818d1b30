package crmcopilot.crm.source;

import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

import org.junit.jupiter.api.Test;

import crmcopilot.crm.source.DemoCustomerGenerator.Customer;

import static org.assertj.core.api.Assertions.assertThat;

class DemoCustomerGeneratorTests {

	private final List<Customer> customers = DemoCustomerGenerator.generate(5_000, DemoCustomerTables.SEED);

	@Test
	void should_be_deterministic() {
		assertThat(DemoCustomerGenerator.generate(5_000, DemoCustomerTables.SEED)).isEqualTo(this.customers);
	}

	@Test
	void should_link_csp_income_and_housing() {
		double richIncome = mean((c) -> "CSP+".equals(c.csp()) && c.revenu() != null, Customer::revenu);
		double poorIncome = mean((c) -> "CSP-".equals(c.csp()) && c.revenu() != null, Customer::revenu);
		assertThat(richIncome).isGreaterThan(poorIncome * 2);
		assertThat(share((c) -> "CSP+".equals(c.csp()), Customer::proprietaire))
			.isGreaterThan(share((c) -> "CSP-".equals(c.csp()), Customer::proprietaire));
	}

	@Test
	void should_link_urban_and_flat_age_and_family_age_and_channel() {
		assertThat(share((c) -> c.zone().equals("urbain"), (c) -> c.logement().equals("appartement")))
			.isGreaterThan(0.6);
		assertThat(share((c) -> c.zone().equals("rural"), (c) -> c.logement().equals("appartement"))).isLessThan(0.2);
		assertThat(share((c) -> age(c) >= 28 && age(c) < 46, (c) -> c.situation().equals("famille")))
			.isGreaterThan(share((c) -> age(c) < 28, (c) -> c.situation().equals("famille")) + 0.3);
		assertThat(share((c) -> age(c) < 35, (c) -> c.canal().equals("web")))
			.isGreaterThan(share((c) -> age(c) >= 55, (c) -> c.canal().equals("web")) + 0.3);
	}

	private static int age(Customer c) {
		return c.dateNaissance().until(DemoCustomerGenerator.REFERENCE_DATE).getYears();
	}

	private double mean(Predicate<Customer> filter, ToDoubleFunction<Customer> value) {
		return this.customers.stream().filter(filter).mapToDouble(value).average().orElseThrow();
	}

	private double share(Predicate<Customer> filter, Predicate<Customer> property) {
		List<Customer> group = this.customers.stream().filter(filter).toList();
		return group.stream().filter(property).count() / (double) group.size();
	}

}

package crmcopilot.learning.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RdpAccountantTests {

	@Test
	void matches_the_reference_value_of_opacus_for_the_sampled_gaussian() {
		// Opacus' accountant test: sigma 1.5, q 0.04, 2250 steps, delta 1e-5 → ε =
		// 7.32911117143
		double epsilon = RdpAccountant.epsilon(0.04, 1.5, 2250, 1e-5);

		assertThat(epsilon).isCloseTo(7.32911117143, within(1e-3));
	}

	@Test
	void full_participation_matches_the_closed_form_gaussian_rdp() {
		// q = 1: RDP(α) = T·α/(2σ²); ε = min over orders of the Balle et al. conversion
		double sigma = 4;
		int steps = 10;
		double expected = Double.MAX_VALUE;
		for (double alpha : RdpAccountant.ORDERS) {
			double rdp = steps * alpha / (2 * sigma * sigma);
			expected = Math.min(expected,
					rdp - (Math.log(1e-5) + Math.log(alpha)) / (alpha - 1) + Math.log((alpha - 1) / alpha));
		}

		assertThat(RdpAccountant.epsilon(1, sigma, steps, 1e-5)).isCloseTo(expected, within(1e-12));
	}

	@Test
	void more_noise_or_fewer_steps_spend_less_privacy() {
		double base = RdpAccountant.epsilon(0.1, 1.0, 100, 1e-5);

		assertThat(RdpAccountant.epsilon(0.1, 2.0, 100, 1e-5)).isLessThan(base);
		assertThat(RdpAccountant.epsilon(0.1, 1.0, 10, 1e-5)).isLessThan(base);
		assertThat(RdpAccountant.epsilon(0, 1.0, 10, 1e-5)).isZero();
	}

	@Test
	void log_erfc_is_accurate() {
		assertThat(Math.exp(RdpAccountant.logErfc(0))).isCloseTo(1, within(1e-7));
		assertThat(Math.exp(RdpAccountant.logErfc(1))).isCloseTo(0.157299207050285, within(1e-7));
		assertThat(Math.exp(RdpAccountant.logErfc(-1))).isCloseTo(1.842700792949715, within(1e-7));
		// erfc(10) = 2.088487583762545e-45
		assertThat(RdpAccountant.logErfc(10)).isCloseTo(Math.log(2.088487583762545e-45), within(1e-5));
	}

}

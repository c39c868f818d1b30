package crmcopilot.opportunities.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RegistryNumbersTests {

	@Test
	void should_read_siren_and_siret_with_a_valid_check_digit_only() {
		assertThat(RegistryNumbers.find("Alpha Informatique SAS, SIREN 732 829 320, Paris"))
			.containsExactly("siren:732829320");
		assertThat(RegistryNumbers.find("SIRET : 443 061 841 00047")).containsExactly("siren:443061841");
		assertThat(RegistryNumbers.find("SIREN 732 829 321")).isEmpty();
	}

	@Test
	void should_read_ninea_without_its_cofi_code_and_rccm_in_one_spelling() {
		assertThat(RegistryNumbers.find("NINEA 0054321872G3 — RCCM : SN-DKR-2015-B-1234"))
			.containsExactly("ninea:005432187", "rccm:sndkr2015b1234");
		assertThat(RegistryNumbers.find("Teranga Distribution (NINEA 005432187)")).containsExactly("ninea:005432187");
		assertThat(RegistryNumbers.find("R.C.C.M. SN DKR 2015 B 1234")).containsExactly("rccm:sndkr2015b1234");
	}

	@Test
	void should_never_take_a_phone_number_for_a_registry_number() {
		assertThat(RegistryNumbers.find("Tél : 77 123 45 67, 338 391 200")).isEmpty();
	}

}

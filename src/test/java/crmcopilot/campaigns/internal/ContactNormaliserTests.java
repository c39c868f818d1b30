package crmcopilot.campaigns.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** E-mails and phones normalised and hashed as Google's Customer Match asks. */
class ContactNormaliserTests {

	@Test
	void should_trim_and_lower_case_emails_and_drop_the_dots_of_gmail_addresses() {
		assertThat(ContactNormaliser.email("  Client.5524@Exemple.FR ")).isEqualTo("client.5524@exemple.fr");
		assertThat(ContactNormaliser.email("Jean.Dupont@GMail.com")).isEqualTo("jeandupont@gmail.com");
		assertThat(ContactNormaliser.email("pas une adresse")).isNull();
	}

	@Test
	void should_write_phones_in_e164_with_the_french_code_for_national_numbers() {
		assertThat(ContactNormaliser.phone("06 12 34 56 78")).isEqualTo("+33612345678");
		assertThat(ContactNormaliser.phone("0033 6.12.34.56.78")).isEqualTo("+33612345678");
		assertThat(ContactNormaliser.phone("+1 (650) 253-0000")).isEqualTo("+16502530000");
		assertThat(ContactNormaliser.phone("12")).isNull();
	}

	@Test
	void should_hash_in_lower_case_hexadecimal_sha256() {
		assertThat(ContactNormaliser.sha256("test@gmail.com"))
			.isEqualTo("87924606b4131a8aceeeae8868531fbb9712aaa07a5d3a756b26ce0f5d6ca674");
	}

}

package crmcopilot.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SharedMechanismsTests {

	@Test
	void should_make_distinct_url_safe_tokens_and_store_only_their_hash() {
		String first = SecureTokens.generate("cc_");
		String second = SecureTokens.generate("cc_");
		assertThat(first).startsWith("cc_").hasSize(3 + 43).matches("cc_[A-Za-z0-9_-]+");
		assertThat(first).isNotEqualTo(second);
		assertThat(SecureTokens.hash("abc"))
			.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
		assertThat(SecureTokens.sameHash(SecureTokens.hash(first), SecureTokens.hash(first))).isTrue();
		assertThat(SecureTokens.sameHash(SecureTokens.hash(first), SecureTokens.hash(second))).isFalse();
	}

	@Test
	void should_truncate_without_splitting_a_surrogate_pair() {
		assertThat(Texts.truncate(null, 3)).isNull();
		assertThat(Texts.truncate("abcdef", 3)).isEqualTo("abc");
		assertThat(Texts.truncate("ab😀", 3)).isEqualTo("ab");
		assertThat(Texts.abbreviate("abcdef", 4)).isEqualTo("abc…");
		assertThat(Texts.abbreviate("abc", 4)).isEqualTo("abc");
	}

}

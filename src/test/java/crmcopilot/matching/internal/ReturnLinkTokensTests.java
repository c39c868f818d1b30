package crmcopilot.matching.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

import crmcopilot.shared.SecureTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Return-link tokens come from {@link SecureTokens}; the hashes of links issued before
 * (SHA-256 of the token's US-ASCII bytes, in hex) must still match.
 */
class ReturnLinkTokensTests {

	@Test
	void should_hash_a_token_as_links_issued_earlier_were_stored() throws Exception {
		for (int i = 0; i < 50; i++) {
			String token = SecureTokens.generate("");
			String earlier = HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
			assertThat(token).matches("[A-Za-z0-9_-]{43}");
			assertThat(SecureTokens.hash(token)).isEqualTo(earlier);
		}
	}

}

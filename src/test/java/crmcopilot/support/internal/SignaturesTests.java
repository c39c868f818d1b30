package crmcopilot.support.internal;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignaturesTests {

	@Test
	void should_accept_its_own_hmac_sha256_and_reject_a_changed_body_or_secret() {
		byte[] body = "{\"from\":\"+33600000000\",\"body\":\"Bonjour\"}".getBytes(StandardCharsets.UTF_8);
		String signature = Signatures.sign("s3cret", body);

		assertThat(signature).startsWith("sha256=").hasSize(7 + 64);
		assertThat(Signatures.verify("s3cret", body, signature)).isTrue();
		assertThat(Signatures.verify("s3cret", body, signature.toUpperCase().replace("SHA256", "sha256"))).isTrue();
		assertThat(Signatures.verify("other", body, signature)).isFalse();
		assertThat(Signatures.verify("s3cret", "{}".getBytes(StandardCharsets.UTF_8), signature)).isFalse();
		assertThat(Signatures.verify("s3cret", body, null)).isFalse();
	}

	@Test
	void should_compute_twilio_signatures_as_twilio_documents_them() {
		// expected value computed independently (Python hmac/base64) with Twilio's
		// documented recipe:
		// HMAC-SHA1 of the URL followed by each parameter name and value, sorted by name
		String token = "12345";
		String url = "https://mycompany.com/myapp.php?foo=1&bar=2";
		Map<String, String> params = Map.of("CallSid", "CA1234567890ABCDE", "Caller", "+12349013030", "Digits", "1234",
				"From", "+12349013030", "To", "+18005551212");

		assertThat(Signatures.twilio(token, url, params)).isEqualTo("0/KCTR6DLpKmkAf8muzZqo1nDgQ=");
		assertThat(Signatures.verifyTwilio(token, url, params, "0/KCTR6DLpKmkAf8muzZqo1nDgQ=")).isTrue();
		assertThat(Signatures.verifyTwilio(token, url + "x", params, "0/KCTR6DLpKmkAf8muzZqo1nDgQ=")).isFalse();
	}

}

package crmcopilot.support.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

/**
 * Webhook signatures: ours ({@code X-Copilot-Signature: sha256=<hex HMAC-SHA256 of the
 * body>}) and Twilio's ({@code X-Twilio-Signature}: Base64 HMAC-SHA1 of the URL followed
 * by the sorted form parameters).
 */
public final class Signatures {

	public static final String HEADER = "X-Copilot-Signature";

	public static final String TWILIO_HEADER = "X-Twilio-Signature";

	private Signatures() {
	}

	public static String sign(String secret, byte[] body) {
		return "sha256=" + HexFormat.of().formatHex(hmac("HmacSHA256", secret, body));
	}

	public static boolean verify(String secret, byte[] body, @Nullable String signature) {
		if (signature == null) {
			return false;
		}
		return constantTimeEquals(sign(secret, body), signature.strip().toLowerCase(java.util.Locale.ROOT));
	}

	public static String twilio(String authToken, String url, Map<String, String> params) {
		StringBuilder data = new StringBuilder(url);
		new TreeMap<>(params).forEach((key, value) -> data.append(key).append(value));
		return Base64.getEncoder()
			.encodeToString(hmac("HmacSHA1", authToken, data.toString().getBytes(StandardCharsets.UTF_8)));
	}

	public static boolean verifyTwilio(String authToken, String url, Map<String, String> params,
			@Nullable String signature) {
		return signature != null && constantTimeEquals(twilio(authToken, url, params), signature.strip());
	}

	private static boolean constantTimeEquals(String expected, String actual) {
		return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
				actual.getBytes(StandardCharsets.UTF_8));
	}

	private static byte[] hmac(String algorithm, String secret, byte[] data) {
		try {
			Mac mac = Mac.getInstance(algorithm);
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), algorithm));
			return mac.doFinal(data);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

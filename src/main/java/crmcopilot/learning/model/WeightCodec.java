package crmcopilot.learning.model;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;
import java.util.HexFormat;

import crmcopilot.shared.SecureTokens;

/** Model parameters as bytes (IEEE 754 doubles, little-endian), Base64 and SHA-256. */
public final class WeightCodec {

	private WeightCodec() {
	}

	public static byte[] toBytes(double[] weights) {
		ByteBuffer buffer = ByteBuffer.allocate(weights.length * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN);
		buffer.asDoubleBuffer().put(weights);
		return buffer.array();
	}

	public static double[] fromBytes(byte[] bytes) {
		if (bytes.length % Double.BYTES != 0) {
			throw new IllegalArgumentException("weights must be a whole number of 8-byte doubles");
		}
		double[] weights = new double[bytes.length / Double.BYTES];
		ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().get(weights);
		for (double weight : weights) {
			if (!Double.isFinite(weight)) {
				throw new IllegalArgumentException("weights must be finite numbers");
			}
		}
		return weights;
	}

	public static String toBase64(double[] weights) {
		return Base64.getEncoder().encodeToString(toBytes(weights));
	}

	public static double[] fromBase64(String text) {
		return fromBytes(Base64.getDecoder().decode(text));
	}

	/** Lower-case hexadecimal SHA-256, as the weights' hash is stored. */
	public static String sha256(byte[] bytes) {
		return HexFormat.of().formatHex(SecureTokens.sha256(bytes));
	}

}

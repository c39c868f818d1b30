package crmcopilot.learning.internal;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * A model whose weights or metrics hold NaN or an infinity: it is never stored nor
 * deployed, since scoring with it gives nothing usable and every model trained from it
 * inherits the fault.
 */
public class NonFiniteModelException extends IllegalStateException {

	private static final Set<String> NON_FINITE_TEXTS = Set.of("NaN", "Infinity", "-Infinity");

	NonFiniteModelException(String what) {
		super(what + " must be finite numbers; the model is neither stored nor deployed");
	}

	/** Refuses weights holding NaN or an infinity. */
	static double[] requireFinite(double[] weights) {
		for (double weight : weights) {
			if (!Double.isFinite(weight)) {
				throw new NonFiniteModelException("model weights");
			}
		}
		return weights;
	}

	/** Refuses metrics holding NaN or an infinity, at any depth. */
	static Map<String, Object> requireFinite(Map<String, Object> metrics) {
		if (!finite(metrics)) {
			throw new NonFiniteModelException("model metrics");
		}
		return metrics;
	}

	private static boolean finite(Object value) {
		if (value instanceof Double number) {
			return Double.isFinite(number);
		}
		if (value instanceof Float number) {
			return Float.isFinite(number);
		}
		if (value instanceof String text) {
			// how JSON columns hold NaN and the infinities
			return !NON_FINITE_TEXTS.contains(text);
		}
		if (value instanceof Map<?, ?> map) {
			return map.values().stream().allMatch(NonFiniteModelException::finite);
		}
		if (value instanceof Collection<?> values) {
			return values.stream().allMatch(NonFiniteModelException::finite);
		}
		return true;
	}

}

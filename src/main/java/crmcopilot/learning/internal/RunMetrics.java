package crmcopilot.learning.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import crmcopilot.learning.model.ModelMetrics;

/** How metrics are recorded: rounded to six decimals, in a fixed order. */
public final class RunMetrics {

	private RunMetrics() {
	}

	/** The held-out metrics of a run, then {@code extra}. */
	public static Map<String, Object> of(ModelMetrics metrics, Map<String, Object> extra) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("accuracy", round(metrics.accuracy()));
		map.put("auc", round(metrics.auc()));
		map.put("logLoss", round(metrics.logLoss()));
		map.put("brier", round(metrics.brier()));
		map.put("predictedUplift", round(metrics.predictedUplift()));
		map.put("confidence", round(metrics.confidence()));
		map.put("heldOutExamples", metrics.examples());
		map.put("heldOutPositives", metrics.positives());
		map.putAll(extra);
		return map;
	}

	/** Six decimals; NaN and infinities are kept, for the stores to refuse them. */
	public static double round(double value) {
		return Double.isFinite(value) ? Math.round(value * 1e6) / 1e6 : value;
	}

}

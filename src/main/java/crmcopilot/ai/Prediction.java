package crmcopilot.ai;

import java.util.Map;

/**
 * A classifier's answer.
 *
 * @param confidence calibrated probability of {@code label}, 0..1
 * @param probabilities every label's probability
 */
public record Prediction(String label, double confidence, Map<String, Double> probabilities) {
}

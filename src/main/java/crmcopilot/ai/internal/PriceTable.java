package crmcopilot.ai.internal;

import java.util.Comparator;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Estimated cost of a call from the per-model price table. A dated model name
 * ({@code gpt-4o-mini-2024-07-18}) takes the price of its longest listed prefix; an
 * unknown model (a local one) costs nothing.
 */
class PriceTable {

	private final Map<String, AiSettings.Price> prices;

	PriceTable(Map<String, AiSettings.Price> prices) {
		this.prices = prices;
	}

	public double costUsd(@Nullable String model, long inputTokens, long outputTokens) {
		if (model == null || model.isBlank()) {
			return 0;
		}
		String name = model.toLowerCase(Locale.ROOT);
		return this.prices.entrySet()
			.stream()
			.filter((entry) -> name.equals(entry.getKey()) || name.startsWith(entry.getKey() + "-"))
			.max(Comparator.comparingInt((Map.Entry<String, AiSettings.Price> entry) -> entry.getKey().length()))
			.map((entry) -> (inputTokens * entry.getValue().input() + outputTokens * entry.getValue().output())
					/ 1_000_000d)
			.orElse(0d);
	}

}

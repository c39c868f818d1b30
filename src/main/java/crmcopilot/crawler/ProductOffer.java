package crmcopilot.crawler;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

/**
 * A product price read from a page's schema.org {@code Product}/{@code Offer} markup.
 *
 * @param listPrice the regular price when the page declares one (a {@code ListPrice} or
 * {@code StrikethroughPrice} price specification), else null
 * @param format {@code json-ld} or {@code microdata}
 */
public record ProductOffer(String name, @Nullable String sku, BigDecimal price, @Nullable String currency,
		@Nullable BigDecimal listPrice, @Nullable String availability, String format) {

	/**
	 * The discount as a fraction of the list price (0.2 = 20 % off), or 0 without one.
	 */
	public double discountRate() {
		if (this.listPrice == null || this.listPrice.signum() <= 0 || this.listPrice.compareTo(this.price) <= 0) {
			return 0;
		}
		return BigDecimal.ONE.subtract(this.price.divide(this.listPrice, 6, RoundingMode.HALF_UP)).doubleValue();
	}

}

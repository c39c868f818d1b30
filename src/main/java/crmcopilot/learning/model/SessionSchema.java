package crmcopilot.learning.model;

import java.util.List;

import crmcopilot.learning.model.FeatureSchema.Feature;

/**
 * The feature schema the platform declares for e-commerce sessions: every merchant's CSV
 * (and every agent) uses these column names, so weights line up. Centres and scales are
 * fixed constants typical of retail sessions. The two {@code ext_} columns are filled
 * from external data when the merchant enables that source, and left at their centre
 * otherwise.
 */
public final class SessionSchema {

	/**
	 * Label column of the demo and of the examples: 1 when the session ended in an order.
	 */
	public static final String LABEL = "purchased";

	public static final String SEASONALITY = "ext_seasonality_index";

	public static final String COMPETITOR_DISCOUNT = "ext_competitor_discount";

	private static final FeatureSchema STANDARD = new FeatureSchema(
			List.of(Feature.logNumeric("pages_viewed", 2.0, 0.8), Feature.logNumeric("session_minutes", 1.8, 0.9),
					Feature.logNumeric("product_views", 1.4, 0.9), Feature.logNumeric("cart_value", 2.0, 2.2),
					Feature.numeric("returning_visitor", 0.4, 0.5), Feature.numeric("discount_seen", 0.3, 0.46),
					Feature.numeric(SEASONALITY, 1.0, 0.2), Feature.numeric(COMPETITOR_DISCOUNT, 0.1, 0.1),
					Feature.categorical("device", List.of("mobile", "desktop", "tablet")),
					Feature.categorical("channel", List.of("direct", "search", "social", "email", "ads"))));

	private SessionSchema() {
	}

	public static FeatureSchema standard() {
		return STANDARD;
	}

}

package crmcopilot.learning.internal.demo;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Deterministic synthetic e-commerce sessions for the twelve demo merchants, built so
 * that the federation does what it is for. Nine merchants follow one shared behaviour
 * (many moderate effects: pages, cart, returning visitors, discounts, device, channel,
 * season); the small ones among them (a few hundred rows) cannot estimate it from their
 * own rows, so the global and personalised models beat their local one. Three large
 * merchants (7, 8, 9) each have a strong behaviour of their own (an influencer shop that
 * sells through social networks, a mobile-first shop, a shop of first-time buyers): their
 * local model beats the global one, and the per-merchant gate keeps it. Columns follow
 * {@code SessionSchema}, plus {@code month} and {@code refunded} for the detected
 * patterns.
 */
public final class DemoMerchants {

	/** Rows per merchant; merchant 1 is the demo workspace, a small shop. */
	static final int[] SIZES = { 240, 180, 200, 260, 200, 1200, 2400, 2600, 2400, 1500, 220, 280 };

	/** Merchants with a behaviour of their own (and many rows). */
	static final java.util.Set<Integer> DISTINCT = java.util.Set.of(7, 8, 9);

	public static final String HEADER = "pages_viewed,session_minutes,product_views,cart_value,returning_visitor,"
			+ "discount_seen,device,channel,month,refunded,purchased";

	private static final String[] DEVICES = { "mobile", "desktop", "tablet" };

	private static final String[] CHANNELS = { "direct", "search", "social", "email", "ads" };

	/**
	 * Channels of the shared merchants' visits, one in twenty social, one in twenty ads.
	 */
	private static final String[] SHARED_CHANNELS = { "direct", "direct", "direct", "direct", "direct", "direct",
			"search", "search", "search", "search", "search", "search", "email", "email", "email", "email", "email",
			"email", "social", "ads" };

	private DemoMerchants() {
	}

	/** The CSV of merchant {@code index} (1–12). */
	public static byte[] csv(int index) {
		return csv(index, SIZES[index - 1]);
	}

	/** The first {@code rows} sessions of merchant {@code index}. */
	public static byte[] csv(int index, int rows) {
		Random merchant = new Random(1000 + index);
		double intercept = -1.3 + 0.1 * merchant.nextGaussian();
		boolean distinct = DISTINCT.contains(index);
		double socialEffect = (index == 7) ? 2.4 : -0.4;
		double tabletEffect = (index == 8) ? 2.4 : 0.2;
		double adsEffect = (index == 9) ? 2.4 : -0.2;
		Random random = new Random(42 + index);
		StringBuilder out = new StringBuilder(HEADER).append('\n');
		for (int i = 0; i < rows; i++) {
			int month = 1 + random.nextInt(12);
			boolean returning = random.nextDouble() < 0.35;
			int pages = (int) Math.max(1, Math.round(Math.exp(1.8 + 0.7 * random.nextGaussian())));
			int products = (int) Math.round(pages * (0.3 + 0.5 * random.nextDouble()));
			double minutes = Math.exp(1.6 + 0.8 * random.nextGaussian());
			boolean cart = random.nextDouble() < 0.3 + (returning ? 0.2 : 0) + Math.min(0.2, pages / 100.0);
			double cartValue = cart ? Math.exp(3.5 + 0.8 * random.nextGaussian()) : 0;
			boolean discount = random.nextDouble() < 0.3;
			double d = random.nextDouble();
			String device = (d < 0.55) ? DEVICES[0] : (d < (distinct ? 0.7 : 0.95)) ? DEVICES[1] : DEVICES[2];
			// the shared merchants get few social and ads visits: the distinct merchants'
			// own effects there barely move the global model on their rows
			String channel = distinct ? CHANNELS[random.nextInt(CHANNELS.length)]
					: SHARED_CHANNELS[random.nextInt(SHARED_CHANNELS.length)];
			double season = (month == 11 || month == 12) ? 0.6 : (month == 7) ? 0.3 : 0;
			double channelEffect = switch (channel) {
				case "search" -> 0.3;
				case "social" -> socialEffect;
				case "email" -> 0.6;
				case "ads" -> adsEffect;
				default -> 0;
			};
			double z = intercept + 0.8 * (Math.log1p(pages) - 2) + 0.4 * (Math.log1p(products) - 1.4)
					+ 1.3 * (cart ? 1 : 0) + 0.3 * (Math.log1p(cartValue) - 1.5) + 0.7 * (returning ? 1 : 0)
					+ 0.5 * (discount ? 1 : 0) + (device.equals("mobile") ? -0.4 : 0)
					+ (device.equals("tablet") ? tabletEffect : 0) + season + channelEffect;
			boolean purchased = random.nextDouble() < 1 / (1 + Math.exp(-z));
			boolean refunded = purchased && random.nextDouble() < ((month == 1) ? 0.25 : 0.05);
			out.append(pages)
				.append(',')
				.append(Math.round(minutes * 10) / 10.0)
				.append(',')
				.append(products)
				.append(',')
				.append(Math.round(cartValue * 100) / 100.0)
				.append(',')
				.append(returning ? 1 : 0)
				.append(',')
				.append(discount ? 1 : 0)
				.append(',')
				.append(device)
				.append(',')
				.append(channel)
				.append(',')
				.append(month)
				.append(',')
				.append(refunded ? 1 : 0)
				.append(',')
				.append(purchased ? 1 : 0)
				.append('\n');
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

}

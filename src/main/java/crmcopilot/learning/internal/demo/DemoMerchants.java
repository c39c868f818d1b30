package crmcopilot.learning.internal.demo;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Deterministic synthetic e-commerce sessions for the twelve demo merchants: different
 * sizes, base rates and feature effects around a shared behaviour, so that small
 * merchants gain from the federation (merchant effects spread little around the shared
 * behaviour, so a small shop's own rows are mostly noise the global model averages out).
 * Columns follow {@code SessionSchema}, plus {@code month} and {@code refunded} for the
 * detected patterns.
 */
public final class DemoMerchants {

	/** Rows per merchant; merchant 1 is the demo workspace, a small shop. */
	static final int[] SIZES = { 160, 90, 120, 220, 420, 800, 1500, 3000, 2400, 650, 260, 110 };

	public static final String HEADER = "pages_viewed,session_minutes,product_views,cart_value,returning_visitor,"
			+ "discount_seen,device,channel,month,refunded,purchased";

	private static final String[] DEVICES = { "mobile", "desktop", "tablet" };

	private static final String[] CHANNELS = { "direct", "search", "social", "email", "ads" };

	private DemoMerchants() {
	}

	/** The CSV of merchant {@code index} (1–12). */
	public static byte[] csv(int index) {
		return csv(index, SIZES[index - 1]);
	}

	/** The first {@code rows} sessions of merchant {@code index}. */
	public static byte[] csv(int index, int rows) {
		Random merchant = new Random(1000 + index);
		double intercept = -2.6 + 0.15 * index % 1.2;
		double cartEffect = 1.3 + 0.15 * merchant.nextGaussian();
		double pagesEffect = 0.8 + 0.1 * merchant.nextGaussian();
		double returningEffect = 0.6 + 0.1 * merchant.nextGaussian();
		double discountEffect = 0.4 + 0.1 * merchant.nextGaussian();
		double mobileEffect = -0.3 + 0.1 * merchant.nextGaussian();
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
			String device = (d < 0.55) ? DEVICES[0] : (d < 0.9) ? DEVICES[1] : DEVICES[2];
			String channel = CHANNELS[random.nextInt(CHANNELS.length)];
			double season = (month == 11 || month == 12) ? 0.6 : (month == 7) ? 0.3 : 0;
			double z = intercept + pagesEffect * (Math.log1p(pages) - 2) + 0.4 * (Math.log1p(products) - 1.4)
					+ cartEffect * (cart ? 1 : 0) + returningEffect * (returning ? 1 : 0)
					+ discountEffect * (discount ? 1 : 0) + (device.equals("mobile") ? mobileEffect : 0) + season
					+ (channel.equals("email") ? 0.4 : 0);
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

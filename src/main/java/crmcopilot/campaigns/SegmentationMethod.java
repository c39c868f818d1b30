package crmcopilot.campaigns;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import crmcopilot.shared.InvalidInputException;

/**
 * How a campaign's customers are segmented (step 4), chosen per campaign: k-means on the
 * mapped features, or the RFM quintiles (recency, frequency, monetary) and their named
 * groups. The personas and the steps after them are the same.
 */
public enum SegmentationMethod {

	KMEANS("kmeans"), RFM("rfm");

	private final String code;

	SegmentationMethod(String code) {
		this.code = code;
	}

	/** The value in requests, forms and the database. */
	public String code() {
		return this.code;
	}

	/** Message key of the label. */
	public String labelKey() {
		return "campaigns.segmentation." + this.code;
	}

	/**
	 * The method of a request; k-means when none is given.
	 * @throws InvalidInputException naming {@code method} when unknown
	 */
	public static SegmentationMethod parse(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return KMEANS;
		}
		String code = value.strip().toLowerCase(Locale.ROOT).replace("-", "");
		for (SegmentationMethod method : values()) {
			if (method.code.equals(code)) {
				return method;
			}
		}
		throw new InvalidInputException("method", "campaigns.error.segmentation-method", new Object[] { value },
				"unknown segmentation method: kmeans or rfm");
	}

}

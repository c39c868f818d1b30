package crmcopilot.learning.internal;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a crawler job looks for; each feeds one category of external data. */
public enum CrawlerJobType {

	COMPETITOR_PRICING(ExternalCategory.PRICING), DISCOUNT_ANALYSIS(ExternalCategory.DISCOUNTS);

	private final ExternalCategory category;

	CrawlerJobType(ExternalCategory category) {
		this.category = category;
	}

	/** The category of the external data the job produces. */
	public ExternalCategory category() {
		return this.category;
	}

	/** The value in JSON, the database and message keys. */
	@JsonValue
	public String value() {
		return Vocabulary.value(this);
	}

	public static CrawlerJobType of(String value) {
		return Vocabulary.parse(CrawlerJobType.class, value);
	}

}

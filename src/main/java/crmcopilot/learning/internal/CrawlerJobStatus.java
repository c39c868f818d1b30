package crmcopilot.learning.internal;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a crawler job stands. */
public enum CrawlerJobStatus {

	PENDING, RUNNING, DONE, FAILED;

	/** The value in JSON, the database and message keys. */
	@JsonValue
	public String value() {
		return Vocabulary.value(this);
	}

	public static CrawlerJobStatus of(String value) {
		return Vocabulary.parse(CrawlerJobStatus.class, value);
	}

}

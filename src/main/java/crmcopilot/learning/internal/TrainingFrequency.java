package crmcopilot.learning.internal;

import java.time.Duration;

import com.fasterxml.jackson.annotation.JsonValue;

/** How often the worker retrains a merchant's model. */
public enum TrainingFrequency {

	/** 23 hours, so a nightly worker that starts a little early still trains. */
	DAILY(Duration.ofHours(23)), WEEKLY(Duration.ofDays(7)), MONTHLY(Duration.ofDays(30));

	private final Duration period;

	TrainingFrequency(Duration period) {
		this.period = period;
	}

	/** The least time between two trainings. */
	public Duration period() {
		return this.period;
	}

	/** The value in JSON, the database and message keys. */
	@JsonValue
	public String value() {
		return Vocabulary.value(this);
	}

	public static TrainingFrequency of(String value) {
		return Vocabulary.parse(TrainingFrequency.class, value);
	}

}

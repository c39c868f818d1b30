package crmcopilot.support.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * The automatic-answer rules of the settings page: the confidence floor and the minutes a
 * person would spend per message (for the time-saved KPI).
 */
class RulesForm {

	@NotNull(message = "{support.settings.threshold.invalid}")
	@DecimalMin(value = "0", message = "{support.settings.threshold.invalid}")
	@DecimalMax(value = "1", message = "{support.settings.threshold.invalid}")
	private @Nullable Double threshold;

	@NotNull(message = "{support.settings.minutes.invalid}")
	@Min(value = 0, message = "{support.settings.minutes.invalid}")
	@Max(value = 600, message = "{support.settings.minutes.invalid}")
	private @Nullable Integer minutesPerMessage;

	RulesForm() {
	}

	RulesForm(double threshold, int minutesPerMessage) {
		this.threshold = threshold;
		this.minutesPerMessage = minutesPerMessage;
	}

	public @Nullable Double getThreshold() {
		return this.threshold;
	}

	public void setThreshold(@Nullable Double threshold) {
		this.threshold = threshold;
	}

	public @Nullable Integer getMinutesPerMessage() {
		return this.minutesPerMessage;
	}

	public void setMinutesPerMessage(@Nullable Integer minutesPerMessage) {
		this.minutesPerMessage = minutesPerMessage;
	}

}

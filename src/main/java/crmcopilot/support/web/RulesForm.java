package crmcopilot.support.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * The automatic-answer rules of the settings page: the confidence floor, the minutes a
 * person would spend per message (for the time-saved KPI) and the intents never answered
 * automatically (codes of {@code HumanOnlyIntent}).
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

	private List<String> humanOnly = new ArrayList<>();

	RulesForm() {
	}

	RulesForm(double threshold, int minutesPerMessage, List<String> humanOnly) {
		this.threshold = threshold;
		this.minutesPerMessage = minutesPerMessage;
		this.humanOnly = new ArrayList<>(humanOnly);
	}

	public List<String> getHumanOnly() {
		return this.humanOnly;
	}

	public void setHumanOnly(@Nullable List<String> humanOnly) {
		this.humanOnly = (humanOnly != null) ? new ArrayList<>(humanOnly) : new ArrayList<>();
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

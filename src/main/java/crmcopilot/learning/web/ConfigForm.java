package crmcopilot.learning.web;

import java.util.LinkedHashMap;
import java.util.Map;

import crmcopilot.learning.internal.DataSource;
import crmcopilot.learning.internal.MerchantConfig;
import crmcopilot.learning.internal.training.MerchantConfigs;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

/** The configuration form of the monitor; an unticked box is not sent, hence false. */
class ConfigForm {

	@NotNull(message = "{learning.error.personalization-level}")
	@Pattern(regexp = "low|medium|high", message = "{learning.error.personalization-level}")
	private @Nullable String personalizationLevel;

	@NotNull(message = "{learning.error.training-frequency}")
	@Pattern(regexp = "daily|weekly|monthly", message = "{learning.error.training-frequency}")
	private @Nullable String trainingFrequency;

	private boolean autoDeploy;

	@NotNull(message = "{learning.error.min-confidence}")
	@DecimalMin(value = "0", message = "{learning.error.min-confidence}")
	@DecimalMax(value = "1", message = "{learning.error.min-confidence}")
	private @Nullable Double minConfidence;

	private boolean internal;

	private boolean external;

	private boolean federated;

	static ConfigForm of(MerchantConfig config) {
		ConfigForm form = new ConfigForm();
		form.personalizationLevel = config.personalizationLevel().key();
		form.trainingFrequency = config.trainingFrequency().value();
		form.autoDeploy = config.autoDeploy();
		form.minConfidence = config.minConfidence();
		form.internal = config.uses(DataSource.INTERNAL);
		form.external = config.uses(DataSource.EXTERNAL);
		form.federated = config.uses(DataSource.FEDERATED);
		return form;
	}

	MerchantConfigs.ConfigChange change() {
		Map<String, Boolean> sources = new LinkedHashMap<>();
		sources.put(DataSource.INTERNAL.value(), this.internal);
		sources.put(DataSource.EXTERNAL.value(), this.external);
		sources.put(DataSource.FEDERATED.value(), this.federated);
		return new MerchantConfigs.ConfigChange(this.personalizationLevel, this.trainingFrequency, this.autoDeploy,
				this.minConfidence, sources, null);
	}

	public @Nullable String getPersonalizationLevel() {
		return this.personalizationLevel;
	}

	public void setPersonalizationLevel(@Nullable String personalizationLevel) {
		this.personalizationLevel = personalizationLevel;
	}

	public @Nullable String getTrainingFrequency() {
		return this.trainingFrequency;
	}

	public void setTrainingFrequency(@Nullable String trainingFrequency) {
		this.trainingFrequency = trainingFrequency;
	}

	public boolean isAutoDeploy() {
		return this.autoDeploy;
	}

	public void setAutoDeploy(boolean autoDeploy) {
		this.autoDeploy = autoDeploy;
	}

	public @Nullable Double getMinConfidence() {
		return this.minConfidence;
	}

	public void setMinConfidence(@Nullable Double minConfidence) {
		this.minConfidence = minConfidence;
	}

	public boolean isInternal() {
		return this.internal;
	}

	public void setInternal(boolean internal) {
		this.internal = internal;
	}

	public boolean isExternal() {
		return this.external;
	}

	public void setExternal(boolean external) {
		this.external = external;
	}

	public boolean isFederated() {
		return this.federated;
	}

	public void setFederated(boolean federated) {
		this.federated = federated;
	}

}

package crmcopilot.campaigns;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The objective of a campaign (step 1). Its code is the value of the JSON documents (the
 * stored brief, the {@code parse-campaign-brief} task's answer); people read the label of
 * {@link #labelKey()}.
 */
public enum Objective {

	@JsonProperty("Notoriété")
	AWARENESS("Notoriété"),

	@JsonProperty("Acquisition")
	ACQUISITION("Acquisition"),

	@JsonProperty("Vente")
	SALES("Vente");

	private final String code;

	Objective(String code) {
		this.code = code;
	}

	/** The value in JSON documents. */
	public String code() {
		return this.code;
	}

	/** Message key of the label. */
	public String labelKey() {
		return "campaigns.objective." + name().toLowerCase(Locale.ROOT);
	}

}

package crmcopilot.campaigns;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The medium of a campaign (step 1). Its code is the value of the JSON documents (the
 * stored brief, the {@code parse-campaign-brief} task's answer); people read the label of
 * {@link #labelKey()}.
 */
public enum Media {

	@JsonProperty("Display")
	DISPLAY("Display"),

	@JsonProperty("Vidéo")
	VIDEO("Vidéo"),

	@JsonProperty("Social")
	SOCIAL("Social");

	private final String code;

	Media(String code) {
		this.code = code;
	}

	/** The value in JSON documents. */
	public String code() {
		return this.code;
	}

	/** Message key of the label. */
	public String labelKey() {
		return "campaigns.media." + name().toLowerCase(Locale.ROOT);
	}

}

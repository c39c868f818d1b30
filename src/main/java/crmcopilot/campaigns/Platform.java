package crmcopilot.campaigns;

import java.util.Arrays;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The advertising platform a campaign is prepared for (step 9's targeting). Its code is
 * the value of the JSON documents (the stored brief, the {@code parse-campaign-brief}
 * task's answer); people read the label of {@link #labelKey()}.
 */
public enum Platform {

	@JsonProperty("Google Ads Performance Max")
	PMAX("Google Ads Performance Max"),

	@JsonProperty("Display & Video 360")
	DV360("Display & Video 360");

	private final String code;

	Platform(String code) {
		this.code = code;
	}

	/** The value in JSON documents. */
	public String code() {
		return this.code;
	}

	/** Message key of the label. */
	public String labelKey() {
		return "campaigns.platform." + name().toLowerCase(Locale.ROOT);
	}

	/** The value of a code, or null for an unknown one. */
	public static @Nullable Platform fromCode(String code) {
		return Arrays.stream(values()).filter((v) -> v.code.equals(code)).findFirst().orElse(null);
	}

}

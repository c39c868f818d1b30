package crmcopilot.campaigns.internal;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the campaigns module: the Display &amp; Video 360 endpoints and the
 * optional image provider of the persona visual.
 *
 * @param dv360 the DSP API and its OAuth 2.0 endpoints
 * @param image the OpenAI-compatible images API; off when its base URL is blank
 */
@ConfigurationProperties("copilot.campaigns")
record CampaignsSettings(@Nullable Dv360 dv360, @Nullable Image image) {

	CampaignsSettings {
		dv360 = (dv360 != null) ? dv360 : new Dv360(null, null, null, null);
		image = (image != null) ? image : new Image(null, null, null, null);
	}

	/**
	 * @param apiUrl root of the Display &amp; Video 360 API
	 * @param tokenUri Google's OAuth 2.0 token endpoint
	 * @param authUri Google's OAuth 2.0 consent page
	 * @param timeout connect and request timeout
	 */
	record Dv360(@Nullable String apiUrl, @Nullable String tokenUri, @Nullable String authUri,
			@Nullable Duration timeout) {

		Dv360 {
			apiUrl = blank(apiUrl) ? "https://displayvideo.googleapis.com" : strip(apiUrl);
			tokenUri = blank(tokenUri) ? "https://oauth2.googleapis.com/token" : tokenUri.strip();
			authUri = blank(authUri) ? "https://accounts.google.com/o/oauth2/v2/auth" : authUri.strip();
			timeout = (timeout != null) ? timeout : Duration.ofSeconds(20);
		}

	}

	/**
	 * @param baseUrl e.g. {@code https://api.openai.com}; blank keeps the offline SVG
	 * @param apiKey bearer key of the images API
	 * @param model image model name
	 * @param timeout request timeout (image generation is slow)
	 */
	record Image(@Nullable String baseUrl, @Nullable String apiKey, @Nullable String model,
			@Nullable Duration timeout) {

		Image {
			baseUrl = blank(baseUrl) ? "" : strip(baseUrl);
			apiKey = blank(apiKey) ? "" : apiKey.strip();
			model = blank(model) ? "gpt-image-1" : model.strip();
			timeout = (timeout != null) ? timeout : Duration.ofSeconds(120);
		}

		boolean configured() {
			return !this.baseUrl.isEmpty();
		}

	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

	private static String strip(String url) {
		String stripped = url.strip();
		return stripped.endsWith("/") ? stripped.substring(0, stripped.length() - 1) : stripped;
	}

}

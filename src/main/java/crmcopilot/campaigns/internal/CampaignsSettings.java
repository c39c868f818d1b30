package crmcopilot.campaigns.internal;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.convert.DurationStyle;

/**
 * Settings of the campaigns module: the Display &amp; Video 360 and Google Ads endpoints,
 * the optional image provider of the persona visual and the PDF warm-up. The defaults are
 * the constants below; a blank value (an unset environment variable) keeps them.
 *
 * @param dv360 the DSP API and its OAuth 2.0 endpoints
 * @param googleAds the Google Ads API of the Customer Match uploads (OAuth as DV360's)
 * @param image the OpenAI-compatible images API; off when its base URL is blank
 * @param pdfWarmUp render a small PDF once in the background after the server starts, so
 * the first brief PDF is fast
 */
@ConfigurationProperties("copilot.campaigns")
record CampaignsSettings(@Nullable Dv360 dv360, @Nullable GoogleAds googleAds, @Nullable Image image,
		@DefaultValue(PDF_WARM_UP) @Nullable Boolean pdfWarmUp) {

	static final String PDF_WARM_UP = "true";

	CampaignsSettings {
		pdfWarmUp = (pdfWarmUp != null) ? pdfWarmUp : Boolean.valueOf(PDF_WARM_UP);
		dv360 = (dv360 != null) ? dv360 : new Dv360(null, null, null, null);
		googleAds = (googleAds != null) ? googleAds : new GoogleAds(null);
		image = (image != null) ? image : new Image(null, null, null, null);
	}

	/**
	 * @param apiUrl root of the Display &amp; Video 360 API
	 * @param tokenUri Google's OAuth 2.0 token endpoint
	 * @param authUri Google's OAuth 2.0 consent page
	 * @param timeout connect and request timeout of the DSP and OAuth calls
	 */
	record Dv360(@DefaultValue(API_URL) @Nullable String apiUrl, @DefaultValue(TOKEN_URI) @Nullable String tokenUri,
			@DefaultValue(AUTH_URI) @Nullable String authUri, @DefaultValue(TIMEOUT) @Nullable Duration timeout) {

		static final String API_URL = "https://displayvideo.googleapis.com";

		static final String TOKEN_URI = "https://oauth2.googleapis.com/token";

		static final String AUTH_URI = "https://accounts.google.com/o/oauth2/v2/auth";

		static final String TIMEOUT = "20s";

		Dv360 {
			apiUrl = blank(apiUrl) ? API_URL : strip(apiUrl);
			tokenUri = blank(tokenUri) ? TOKEN_URI : tokenUri.strip();
			authUri = blank(authUri) ? AUTH_URI : authUri.strip();
			timeout = (timeout != null) ? timeout : DurationStyle.detectAndParse(TIMEOUT);
		}

	}

	/**
	 * @param apiUrl root of the Google Ads API REST interface
	 */
	record GoogleAds(@DefaultValue(API_URL) @Nullable String apiUrl) {

		static final String API_URL = "https://googleads.googleapis.com";

		GoogleAds {
			apiUrl = blank(apiUrl) ? API_URL : strip(apiUrl);
		}

	}

	/**
	 * @param baseUrl e.g. {@code https://api.openai.com}; blank keeps the offline SVG
	 * @param apiKey bearer key of the images API
	 * @param model image model name
	 * @param timeout request timeout (image generation is slow)
	 */
	record Image(@Nullable String baseUrl, @Nullable String apiKey, @DefaultValue(MODEL) @Nullable String model,
			@DefaultValue(TIMEOUT) @Nullable Duration timeout) {

		static final String MODEL = "gpt-image-1";

		static final String TIMEOUT = "120s";

		Image {
			baseUrl = blank(baseUrl) ? "" : strip(baseUrl);
			apiKey = blank(apiKey) ? "" : apiKey.strip();
			model = blank(model) ? MODEL : model.strip();
			timeout = (timeout != null) ? timeout : DurationStyle.detectAndParse(TIMEOUT);
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

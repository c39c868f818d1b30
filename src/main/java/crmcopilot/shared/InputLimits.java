package crmcopilot.shared;

import java.net.URI;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Checks at the boundary for values that arrive outside a validated record (request
 * parameters, form strings), refusing with an {@link InvalidInputException} naming the
 * field: links that are http(s).
 */
public final class InputLimits {

	private InputLimits() {
	}

	/**
	 * Whether the text is an absolute http or https link: anything else
	 * ({@code javascript:}, {@code data:}, a relative path) could run or leak when
	 * rendered as a link or an image.
	 */
	private static boolean isHttpUrl(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return false;
		}
		try {
			URI uri = new URI(value.strip());
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
		}
		catch (java.net.URISyntaxException ex) {
			return false;
		}
	}

	/** The link, refused unless blank or an absolute http(s) URL; blank gives null. */
	public static @Nullable String httpUrl(String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		if (!isHttpUrl(value)) {
			throw new InvalidInputException(field, "input.error.http-url", new Object[0],
					"'" + field + "' must be an http(s) URL");
		}
		return value.strip();
	}

}

package crmcopilot.ai;

import org.jspecify.annotations.Nullable;

/**
 * An image or PDF that cannot be read; the message ({@code ai.ocr.error.*}) says why, for
 * the user.
 */
public class OcrFailed extends MediaUnreadable {

	/**
	 * @param messageKey key of the message bundles giving the reason shown to people
	 * @param arguments the key's arguments
	 * @param defaultMessage the English reason, used when the key is missing
	 */
	public OcrFailed(@Nullable String messageKey, Object[] arguments, String defaultMessage,
			@Nullable Throwable cause) {
		super(messageKey, arguments, defaultMessage, cause);
	}

}

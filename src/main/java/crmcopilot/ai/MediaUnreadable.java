package crmcopilot.ai;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSourceResolvable;

/**
 * A document, image or recording the media engines cannot read; the message says why, for
 * the user. A message key gives that reason in the reader's language, also when the
 * exception is the argument of another message (the message source resolves it); without
 * one, the English message is shown.
 */
public abstract class MediaUnreadable extends RuntimeException implements MessageSourceResolvable {

	private final @Nullable String messageKey;

	private final Object[] arguments;

	/**
	 * @param messageKey key of the message bundles giving the reason shown to people
	 * @param arguments the key's arguments
	 * @param defaultMessage the English reason, used when the key is missing
	 */
	protected MediaUnreadable(@Nullable String messageKey, Object[] arguments, String defaultMessage,
			@Nullable Throwable cause) {
		super(defaultMessage, cause);
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	@Override
	public String @Nullable [] getCodes() {
		return (this.messageKey != null) ? new String[] { this.messageKey } : null;
	}

	@Override
	public Object[] getArguments() {
		return this.arguments.clone();
	}

	@Override
	public @Nullable String getDefaultMessage() {
		return getMessage();
	}

}

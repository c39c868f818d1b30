package crmcopilot.matching.internal;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How a session takes place. */
public enum Mode {

	IN_PERSON("presentiel"), REMOTE("visio"), ANY("peu-importe");

	private final String code;

	Mode(String code) {
		this.code = code;
	}

	@JsonValue
	public String code() {
		return this.code;
	}

	/**
	 * Parses a code ({@code presentiel}, {@code visio}, {@code peu-importe}) or an enum
	 * name.
	 * @throws IllegalArgumentException for anything else
	 */
	@JsonCreator
	public static Mode parse(String value) {
		String normal = Vocabulary.normalise(value).replace(' ', '-').replace('_', '-');
		for (Mode mode : values()) {
			if (mode.code.equals(normal) || mode.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(normal)) {
				return mode;
			}
		}
		throw new IllegalArgumentException("unknown mode '" + value + "' (presentiel, visio or peu-importe)");
	}

}

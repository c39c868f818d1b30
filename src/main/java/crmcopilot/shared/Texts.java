package crmcopilot.shared;

import org.jspecify.annotations.Nullable;

/** Small text operations that every module needs the same way. */
public final class Texts {

	private Texts() {
	}

	/**
	 * The value cut to at most {@code max} characters (a column's width), never splitting
	 * a surrogate pair; null stays null.
	 */
	public static @Nullable String truncate(@Nullable String value, int max) {
		if (value == null || value.length() <= max) {
			return value;
		}
		int end = max;
		if (end > 0 && Character.isHighSurrogate(value.charAt(end - 1))) {
			end--;
		}
		return value.substring(0, end);
	}

	/** Like {@link #truncate} with an ellipsis at the end when the value was cut. */
	public static String abbreviate(String value, int max) {
		if (value.length() <= max) {
			return value;
		}
		String cut = truncate(value, Math.max(0, max - 1));
		return ((cut != null) ? cut : "") + "…";
	}

}

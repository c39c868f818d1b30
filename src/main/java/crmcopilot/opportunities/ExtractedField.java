package crmcopilot.opportunities;

import org.jspecify.annotations.Nullable;

/**
 * One extracted value with how sure the engine is and where it came from.
 *
 * @param value the value as text (dates ISO, amounts plain decimal, phones E.164), or
 * null
 * @param confidence 0..1
 * @param start offset of the source span in the text, or -1 for a default or derived
 * value
 * @param end end offset (exclusive) of the source span, or -1
 */
public record ExtractedField(@Nullable String value, double confidence, int start, int end) {

	public static ExtractedField absent() {
		return new ExtractedField(null, 0, -1, -1);
	}

	public static ExtractedField byDefault(String value, double confidence) {
		return new ExtractedField(value, confidence, -1, -1);
	}

	public boolean present() {
		return this.value != null;
	}

	public boolean hasSpan() {
		return this.start >= 0 && this.end > this.start;
	}

}

package crmcopilot.opportunities.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import crmcopilot.opportunities.ExtractedField;
import org.jspecify.annotations.Nullable;

/**
 * The source text cut into plain and highlighted segments, one highlight per field span.
 */
final class Highlights {

	private Highlights() {
	}

	/**
	 * @param field the field whose source this segment is, or null for plain text
	 */
	record Segment(String text, @Nullable String field) {
	}

	static List<Segment> of(String text, Map<String, ExtractedField> fields) {
		record Span(String field, int start, int end) {
		}
		List<Span> spans = new ArrayList<>();
		fields.forEach((key, field) -> {
			if (field.hasSpan() && field.end() <= text.length() && !key.equals("description")) {
				spans.add(new Span(key, field.start(), field.end()));
			}
		});
		spans.sort(Comparator.comparingInt(Span::start).thenComparingInt((s) -> -(s.end() - s.start())));
		List<Segment> segments = new ArrayList<>();
		int at = 0;
		for (Span span : spans) {
			if (span.start() < at) {
				continue;
			}
			if (span.start() > at) {
				segments.add(new Segment(text.substring(at, span.start()), null));
			}
			segments.add(new Segment(text.substring(span.start(), span.end()), span.field()));
			at = span.end();
		}
		if (at < text.length()) {
			segments.add(new Segment(text.substring(at), null));
		}
		return segments;
	}

}

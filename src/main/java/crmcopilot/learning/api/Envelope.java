package crmcopilot.learning.api;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/** The response shape of the training API: {@code {"success": true, "data": {...}}}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Envelope(boolean success, @Nullable Object data, @Nullable Map<String, Object> error) {

	static Envelope ok(Object data) {
		return new Envelope(true, data, null);
	}

	static Envelope error(Map<String, Object> error) {
		return new Envelope(false, null, error);
	}

}

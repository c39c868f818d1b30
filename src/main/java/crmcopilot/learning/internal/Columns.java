package crmcopilot.learning.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/** How the learning tables store JSON and timestamps. */
@Component
class Columns {

	private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
	};

	private static final TypeReference<Map<String, Boolean>> FLAGS = new TypeReference<>() {
	};

	private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
	};

	private final JsonMapper json;

	Columns(JsonMapper json) {
		this.json = json;
	}

	/** A timestamp as stored: UTC, microseconds (what both databases keep). */
	static OffsetDateTime utc(Instant instant) {
		return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
	}

	/** Now, to the microsecond the database keeps. */
	static Instant now() {
		return Instant.now().truncatedTo(ChronoUnit.MICROS);
	}

	static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	String json(Object value) {
		return this.json.writeValueAsString(value);
	}

	Map<String, Object> map(String text) {
		return this.json.readValue(text, MAP);
	}

	Map<String, Boolean> flags(String text) {
		return this.json.readValue(text, FLAGS);
	}

	List<String> strings(String text) {
		return this.json.readValue(text, STRINGS);
	}

	<T> T read(String text, Class<T> type) {
		return this.json.readValue(text, type);
	}

}

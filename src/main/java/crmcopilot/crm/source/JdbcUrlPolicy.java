package crmcopilot.crm.source;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which JDBC URLs and table names a user may give: PostgreSQL, H2 (in-memory or TCP
 * server) and Snowflake only, without the driver parameters that load classes, run
 * scripts or write files.
 */
final class JdbcUrlPolicy {

	private static final Pattern TABLE = Pattern
		.compile("[A-Za-z_][A-Za-z0-9_$]{0,127}(\\.[A-Za-z_][A-Za-z0-9_$]{0,127}){0,2}");

	private static final List<String> FORBIDDEN = List.of("init=", "runscript", "trace_level_file", "socketfactory",
			"sslfactory", "sslhostnameverifier", "loggerfile", "authenticationpluginclassname", "sslpasswordcallback",
			"create alias");

	private JdbcUrlPolicy() {
	}

	static void check(String url) {
		String lower = url.toLowerCase(Locale.ROOT).strip();
		boolean allowed = lower.startsWith("jdbc:postgresql://") || lower.startsWith("jdbc:h2:mem:")
				|| lower.startsWith("jdbc:h2:tcp://") || lower.startsWith("jdbc:snowflake://");
		if (!allowed) {
			throw new IllegalArgumentException(
					"only jdbc:postgresql://, jdbc:snowflake://, jdbc:h2:mem: and jdbc:h2:tcp:// URLs are accepted");
		}
		for (String parameter : FORBIDDEN) {
			if (lower.contains(parameter)) {
				throw new IllegalArgumentException("the JDBC URL parameter '" + parameter.replace("=", "")
						+ "' is not allowed for a customer source");
			}
		}
	}

	static String table(String table) {
		String trimmed = table.strip();
		if (!TABLE.matcher(trimmed).matches()) {
			throw new IllegalArgumentException(
					"'" + table + "' is not a table name (letters, digits, _ and $, optionally schema.table)");
		}
		return trimmed;
	}

}

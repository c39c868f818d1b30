package crmcopilot.crm;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which JDBC URLs and table names a user may give for a read-only external source (a
 * customer table, a merchant's training table): PostgreSQL, H2 in memory or over TCP, and
 * Snowflake, each with a short list of harmless parameters. Driver parameters that load
 * classes, run scripts, read key files or write logs (H2 {@code INIT}, PostgreSQL
 * {@code socketFactory} or {@code loggerFile}, Snowflake {@code private_key_file}, ...)
 * are refused, as are file databases.
 */
public final class ExternalJdbc {

	private static final Pattern TABLE = Pattern
		.compile("[A-Za-z_][A-Za-z0-9_$]{0,127}(\\.[A-Za-z_][A-Za-z0-9_$]{0,127}){0,2}");

	private static final Pattern POSTGRESQL = Pattern
		.compile("jdbc:postgresql://[A-Za-z0-9.\\-\\[\\]:,]+/[A-Za-z0-9_\\-]+(?:\\?(.*))?");

	private static final Pattern H2 = Pattern
		.compile("jdbc:h2:(?:mem:|tcp://[A-Za-z0-9.\\-\\[\\]:]+/(?:mem:)?)[A-Za-z0-9_\\-./]*(?:;(.*))?");

	private static final Pattern SNOWFLAKE = Pattern
		.compile("jdbc:snowflake://[A-Za-z0-9.\\-]+(?::[0-9]{1,5})?/?(?:\\?(.*))?");

	private static final Map<String, Set<String>> PARAMETERS = Map.of(
			"postgresql", Set.of("user", "password", "ssl", "sslmode", "currentschema", "applicationname",
					"connecttimeout", "sockettimeout", "logintimeout", "readonly", "targetservertype", "tcpkeepalive"),
			"h2",
			Set.of("user", "password", "db_close_delay", "mode", "database_to_lower", "database_to_upper",
					"case_insensitive_identifiers", "ifexists", "access_mode_data"),
			"snowflake", Set.of("user", "password", "account", "db", "schema", "warehouse", "role", "application",
					"logintimeout", "networktimeout", "querytimeout"));

	private ExternalJdbc() {
	}

	/**
	 * Checks a JDBC URL.
	 * @param url the URL a user gave
	 * @throws Refused naming what is not accepted
	 */
	public static void checkUrl(String url) {
		String value = url.strip();
		String lower = value.toLowerCase(Locale.ROOT);
		if (lower.startsWith("jdbc:postgresql:")) {
			checkParameters(value, POSTGRESQL, "&", "postgresql");
		}
		else if (lower.startsWith("jdbc:h2:")) {
			checkParameters(value, H2, ";", "h2");
		}
		else if (lower.startsWith("jdbc:snowflake:")) {
			checkParameters(value, SNOWFLAKE, "&", "snowflake");
		}
		else {
			throw new Refused("crm.jdbc.error.driver", new Object[0],
					"only jdbc:postgresql://, jdbc:snowflake://, jdbc:h2:mem: and jdbc:h2:tcp:// URLs are accepted");
		}
	}

	/**
	 * The hosts an accepted JDBC URL connects to (PostgreSQL may list several, H2 in
	 * memory none), without ports or brackets, for the outbound guard to check before
	 * each connection.
	 * @param url a URL {@link #checkUrl} accepted
	 */
	public static List<String> hosts(String url) {
		String value = url.strip();
		String lower = value.toLowerCase(Locale.ROOT);
		int start = lower.indexOf("://");
		if (start < 0 || lower.startsWith("jdbc:h2:mem:")) {
			return List.of();
		}
		String authority = value.substring(start + 3);
		int end = 0;
		while (end < authority.length() && "/?;".indexOf(authority.charAt(end)) < 0) {
			end++;
		}
		List<String> hosts = new ArrayList<>();
		for (String server : authority.substring(0, end).split(",")) {
			String host = server.strip();
			if (host.startsWith("[")) {
				int close = host.indexOf(']');
				host = (close > 0) ? host.substring(1, close) : host.substring(1);
			}
			else if (host.indexOf(':') >= 0) {
				host = host.substring(0, host.indexOf(':'));
			}
			hosts.add(host);
		}
		return hosts;
	}

	private static void checkParameters(String url, Pattern shape, String separator, String driver) {
		Matcher matcher = shape.matcher(url);
		if (!matcher.matches()) {
			throw new Refused("crm.jdbc.error.form", new Object[] { url, driver }, "'" + url + "' is not an accepted "
					+ driver + " URL (file databases and unusual forms are refused)");
		}
		String parameters = matcher.group(1);
		if (parameters == null) {
			return;
		}
		Set<String> allowed = PARAMETERS.get(driver);
		for (String pair : parameters.split(separator)) {
			if (pair.isBlank()) {
				continue;
			}
			String key = pair.split("=", 2)[0].strip().toLowerCase(Locale.ROOT);
			if (!allowed.contains(key)) {
				throw new Refused("crm.jdbc.error.parameter", new Object[] { key },
						"the JDBC URL parameter '" + key + "' is not allowed");
			}
		}
	}

	/**
	 * Checks a table name: an identifier, optionally qualified by schema or database.
	 * @param table the name a user gave
	 * @return the name without surrounding blanks
	 * @throws Refused when it is not a plain name
	 */
	public static String checkTable(String table) {
		String trimmed = table.strip();
		if (!TABLE.matcher(trimmed).matches()) {
			throw new Refused("crm.jdbc.error.table", new Object[] { table },
					"'" + table + "' is not a table name (letters, digits, _ and $, optionally schema.table)");
		}
		return trimmed;
	}

	/**
	 * A URL or table name refused, with the message key (opportunities bundle) and
	 * arguments of the text shown to people; the message is the English default.
	 */
	public static final class Refused extends IllegalArgumentException {

		private final String messageKey;

		private final Object[] arguments;

		Refused(String messageKey, Object[] arguments, String message) {
			super(message);
			this.messageKey = messageKey;
			this.arguments = arguments.clone();
		}

		public String messageKey() {
			return this.messageKey;
		}

		public Object[] arguments() {
			return this.arguments.clone();
		}

	}

}

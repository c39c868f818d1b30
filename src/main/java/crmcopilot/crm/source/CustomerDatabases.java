package crmcopilot.crm.source;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import crmcopilot.crm.ExternalJdbc;
import crmcopilot.shared.InvalidInputException;
import crmcopilot.shared.SsrfGuard;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Read-only connections to a workspace's own customer database. Every host of the URL
 * passes the outbound guard before each connection (a name may resolve elsewhere since
 * the source was saved), and a connection that fails reads the same whether the port is
 * closed, filtered, the host unknown or the login wrong: the driver's text (ports,
 * addresses, server versions) stays in the log.
 */
@Component
class CustomerDatabases {

	private static final Logger log = LoggerFactory.getLogger(CustomerDatabases.class);

	private final SsrfGuard guard;

	private final CrmSourceSettings settings;

	CustomerDatabases(SsrfGuard guard, CrmSourceSettings settings) {
		this.guard = guard;
		this.settings = settings;
	}

	/**
	 * @throws InvalidInputException naming {@code url} when the URL is not accepted or
	 * the database cannot be reached
	 */
	Connection open(@Nullable String url, @Nullable String username, @Nullable String password) {
		String checked = String.valueOf(url);
		ExternalJdbc.checkUrl(checked);
		ExternalJdbc.hosts(checked).forEach((host) -> this.guard.requireHost("url", host));
		Properties properties = new Properties();
		if (username != null && !username.isBlank()) {
			properties.setProperty("user", username);
		}
		if (password != null) {
			properties.setProperty("password", password);
		}
		try {
			DriverManager.setLoginTimeout(Math.min(30, this.settings.queryTimeout()));
			Connection connection = DriverManager.getConnection(checked, properties);
			connection.setReadOnly(true);
			return connection;
		}
		catch (SQLException ex) {
			log.info("customer database unreachable: SQL state {}", ex.getSQLState());
			throw new InvalidInputException("url", "outbound.error.unreachable", new Object[0],
					"the database cannot be reached with this URL, user and password");
		}
	}

}

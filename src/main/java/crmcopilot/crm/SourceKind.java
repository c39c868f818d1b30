package crmcopilot.crm;

/** Where customer data comes from. */
public enum SourceKind {

	/** The demo tables in the application's own database, scoped to the workspace. */
	DEMO,
	/** Any JDBC database (PostgreSQL, H2, Snowflake) by URL, read-only. */
	JDBC

}

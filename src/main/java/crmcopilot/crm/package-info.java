/**
 * Accounts, contacts, opportunities, customers; connectors: customer sources read
 * read-only from a JDBC database (PostgreSQL, H2, Snowflake) or a CSV/TSV upload, with
 * type detection, row count and sampling.
 */
@NullMarked
package crmcopilot.crm;

import org.jspecify.annotations.NullMarked;

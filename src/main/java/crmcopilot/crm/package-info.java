/**
 * Accounts, contacts, opportunities, customers; connectors.
 */
@NullMarked
package crmcopilot.crm;

import org.jspecify.annotations.NullMarked;

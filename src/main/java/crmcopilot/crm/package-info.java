/**
 * Accounts, contacts, opportunities, customers; connectors (Salesforce, JDBC warehouse,
 * CSV).
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "audit", "shared", "shared :: outbox", "web", "workspace" })
package crmcopilot.crm;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;

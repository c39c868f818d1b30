/**
 * Support copilot: every customer message centralised, triaged (summary, category,
 * priority, grounded reply), answered automatically when safe or escalated to a ticket.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "ai", "audit", "mail", "shared", "shared :: outbox", "web", "workspace" })
package crmcopilot.support;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;

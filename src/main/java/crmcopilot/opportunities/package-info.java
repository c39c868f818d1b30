/**
 * The sales copilot: notes, emails, documents, voice memos and public tenders turned into
 * reviewed opportunities with their account and contact, kept in the CRM.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "ai", "audit", "crawler", "crm", "mail", "shared", "web", "workspace" })
package crmcopilot.opportunities;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;

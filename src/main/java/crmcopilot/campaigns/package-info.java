/**
 * The marketing copilot: a campaign objective, CRM segments found by k-means, personas,
 * one persona chosen by a human, a summary, DSP targeting and a brief.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "ai", "audit", "crm", "shared", "shared :: outbox", "web", "workspace" })
package crmcopilot.campaigns;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

/**
 * Personal-shopping copilot: client ↔ shopper matching, explanations, capacity-aware
 * optimal assignment and the shopper space with pre-briefs. No other module calls it: its
 * root package is empty and everything lives in {@code internal}, {@code web},
 * {@code api} and {@code cli}.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "ai", "audit", "shared", "shared :: outbox", "support", "web", "workspace" })
package crmcopilot.matching;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;

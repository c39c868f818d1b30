/**
 * Auto-learning marketing engine: per-merchant training, federated averaging of weights
 * only, personalisation, external data, auto-deploy and the AI monitor. No other module
 * calls it: its root package holds no type, everything lives in {@code internal},
 * {@code model}, {@code api}, {@code web} and {@code cli}.
 */
@ApplicationModule(allowedDependencies = { "audit", "crawler", "crm", "shared", "web", "workspace" })
@NullMarked
package crmcopilot.learning;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;

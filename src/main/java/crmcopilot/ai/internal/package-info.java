/**
 * The gateway's implementation: provider client, resilience, schemas, prompts, redaction,
 * usage.
 */
@NullMarked
package crmcopilot.ai.internal;

import org.jspecify.annotations.NullMarked;

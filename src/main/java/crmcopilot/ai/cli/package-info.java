/**
 * Batch commands of the AI module: triage evaluation and the classifier benchmark.
 */
@NullMarked
package crmcopilot.ai.cli;

import org.jspecify.annotations.NullMarked;

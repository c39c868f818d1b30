/**
 * Personal-shopping copilot: client ↔ shopper matching, explanations, capacity-aware
 * optimal assignment and the shopper space with pre-briefs.
 */
@NullMarked
package crmcopilot.matching;

import org.jspecify.annotations.NullMarked;

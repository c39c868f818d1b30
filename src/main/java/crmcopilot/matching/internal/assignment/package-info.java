/**
 * The exact capacity-constrained assignment of clients to shoppers, with its optimality
 * certificate.
 */
@NullMarked
package crmcopilot.matching.internal.assignment;

import org.jspecify.annotations.NullMarked;

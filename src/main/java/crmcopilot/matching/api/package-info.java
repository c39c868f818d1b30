/** The matching module's REST API under {@code /api/v1/matching}. */
@NullMarked
package crmcopilot.matching.api;

import org.jspecify.annotations.NullMarked;

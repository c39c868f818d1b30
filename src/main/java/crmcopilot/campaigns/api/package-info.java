/** The campaigns module's REST API under {@code /api/v1/campaigns}. */
@NullMarked
package crmcopilot.campaigns.api;

import org.jspecify.annotations.NullMarked;

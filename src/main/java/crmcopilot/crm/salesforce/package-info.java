/**
 * Salesforce connector: OAuth with PKCE, describe, composite graph upserts, push outbox.
 */
@NullMarked
package crmcopilot.crm.salesforce;

import org.jspecify.annotations.NullMarked;

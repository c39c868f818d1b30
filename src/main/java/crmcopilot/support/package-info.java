/**
 * Support copilot: every customer message centralised, triaged (summary, category,
 * priority, grounded reply), answered automatically when safe or escalated to a ticket.
 */
@NullMarked
package crmcopilot.support;

import org.jspecify.annotations.NullMarked;

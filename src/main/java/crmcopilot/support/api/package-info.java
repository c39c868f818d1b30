/**
 * Support copilot: api parts.
 */
@NullMarked
package crmcopilot.support.api;

import org.jspecify.annotations.NullMarked;

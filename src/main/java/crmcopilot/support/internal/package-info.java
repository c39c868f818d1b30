/**
 * Support copilot: internal parts.
 */
@NullMarked
package crmcopilot.support.internal;

import org.jspecify.annotations.NullMarked;

/**
 * Support copilot: cli parts.
 */
@NullMarked
package crmcopilot.support.cli;

import org.jspecify.annotations.NullMarked;

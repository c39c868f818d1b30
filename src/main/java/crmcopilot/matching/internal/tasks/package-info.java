/** The matching AI tasks (explain-match, shopper-prebrief) and their offline writers. */
@NullMarked
package crmcopilot.matching.internal.tasks;

import org.jspecify.annotations.NullMarked;

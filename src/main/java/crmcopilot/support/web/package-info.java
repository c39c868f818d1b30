/**
 * Support copilot: web parts.
 */
@NullMarked
package crmcopilot.support.web;

import org.jspecify.annotations.NullMarked;

/**
 * Pages of module ai: usage, prompt library, provider settings.
 */
@NullMarked
package crmcopilot.ai.web;

import org.jspecify.annotations.NullMarked;

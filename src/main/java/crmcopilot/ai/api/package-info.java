/**
 * REST API of module ai.
 */
@NullMarked
package crmcopilot.ai.api;

import org.jspecify.annotations.NullMarked;

/**
 * The web shell every module plugs into: layout and navigation, home dashboard, error
 * pages, language switch, and the API conventions (problem+json errors, pagination).
 */
@ApplicationModule(allowedDependencies = { "shared" })
@NullMarked
package crmcopilot.web;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;

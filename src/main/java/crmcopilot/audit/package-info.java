/**
 * The append-only, hash-chained journal of who did what, when, on which object and why
 * (human validations, setting changes, AI decisions that act on a customer), and the
 * consent records of the people a workspace holds data about.
 */
@ApplicationModule(allowedDependencies = { "shared", "web", "workspace" })
@NullMarked
package crmcopilot.audit;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;

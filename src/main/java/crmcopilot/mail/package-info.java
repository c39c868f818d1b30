/**
 * Mail shared by the copilots: reading mailboxes over IMAP(S) with normalised text, and
 * sending through a workspace's SMTP server.
 */
@ApplicationModule(allowedDependencies = { "shared" })
@NullMarked
package crmcopilot.mail;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;

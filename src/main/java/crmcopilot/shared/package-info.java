/**
 * Conventions and mechanisms every module uses: API errors and paging, secure tokens,
 * bounded CSV reading, rate limiting, text helpers and the transactional outbox.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package crmcopilot.shared;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;

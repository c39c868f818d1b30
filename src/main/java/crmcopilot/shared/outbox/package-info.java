/**
 * The transactional outbox every module uses for outbound work (mail, SMS, webhook calls,
 * CRM pushes): an item is stored in the caller's transaction by {@link Outbox}, then
 * delivered by the {@link OutboxChannel} of its kind, retried with backoff until sent or
 * given up, by one drainer run by the scheduler on every instance (an item is claimed
 * before each attempt, so it goes out once).
 * <p>
 * Other modules list {@code "shared :: outbox"} in their allowed dependencies to use it.
 */
@NullMarked
@NamedInterface("outbox")
package crmcopilot.shared.outbox;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.NamedInterface;

package crmcopilot.support.internal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A workspace's message category.
 *
 * @param autoAllowed messages of this category may be answered without a human
 */
public record Category(UUID id, String name, @Nullable String description, boolean autoAllowed, int position) {
}

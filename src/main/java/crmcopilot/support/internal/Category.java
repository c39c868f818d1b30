package crmcopilot.support.internal;

import java.util.UUID;

import crmcopilot.support.Priority;
import org.jspecify.annotations.Nullable;

/**
 * A workspace's message category.
 *
 * @param autoAllowed messages of this category may be answered without a human
 * @param basePriority the priority a message of this category has without any urgency
 * cue: {@code BASSE} for questions that can wait, {@code NORMALE} or higher for sensitive
 * matters (complaints, breakdowns); null for no rule of its own
 */
public record Category(UUID id, String name, @Nullable String description, boolean autoAllowed, int position,
		@Nullable Priority basePriority) {

	public Category(UUID id, String name, @Nullable String description, boolean autoAllowed, int position) {
		this(id, name, description, autoAllowed, position, null);
	}

}

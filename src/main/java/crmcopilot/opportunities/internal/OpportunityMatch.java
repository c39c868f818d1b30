package crmcopilot.opportunities.internal;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * An open opportunity of the note's account about the same need: approving the draft
 * updates it (the note added as an activity, each changed field old → new) instead of
 * creating a second one.
 *
 * @param id the existing opportunity
 * @param name its name
 * @param level {@code SURE} when the note is very unlikely to be about another deal,
 * {@code PROBABLE} when a reviewer should confirm
 * @param reason why, in the workspace's language
 * @param changes the fields the note changes
 */
public record OpportunityMatch(UUID id, String name, Level level, double score, String reason,
		List<FieldChange> changes) {

	public enum Level {

		SURE, PROBABLE

	}

	public OpportunityMatch {
		changes = List.copyOf(changes);
	}

	/**
	 * One field of the opportunity the note changes.
	 *
	 * @param field the form name ({@code amount}, {@code stage}, {@code closeDate},
	 * {@code nextStep})
	 */
	public record FieldChange(String field, @Nullable String old, @JsonProperty("new") String proposed) {
	}

}

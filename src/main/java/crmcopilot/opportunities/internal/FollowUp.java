package crmcopilot.opportunities.internal;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A dated next step of an approved note, to be done by its owner (the user who approved
 * the note).
 */
public record FollowUp(UUID id, UUID workspaceId, UUID draftId, @Nullable UUID opportunityId, @Nullable UUID accountId,
		String owner, String subject, LocalDate dueDate, Status status) {

	public enum Status {

		OPEN, DONE

	}

	public boolean overdue(LocalDate today) {
		return this.status == Status.OPEN && this.dueDate.isBefore(today);
	}

}

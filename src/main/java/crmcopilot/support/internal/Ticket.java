package crmcopilot.support.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An escalated conversation a human handles.
 *
 * @param reason why the copilot did not answer on its own
 * @param slaDueAt when the first answer is due (business hours)
 */
public record Ticket(UUID id, UUID workspaceId, UUID threadId, UUID messageId, TicketStatus status,
		@Nullable String assignee, String categorie, String priorite, String channel, String customer,
		@Nullable String subject, @Nullable String reason, Instant slaDueAt, @Nullable Instant firstResponseAt,
		@Nullable Instant resolvedAt, Instant createdAt, Instant updatedAt) {

	public boolean open() {
		return this.status != TicketStatus.RESOLVED;
	}

	/** Overdue, or due within the hour and still unanswered. */
	public boolean slaAtRisk(Instant now) {
		return this.firstResponseAt == null && open() && this.slaDueAt.isBefore(now.plusSeconds(3600));
	}

	public boolean slaBreached(Instant now) {
		Instant answered = (this.firstResponseAt != null) ? this.firstResponseAt : (open() ? now : this.resolvedAt);
		return answered != null && answered.isAfter(this.slaDueAt);
	}

}

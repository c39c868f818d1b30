package crmcopilot.support.internal.satisfaction;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import crmcopilot.support.internal.Replies;
import crmcopilot.support.internal.Ticket;
import crmcopilot.support.internal.TicketSolved;
import crmcopilot.support.internal.TicketStore;
import crmcopilot.support.internal.whatsapp.CustomerServiceWindow;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a ticket an agent answered is solved, the customer gets a short message with the
 * link to rate that answer; once per exchange (nothing new when the customer has not
 * written since the last survey of the thread).
 */
@Component
class SolvedTicketSurvey {

	private final TicketStore tickets;

	private final SatisfactionSurveys surveys;

	private final Replies replies;

	private final CustomerServiceWindow window;

	private final JdbcClient jdbc;

	SolvedTicketSurvey(TicketStore tickets, SatisfactionSurveys surveys, Replies replies, CustomerServiceWindow window,
			JdbcClient jdbc) {
		this.tickets = tickets;
		this.surveys = surveys;
		this.replies = replies;
		this.window = window;
		this.jdbc = jdbc;
	}

	private record AgentReply(String externalId, String language) {
	}

	@ApplicationModuleListener
	void on(TicketSolved event) {
		Optional<Ticket> ticket = this.tickets.find(event.workspaceId(), event.ticketId());
		if (ticket.isEmpty() || ticket.get().firstResponseAt() == null || surveyed(ticket.get())) {
			return;
		}
		Optional<AgentReply> reply = this.jdbc.sql("""
				SELECT external_id, language FROM support_message WHERE workspace_id = ? AND thread_id = ?
				AND direction = 'out' AND author <> ? AND external_id IS NOT NULL ORDER BY received_at DESC LIMIT 1""")
			.params(event.workspaceId(), ticket.get().threadId(), SatisfactionSurveys.AUTOMATIC_AUTHOR)
			.query((rs, n) -> new AgentReply(rs.getString(1), rs.getString(2)))
			.optional();
		if (reply.isEmpty()) {
			return;
		}
		String text = this.surveys.solvedMessage(event.workspaceId(), ticket.get().threadId(), reply.get().externalId(),
				reply.get().language());
		this.replies.send(event.workspaceId(), ticket.get().threadId(), text, event.actor());
	}

	/** Whether the thread had a survey since the customer last wrote. */
	private boolean surveyed(Ticket ticket) {
		Optional<Instant> lastCustomerMessage = this.window.lastCustomerMessage(ticket.workspaceId(),
				ticket.threadId());
		return lastCustomerMessage.isPresent() && this.jdbc
			.sql("SELECT COUNT(*) FROM support_rating WHERE workspace_id = ? AND thread_id = ? AND created_at >= ?")
			.params(ticket.workspaceId(), ticket.threadId(), lastCustomerMessage.get().atOffset(ZoneOffset.UTC))
			.query(Long.class)
			.single() > 0;
	}

}

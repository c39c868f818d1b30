package crmcopilot.support.web;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import crmcopilot.support.internal.Ticket;
import crmcopilot.support.internal.TicketActions;
import crmcopilot.support.internal.WorkspaceSupportConfig;
import crmcopilot.support.internal.whatsapp.CustomerServiceWindow;
import crmcopilot.support.internal.whatsapp.WhatsAppAccount;
import crmcopilot.support.internal.whatsapp.WhatsAppAccounts;
import crmcopilot.support.internal.whatsapp.WhatsAppDeliveries;
import crmcopilot.workspace.Caller;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * What the page of a WhatsApp ticket adds: whether the channel is set up (and what to
 * set), whether the 24-hour customer-service window is open, and the delivery status of
 * each reply.
 */
@ControllerAdvice(assignableTypes = TicketController.class)
class WhatsAppTicketAdvice {

	private final TicketActions actions;

	private final WhatsAppAccounts accounts;

	private final CustomerServiceWindow window;

	private final WhatsAppDeliveries deliveries;

	private final WorkspaceSupportConfig config;

	WhatsAppTicketAdvice(TicketActions actions, WhatsAppAccounts accounts, CustomerServiceWindow window,
			WhatsAppDeliveries deliveries, WorkspaceSupportConfig config) {
		this.actions = actions;
		this.accounts = accounts;
		this.window = window;
		this.deliveries = deliveries;
		this.config = config;
	}

	/**
	 * @param windowClosesAt when free-form replies stop being accepted, in the
	 * workspace's time zone, or null when the customer never wrote
	 * @param template the approved template sent outside the window, if any
	 */
	record WhatsAppTicket(List<String> missing, boolean windowOpen, @Nullable ZonedDateTime windowClosesAt,
			@Nullable String template, Map<UUID, WhatsAppDeliveries.Delivery> deliveries) {
	}

	@ModelAttribute("whatsapp")
	@Nullable WhatsAppTicket whatsapp(Caller caller, @PathVariable UUID id) {
		UUID workspaceId = caller.workspaceId();
		Ticket ticket = this.actions.ticket(caller, id);
		if (!WhatsAppAccounts.CHANNEL.equals(ticket.channel())) {
			return null;
		}
		Optional<Instant> last = this.window.lastCustomerMessage(workspaceId, ticket.threadId());
		boolean open = this.window.open(workspaceId, ticket.threadId(), Instant.now());
		ZonedDateTime closesAt = last
			.map((at) -> at.plus(CustomerServiceWindow.LENGTH).atZone(this.config.workspace(workspaceId).timeZone()))
			.orElse(null);
		return new WhatsAppTicket(this.accounts.missing(workspaceId), open, closesAt,
				this.accounts.account(workspaceId).map(WhatsAppAccount::template).orElse(null),
				this.deliveries.ofThread(workspaceId, ticket.threadId()));
	}

}

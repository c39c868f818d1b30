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

import org.springframework.beans.factory.ObjectProvider;
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

	private final ObjectProvider<TicketActions> actions;

	private final ObjectProvider<WhatsAppAccounts> accounts;

	private final ObjectProvider<CustomerServiceWindow> window;

	private final ObjectProvider<WhatsAppDeliveries> deliveries;

	private final ObjectProvider<WorkspaceSupportConfig> config;

	// providers: a web slice test of another module's pages has none of these beans
	WhatsAppTicketAdvice(ObjectProvider<TicketActions> actions, ObjectProvider<WhatsAppAccounts> accounts,
			ObjectProvider<CustomerServiceWindow> window, ObjectProvider<WhatsAppDeliveries> deliveries,
			ObjectProvider<WorkspaceSupportConfig> config) {
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
		TicketActions actions = this.actions.getIfAvailable();
		if (actions == null) {
			return null;
		}
		Ticket ticket = actions.ticket(caller, id);
		if (!WhatsAppAccounts.CHANNEL.equals(ticket.channel())) {
			return null;
		}
		Optional<Instant> last = this.window.getObject().lastCustomerMessage(workspaceId, ticket.threadId());
		boolean open = this.window.getObject().open(workspaceId, ticket.threadId(), Instant.now());
		ZonedDateTime closesAt = last
			.map((at) -> at.plus(CustomerServiceWindow.LENGTH)
				.atZone(this.config.getObject().workspace(workspaceId).timeZone()))
			.orElse(null);
		return new WhatsAppTicket(this.accounts.getObject().missing(workspaceId), open, closesAt,
				this.accounts.getObject().account(workspaceId).map(WhatsAppAccount::template).orElse(null),
				this.deliveries.getObject().ofThread(workspaceId, ticket.threadId()));
	}

}

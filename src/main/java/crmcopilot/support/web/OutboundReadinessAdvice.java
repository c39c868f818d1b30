package crmcopilot.support.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import crmcopilot.shared.PageQuery;
import crmcopilot.support.internal.Ticket;
import crmcopilot.support.internal.TicketActions;
import crmcopilot.support.internal.TicketStore;
import crmcopilot.support.internal.WorkspaceSupportConfig;
import crmcopilot.support.internal.whatsapp.WhatsAppAccounts;
import crmcopilot.workspace.Caller;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The channels whose replies cannot leave for want of an outbound configuration, for the
 * banner of the inbox and of a ticket: e-mail without an SMTP server, SMS without a
 * Twilio account, WhatsApp without its number and secrets (the inbox names a channel only
 * while open tickets use it; a WhatsApp ticket has its own notice). Each entry is the
 * message key saying what to set.
 */
@ControllerAdvice(assignableTypes = { InboxController.class, TicketController.class })
class OutboundReadinessAdvice {

	static final String SMTP = "support.outbound.smtp";

	static final String TWILIO = "support.outbound.twilio";

	static final String WHATSAPP = "support.outbound.whatsapp";

	private final ObjectProvider<WorkspaceSupportConfig> configs;

	private final ObjectProvider<WhatsAppAccounts> whatsapps;

	private final ObjectProvider<TicketStore> ticketStores;

	private final ObjectProvider<TicketActions> ticketActions;

	// providers: a web slice test of another module's pages has none of these beans
	OutboundReadinessAdvice(ObjectProvider<WorkspaceSupportConfig> configs, ObjectProvider<WhatsAppAccounts> whatsapps,
			ObjectProvider<TicketStore> ticketStores, ObjectProvider<TicketActions> ticketActions) {
		this.configs = configs;
		this.whatsapps = whatsapps;
		this.ticketStores = ticketStores;
		this.ticketActions = ticketActions;
	}

	@ModelAttribute("outboundMissing")
	List<String> outboundMissing(Caller caller, @PathVariable(required = false) @Nullable UUID id) {
		WorkspaceSupportConfig config = this.configs.getIfAvailable();
		WhatsAppAccounts whatsapp = this.whatsapps.getIfAvailable();
		TicketStore tickets = this.ticketStores.getIfAvailable();
		TicketActions actions = this.ticketActions.getIfAvailable();
		if (config == null || whatsapp == null || tickets == null || actions == null) {
			return List.of();
		}
		return new Readiness(config, whatsapp, tickets, actions).missing(caller, id);
	}

	/** The checks, once the support module's beans are there. */
	private record Readiness(WorkspaceSupportConfig config, WhatsAppAccounts whatsapp, TicketStore tickets,
			TicketActions actions) {

		List<String> missing(Caller caller, @Nullable UUID id) {
			UUID workspaceId = caller.workspaceId();
			List<String> missing = new ArrayList<>();
			if (id != null) {
				Ticket ticket = this.actions.ticket(caller, id);
				if ("sms".equals(ticket.channel())) {
					addIf(missing, TWILIO, twilioMissing(workspaceId));
				}
				else if (!WhatsAppAccounts.CHANNEL.equals(ticket.channel()) && ticket.customer().contains("@")
						&& this.config.get(workspaceId, "callback-url." + ticket.channel()).isEmpty()) {
					addIf(missing, SMTP, this.config.smtp(workspaceId).isEmpty());
				}
				return missing;
			}
			addIf(missing, SMTP, this.config.smtp(workspaceId).isEmpty());
			addIf(missing, TWILIO, twilioMissing(workspaceId) && openTickets(workspaceId, "sms"));
			addIf(missing, WHATSAPP, !this.whatsapp.missing(workspaceId).isEmpty()
					&& openTickets(workspaceId, WhatsAppAccounts.CHANNEL));
			return missing;
		}

		private boolean twilioMissing(UUID workspaceId) {
			return this.config.twilio(workspaceId).isEmpty()
					&& this.config.get(workspaceId, "callback-url.sms").isEmpty();
		}

		private boolean openTickets(UUID workspaceId, String channel) {
			TicketStore.Filter filter = new TicketStore.Filter("open", null, null, channel, null, false, null);
			return this.tickets.search(workspaceId, filter, PageQuery.of(0, 1), Instant.now()).totalItems() > 0;
		}

		private static void addIf(List<String> missing, String key, boolean condition) {
			if (condition) {
				missing.add(key);
			}
		}

	}

}

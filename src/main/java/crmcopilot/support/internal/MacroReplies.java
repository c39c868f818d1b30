package crmcopilot.support.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import crmcopilot.shared.NotFoundException;
import crmcopilot.support.SupportMessage;
import crmcopilot.workspace.Caller;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * The macros an agent can insert on a ticket, and the reply one gives: greeting, the
 * macro's text with its placeholders filled from the ticket (customer name, order number,
 * product) and the agent, signature with the agent's name.
 */
@Service
public class MacroReplies {

	private final MacroStore macros;

	private final TicketStore tickets;

	private final SupportStore store;

	MacroReplies(MacroStore macros, TicketStore tickets, SupportStore store) {
		this.macros = macros;
		this.tickets = tickets;
		this.store = store;
	}

	/**
	 * The workspace's macros, those of the ticket's category and language first, then
	 * those of its language, then the others.
	 */
	public List<Macro> forTicket(UUID workspaceId, Ticket ticket, String language) {
		return this.macros.macros(workspaceId)
			.stream()
			.sorted(Comparator.comparingInt((Macro macro) -> rank(macro, ticket.categorie(), language)))
			.toList();
	}

	/** The reply the macro gives on the ticket, for the signed-in agent. */
	public Reply reply(Caller caller, UUID ticketId, UUID macroId) {
		UUID workspaceId = caller.workspaceId();
		Ticket ticket = this.tickets.find(workspaceId, ticketId).orElseThrow(() -> new NotFoundException("ticket"));
		Macro macro = this.macros.macro(workspaceId, macroId).orElseThrow(() -> new NotFoundException("macro"));
		SupportMessage first = this.store.message(workspaceId, ticket.messageId()).orElseThrow();
		String customerName = SupportIntakeService
			.blankToNull(this.store.metadata(workspaceId, first.id()).get("name"));
		String text = (first.subject() != null) ? first.subject() + "\n" + first.text() : first.text();
		Map<String, String> values = MacroText.values(text, macro.language(), customerName, caller.name());
		return new Reply(signed(ReplyComposer.wrap(MacroText.fill(macro.body(), values), macro.language(), customerName,
				caller.workspaceName()), caller.name()), macro.language());
	}

	/** A reply from a macro, in the macro's language. */
	public record Reply(String text, String language) {
	}

	/** The agent's name on the line before the service's. */
	private static String signed(String reply, @Nullable String agentName) {
		int last = reply.lastIndexOf('\n');
		if (agentName == null || agentName.isBlank() || last < 0) {
			return reply;
		}
		return reply.substring(0, last + 1) + agentName.strip() + "\n" + reply.substring(last + 1);
	}

	private static int rank(Macro macro, String category, String language) {
		boolean sameLanguage = macro.language().equals(language);
		if (sameLanguage && category.equals(macro.categorie())) {
			return 0;
		}
		return sameLanguage ? ((macro.categorie() == null) ? 1 : 2) : 3;
	}

}

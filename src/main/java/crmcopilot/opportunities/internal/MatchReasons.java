package crmcopilot.opportunities.internal;

import java.util.Locale;
import java.util.UUID;

import crmcopilot.crm.AccountMatch;
import crmcopilot.crm.Contact;
import crmcopilot.workspace.Workspace;
import crmcopilot.workspace.Workspaces;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Puts a match's reason in the words of the workspace's language (stored with the draft
 * and returned by the API); pages show it again from its key in the reader's language.
 */
@Component
class MatchReasons {

	private final MessageSource messages;

	private final Workspaces workspaces;

	MatchReasons(MessageSource messages, Workspaces workspaces) {
		this.messages = messages;
		this.workspaces = workspaces;
	}

	/**
	 * A known contact's match with the e-mail or phone the text gives instead of theirs:
	 * approving the link makes the new one primary and keeps the old as secondary.
	 */
	AccountMatch withContactChanges(UUID workspaceId, AccountMatch match, @Nullable Contact known,
			@Nullable String email, @Nullable String phone) {
		if (known == null) {
			return match;
		}
		Locale locale = locale(workspaceId);
		StringBuilder reason = new StringBuilder(match.reason());
		if (email != null && !email.equalsIgnoreCase(String.valueOf(known.email()))) {
			reason.append(" — ")
				.append(this.messages.getMessage("opportunities.contactUpdate.email",
						new Object[] { (known.email() != null) ? known.email() : "-", email }, locale));
		}
		if (phone != null && !phone.equals(known.phone())) {
			reason.append(" — ")
				.append(this.messages.getMessage("opportunities.contactUpdate.phone",
						new Object[] { (known.phone() != null) ? known.phone() : "-", phone }, locale));
		}
		return match.withReason(reason.toString());
	}

	private Locale locale(UUID workspaceId) {
		return this.workspaces.find(workspaceId).map(Workspace::locale).orElse(Locale.FRENCH);
	}

	/** The deal a note is about, its reasons joined in the workspace's language. */
	OpportunityMatch deal(UUID workspaceId, OpportunityMatcher.Found found) {
		Locale locale = locale(workspaceId);
		String reason = String.join(", ",
				found.reasons()
					.stream()
					.map((r) -> this.messages.getMessage(r.key(), r.args().toArray(), r.key(), locale))
					.toList());
		return new OpportunityMatch(found.opportunity().id(), found.opportunity().name(), found.level(),
				Math.round(found.score() * 100) / 100.0, reason, found.changes());
	}

	AccountMatch explained(UUID workspaceId, AccountMatch match) {
		if (match.reasonKey() == null) {
			return match;
		}
		Locale locale = this.workspaces.find(workspaceId).map(Workspace::locale).orElse(Locale.FRENCH);
		return match
			.withReason(this.messages.getMessage(match.reasonKey(), match.reasonArguments(), match.reason(), locale));
	}

}

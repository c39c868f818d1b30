package crmcopilot.opportunities.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import crmcopilot.workspace.Workspace;
import crmcopilot.workspace.WorkspaceSettings;
import crmcopilot.workspace.Workspaces;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tenders whose deadline has passed are not live deals: the workspace setting
 * {@value #SETTING} chooses to import them as expired (the draft is closed with the
 * reason) or to skip them ({@code skip}).
 */
@Component
class TenderExpiry {

	static final String SETTING = "opportunities.tenders.expired";

	static final String SKIP = "skip";

	private final WorkspaceSettings settings;

	private final Workspaces workspaces;

	private final MessageSource messages;

	private final Clock clock;

	/** The clock is the application's when it defines one, the system's otherwise. */
	@Autowired
	TenderExpiry(WorkspaceSettings settings, Workspaces workspaces, MessageSource messages,
			ObjectProvider<Clock> clock) {
		this(settings, workspaces, messages, clock.getIfAvailable(Clock::systemUTC));
	}

	TenderExpiry(WorkspaceSettings settings, Workspaces workspaces, MessageSource messages, Clock clock) {
		this.settings = settings;
		this.workspaces = workspaces;
		this.messages = messages;
		this.clock = clock;
	}

	boolean expired(UUID workspaceId, @Nullable LocalDate deadline) {
		if (deadline == null) {
			return false;
		}
		var zone = this.workspaces.find(workspaceId).map(Workspace::timeZone).orElse(this.clock.getZone());
		return deadline.isBefore(LocalDate.now(this.clock.withZone(zone)));
	}

	boolean skips(UUID workspaceId) {
		return this.settings.get(workspaceId, SETTING).map(SKIP::equalsIgnoreCase).orElse(false);
	}

	/** Why the draft of an expired tender is closed, in the workspace's language. */
	String reason(UUID workspaceId, LocalDate deadline) {
		Locale locale = this.workspaces.find(workspaceId).map(Workspace::locale).orElse(Locale.FRENCH);
		return this.messages.getMessage("opportunities.tender.expired",
				new Object[] { deadline.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) }, "deadline passed", locale);
	}

}

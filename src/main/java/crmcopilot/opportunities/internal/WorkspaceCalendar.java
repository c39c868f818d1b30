package crmcopilot.opportunities.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import crmcopilot.workspace.Workspace;
import crmcopilot.workspace.Workspaces;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The date as the workspace lives it: an undated note is written today in the workspace's
 * time zone, not the server's, and follow-ups fall due in it.
 */
@Component
public class WorkspaceCalendar {

	private final Workspaces workspaces;

	private final Clock clock;

	@Autowired
	WorkspaceCalendar(Workspaces workspaces, ObjectProvider<Clock> clock) {
		this(workspaces, clock.getIfAvailable(Clock::systemUTC));
	}

	WorkspaceCalendar(Workspaces workspaces, Clock clock) {
		this.workspaces = workspaces;
		this.clock = clock;
	}

	/** Today in the workspace's time zone. */
	public LocalDate today(UUID workspaceId) {
		return LocalDate.now(this.clock.withZone(zone(workspaceId)));
	}

	/**
	 * The workspace's time zone, in which dates are shown and relative dates resolved.
	 */
	public ZoneId zone(UUID workspaceId) {
		return this.workspaces.find(workspaceId).map(Workspace::timeZone).orElse(ZoneId.of("UTC"));
	}

}

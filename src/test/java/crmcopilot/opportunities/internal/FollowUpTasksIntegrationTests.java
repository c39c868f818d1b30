package crmcopilot.opportunities.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import crmcopilot.CopilotIntegrationTest;
import crmcopilot.TestWorkspaces;
import crmcopilot.audit.AuditJournal;
import crmcopilot.crm.SalesforceConnector;
import crmcopilot.crm.SalesforceConnector.TaskState;
import crmcopilot.workspace.Workspaces;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * What the sales copilot hands to the Salesforce connector for follow-ups: each Task
 * after its opportunity's push, then the follow-up as it is after done or postponed.
 */
@CopilotIntegrationTest
class FollowUpTasksIntegrationTests {

	private static final String REP = "rep@example.com";

	@Autowired
	FollowUpStore store;

	@Autowired
	AuditJournal journal;

	@Autowired
	WorkspaceCalendar calendar;

	@Autowired
	Workspaces workspaces;

	private final SalesforceConnector salesforce = mock(SalesforceConnector.class);

	private FollowUp followUp(UUID ws, UUID draft, String subject, LocalDate due) {
		FollowUp followUp = new FollowUp(UUID.randomUUID(), ws, draft, UUID.randomUUID(), UUID.randomUUID(), REP,
				subject, due, FollowUp.Status.OPEN);
		this.store.insert(followUp);
		return followUp;
	}

	@Test
	void should_queue_each_task_as_the_follow_up_is_after_done_or_postponed() {
		FollowUpService followUps = new FollowUpService(this.store, this.journal, this.calendar, this.salesforce);
		UUID ws = TestWorkspaces.create(this.workspaces, "Relances").id();
		UUID draft = UUID.randomUUID();
		FollowUp quote = followUp(ws, draft, "Devis pour vendredi", LocalDate.now().plusDays(3));
		FollowUp demo = followUp(ws, draft, "Démo mardi", LocalDate.now().plusDays(5));

		followUps.pushTasks(ws, draft);
		followUps.done(ws, REP, quote.id());
		followUps.postpone(ws, REP, demo.id(), 7);

		ArgumentCaptor<TaskState> tasks = ArgumentCaptor.forClass(TaskState.class);
		verify(this.salesforce, times(4)).enqueueTask(eq(ws), tasks.capture());
		List<TaskState> queued = tasks.getAllValues();
		assertThat(queued.get(0)).isEqualTo(new TaskState(quote.id(), "Devis pour vendredi", quote.dueDate(), false,
				quote.opportunityId(), quote.accountId()));
		assertThat(queued.get(1).followUpId()).isEqualTo(demo.id());
		assertThat(queued.get(2)).extracting(TaskState::followUpId, TaskState::completed)
			.containsExactly(quote.id(), true);
		assertThat(queued.get(3)).extracting(TaskState::followUpId, TaskState::dueDate, TaskState::completed)
			.containsExactly(demo.id(), demo.dueDate().plusDays(7), false);
	}

	@Test
	void should_queue_the_tasks_only_once_the_opportunity_s_push_is_queued() {
		FollowUpService followUps = mock(FollowUpService.class);
		SalesforcePushOnApproval listener = new SalesforcePushOnApproval(this.salesforce, followUps);
		UUID ws = UUID.randomUUID();
		UUID draft = UUID.randomUUID();
		UUID opportunity = UUID.randomUUID();
		given(this.salesforce.enqueuePush(ws, opportunity, draft)).willReturn(Optional.empty());

		listener.on(new OpportunityApproved(ws, draft, opportunity, UUID.randomUUID()));
		verify(followUps, never()).pushTasks(any(), any());

		given(this.salesforce.enqueuePush(ws, opportunity, draft))
			.willReturn(Optional.of(new SalesforceConnector.Push(UUID.randomUUID(), opportunity, draft,
					SalesforceConnector.PushStatus.PENDING, 0, null, null, null, null, null, Instant.now(), null)));
		listener.on(new OpportunityApproved(ws, draft, opportunity, UUID.randomUUID()));
		verify(followUps).pushTasks(ws, draft);
	}

}

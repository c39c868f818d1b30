package crmcopilot.crm.salesforce;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import crmcopilot.CopilotIntegrationTest;
import crmcopilot.crm.Opportunity;
import crmcopilot.crm.SalesforceConnector.TaskState;
import crmcopilot.shared.outbox.Outbox;
import crmcopilot.shared.outbox.OutboxItem;
import crmcopilot.shared.outbox.OutboxStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** Follow-ups delivered as Salesforce Tasks through the outbox. */
@CopilotIntegrationTest
class SalesforceTaskIntegrationTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	Outbox outbox;

	ConnectedOrg org;

	@BeforeEach
	void setUp() throws Exception {
		this.org = new ConnectedOrg(this.context);
	}

	@AfterEach
	void tearDown() {
		this.org.close();
	}

	private OutboxItem deliver(TaskState task) {
		assertThat(this.org.connector.enqueueTask(this.org.ws, task)).isTrue();
		OutboxItem queued = this.outbox.ofReference(this.org.ws, task.followUpId()).get(0);
		this.org.connector.process(this.org.ws, queued.id());
		return this.outbox.find(this.org.ws, queued.id()).orElseThrow();
	}

	@Test
	void should_create_the_task_on_the_pushed_opportunity_then_update_it_when_done() throws Exception {
		this.org.connect();
		Opportunity opportunity = this.org.localOpportunity("Sonatel", "Ndiaye");
		String opportunityId = this.org.pushNow(opportunity).opportunitySalesforceId();
		UUID followUp = UUID.randomUUID();

		OutboxItem created = deliver(new TaskState(followUp, "Devis pour vendredi", LocalDate.of(2026, 12, 11), false,
				opportunity.id(), opportunity.accountId()));

		assertThat(created.status()).isEqualTo(OutboxStatus.SENT);
		String taskId = created.providerRef();
		assertThat(taskId).startsWith("00T");
		assertThat(this.org.salesforce.task(taskId)).containsEntry("Subject", "Devis pour vendredi")
			.containsEntry("ActivityDate", "2026-12-11")
			.containsEntry("WhatId", opportunityId)
			.containsEntry("Status", "Not Started");

		OutboxItem done = deliver(new TaskState(followUp, "Devis pour vendredi", LocalDate.of(2026, 12, 18), true,
				opportunity.id(), opportunity.accountId()));

		assertThat(done.status()).isEqualTo(OutboxStatus.SENT);
		assertThat(done.providerRef()).isEqualTo(taskId);
		assertThat(this.org.salesforce.count("Task")).isEqualTo(1);
		assertThat(this.org.salesforce.task(taskId)).containsEntry("Status", "Completed")
			.containsEntry("ActivityDate", "2026-12-18");
	}

	@Test
	void should_hold_the_task_while_its_opportunity_waits_in_the_outbox() throws Exception {
		this.org.connect();
		Opportunity opportunity = this.org.localOpportunity("Sen'Eau", "Ba");
		this.org.salesforce.outages.set(1);
		this.org.pushNow(opportunity);

		OutboxItem held = deliver(new TaskState(UUID.randomUUID(), "Démo mardi", LocalDate.of(2026, 12, 8), false,
				opportunity.id(), opportunity.accountId()));

		assertThat(held.status()).isEqualTo(OutboxStatus.PENDING);
		assertThat(held.lastError()).contains(SalesforceError.WAITING);
		assertThat(this.org.salesforce.count("Task")).isZero();
	}

	@Test
	void should_give_up_at_once_and_keep_salesforce_s_error_when_the_org_refuses_the_status() throws Exception {
		this.org.connect();
		this.org.salesforce.taskStatuses = List.of("Open", "Closed");
		UUID followUp = UUID.randomUUID();

		OutboxItem refused = deliver(
				new TaskState(followUp, "Relancer la DSI", LocalDate.of(2026, 12, 9), false, null, null));

		assertThat(refused.status()).isEqualTo(OutboxStatus.FAILED);
		assertThat(refused.attempts()).isEqualTo(1);
		assertThat(refused.lastError()).contains("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST").contains("Not Started");
		assertThat(this.org.salesforce.count("Task")).isZero();
	}

	@Test
	void should_not_queue_a_task_when_the_workspace_is_not_connected() {
		assertThat(this.org.connector.enqueueTask(this.org.ws,
				new TaskState(UUID.randomUUID(), "Rappeler", LocalDate.of(2026, 12, 9), false, null, null)))
			.isFalse();
		assertThat(this.outbox.counts(this.org.ws, List.of(SalesforceTaskChannel.KIND)))
			.containsEntry(OutboxStatus.PENDING, 0L);
	}

}

package crmcopilot.crm.salesforce;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import crmcopilot.crm.AccountDirectory;
import crmcopilot.crm.Opportunity;
import crmcopilot.crm.SalesforceConnector.TaskState;
import crmcopilot.shared.Texts;
import crmcopilot.shared.outbox.Outbox;
import crmcopilot.shared.outbox.OutboxItem;
import crmcopilot.shared.outbox.OutboxStatus;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Delivers follow-ups as Salesforce Tasks: the first item of a follow-up creates its Task
 * ({@code POST sobjects/Task}), the next ones update it
 * ({@code PATCH sobjects/Task/<id>}) with the follow-up as it is now. The Task is put on
 * the pushed opportunity, else the pushed account; while the opportunity's own push is
 * still waiting, the Task waits too.
 */
class SalesforceTaskChannel extends SalesforceChannel {

	/** The kind of the outbox items this channel delivers. */
	static final String KIND = "salesforce-task";

	static final String OPEN = "Not Started";

	static final String COMPLETED = "Completed";

	/** Salesforce's limit on a Task's subject. */
	private static final int MAX_SUBJECT = 255;

	private final SalesforceSettings settings;

	private final SalesforceOAuth oauth;

	private final AccountDirectory directory;

	private final Outbox outbox;

	private final JsonMapper json;

	SalesforceTaskChannel(SalesforceSettings settings, SalesforceOAuth oauth, AccountDirectory directory, Outbox outbox,
			JsonMapper json) {
		super(settings);
		this.settings = settings;
		this.oauth = oauth;
		this.directory = directory;
		this.outbox = outbox;
		this.json = json;
	}

	@Override
	public String kind() {
		return KIND;
	}

	/** The outbox item of a follow-up's Task as it is now. */
	String body(TaskState task) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("subject", task.subject());
		body.put("dueDate", task.dueDate().toString());
		body.put("completed", task.completed());
		if (task.opportunityId() != null) {
			body.put("opportunityId", task.opportunityId().toString());
		}
		if (task.accountId() != null) {
			body.put("accountId", task.accountId().toString());
		}
		return this.json.writeValueAsString(body);
	}

	@Override
	public Optional<String> deliver(OutboxItem item) {
		UUID workspaceId = item.workspaceId();
		JsonNode task = this.json.readTree(item.body());
		String path = "/services/data/" + this.settings.apiVersion() + "/sobjects/Task";
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("Subject", Texts.abbreviate(task.path("subject").asString(), MAX_SUBJECT));
		fields.put("ActivityDate", LocalDate.parse(task.path("dueDate").asString()).toString());
		fields.put("Status", task.path("completed").asBoolean() ? COMPLETED : OPEN);
		Optional<String> existing = taskId(item);
		if (existing.isPresent()) {
			this.oauth.withSession(workspaceId,
					(session) -> session.call("PATCH", path + "/" + existing.get(), fields));
			return existing;
		}
		String whatId = whatId(workspaceId, uuid(task.path("opportunityId")), uuid(task.path("accountId")));
		if (whatId != null) {
			fields.put("WhatId", whatId);
		}
		JsonNode created = this.oauth.withSession(workspaceId, (session) -> session.call("POST", path, fields).body());
		return Optional.of(created.path("id").asString());
	}

	/** The Task an earlier item of the same follow-up created. */
	private Optional<String> taskId(OutboxItem item) {
		if (item.referenceId() == null) {
			return Optional.empty();
		}
		return this.outbox.ofReference(item.workspaceId(), item.referenceId())
			.stream()
			.filter((other) -> other.kind().equals(KIND) && other.status() == OutboxStatus.SENT
					&& other.providerRef() != null)
			.map(OutboxItem::providerRef)
			.findFirst();
	}

	private @Nullable String whatId(UUID workspaceId, @Nullable UUID opportunityId, @Nullable UUID accountId) {
		Opportunity opportunity = (opportunityId != null)
				? this.directory.opportunity(workspaceId, opportunityId).orElse(null) : null;
		if (opportunity != null && opportunity.salesforceId() != null) {
			return opportunity.salesforceId();
		}
		if (opportunity != null && this.outbox.ofReference(workspaceId, opportunity.id())
			.stream()
			.anyMatch((push) -> push.kind().equals(SalesforcePushChannel.KIND) && push.pending())) {
			throw new SalesforceError(SalesforceError.WAITING, 0, "the opportunity's push is still waiting");
		}
		UUID account = (opportunity != null && opportunity.accountId() != null) ? opportunity.accountId() : accountId;
		return (account != null)
				? this.directory.account(workspaceId, account).map((a) -> a.salesforceId()).orElse(null) : null;
	}

	private static @Nullable UUID uuid(JsonNode node) {
		return node.isString() ? UUID.fromString(node.asString()) : null;
	}

}

package crmcopilot.support.internal;

import java.util.Map;
import java.util.UUID;

import crmcopilot.ai.AiGateway;
import crmcopilot.ai.TaskOutcome;
import crmcopilot.support.SupportMessage;
import crmcopilot.support.TriageResult;

import org.springframework.stereotype.Component;

/**
 * Triages a stored message: the workspace's setup, the AI gateway (an LLM when
 * configured, else or on failure the offline engine), then {@link TriagePostProcessor}
 * for every result.
 */
@Component
class MessageTriage {

	private final TriageSetups setups;

	private final AiGateway gateway;

	private final TriageTask task;

	MessageTriage(TriageSetups setups, AiGateway gateway, TriageTask task) {
		this.setups = setups;
		this.gateway = gateway;
		this.task = task;
	}

	/**
	 * @param followUp the customer writes again on a thread not yet answered
	 */
	Triaged triage(UUID workspaceId, SupportMessage message, Map<String, String> metadata, boolean followUp) {
		TriageRequest request = new TriageRequest(message.subject(), message.text(), message.channel(),
				message.language(), metadata, followUp, SupportIntakeService.blankToNull(metadata.get("name")),
				this.setups.setup(workspaceId));
		TaskOutcome<TriageResult> outcome = this.gateway.run(workspaceId, this.task, request);
		return new Triaged(TriagePostProcessor.finish(outcome.result(), request), outcome.engine());
	}

	/**
	 * @param engine {@code offline} or the provider that answered
	 */
	record Triaged(TriageResult result, String engine) {
	}

}

package crmcopilot.learning.internal.federation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import crmcopilot.audit.AuditEvent;
import crmcopilot.audit.AuditJournal;
import crmcopilot.learning.internal.AgentStore;
import crmcopilot.learning.internal.AgentStore.AgentUpdate;
import crmcopilot.learning.internal.GlobalModelStore;
import crmcopilot.learning.internal.Inputs;
import crmcopilot.learning.internal.LearningSettings;
import crmcopilot.learning.internal.Platform;
import crmcopilot.learning.internal.WeightStore;
import crmcopilot.learning.internal.WeightStore.StoredWeights;
import crmcopilot.learning.model.Aggregation;
import crmcopilot.learning.model.FeatureSchema;
import crmcopilot.learning.model.FederatedAveraging;
import crmcopilot.learning.model.LogisticRegression;
import crmcopilot.learning.model.ModelUpdate;
import crmcopilot.learning.model.SessionSchema;
import crmcopilot.learning.model.WeightCodec;

import org.springframework.stereotype.Service;

/**
 * The server side of merchant-side agents: an agent pulls the current global model,
 * trains on its own rows and pushes back only its parameters and example count. When
 * {@code agentRoundSize} merchants have answered for the current version, their updates
 * are averaged (FedAvg, capped example counts) into the next version.
 */
@Service
public class AgentFederation {

	/** What an agent pulls. */
	public record GlobalSnapshot(int version, FeatureSchema schema, double[] weights, String sha256) {
	}

	/** What happened to an update. */
	public record Receipt(boolean accepted, int currentVersion, String message) {
	}

	private final AgentStore agents;

	private final GlobalModelStore globals;

	private final WeightStore weights;

	private final AuditJournal journal;

	private final LearningSettings settings;

	AgentFederation(AgentStore agents, GlobalModelStore globals, WeightStore weights, AuditJournal journal,
			LearningSettings settings) {
		this.agents = agents;
		this.globals = globals;
		this.weights = weights;
		this.journal = journal;
		this.settings = settings;
	}

	public GlobalSnapshot current() {
		return this.globals.latest().map((global) -> {
			StoredWeights weights = this.globals.weights(global);
			return new GlobalSnapshot(global.version(), weights.schema(), weights.weights(), weights.sha256());
		}).orElseGet(() -> {
			double[] zeros = LogisticRegression.zeros(SessionSchema.standard().dimension());
			return new GlobalSnapshot(0, SessionSchema.standard(), zeros,
					WeightCodec.sha256(WeightCodec.toBytes(zeros)));
		});
	}

	public synchronized Receipt submit(UUID merchantId, int baseVersion, long examples, double[] weights) {
		GlobalSnapshot current = current();
		if (baseVersion != current.version()) {
			return new Receipt(false, current.version(), "stale base version; pull the current model");
		}
		if (weights.length != current.weights().length) {
			throw new IllegalArgumentException(
					"weights have dimension " + weights.length + ", expected " + current.weights().length);
		}
		if (examples < 1) {
			throw new IllegalArgumentException("examples must be at least 1");
		}
		Inputs.finite("weights", weights);
		StoredWeights stored = this.weights.save(merchantId, weights, current.schema());
		this.agents.saveUpdate(merchantId, baseVersion, Math.min(examples, this.settings.maxClaimedExamples()),
				stored.id());
		this.journal.record(
				AuditEvent
					.of(merchantId, "learning.agent.update.received", "global-model", String.valueOf(baseVersion), null,
							Map.of("examples", examples))
					.by("agent", "system"));
		List<AgentUpdate> pending = this.agents.pendingUpdates(baseVersion);
		if (pending.size() >= this.settings.agentRoundSize()) {
			aggregate(baseVersion, pending, current.schema());
		}
		return new Receipt(true, current().version(), "update accepted");
	}

	/**
	 * Publishes the next global version from a secure round: only the mean of the
	 * surviving agents' updates and their total example count are known.
	 * @return the new version, or empty when the round's base is no longer current
	 */
	synchronized java.util.Optional<Integer> publishSecureRound(int baseVersion, ModelUpdate mean, int contributors) {
		GlobalSnapshot current = current();
		if (baseVersion != current.version() || mean.weights().length != current.weights().length) {
			return java.util.Optional.empty();
		}
		Inputs.finite("weights", mean.weights());
		StoredWeights stored = this.weights.save(Platform.WORKSPACE, mean.weights(), current.schema());
		Map<String, Object> metrics = new LinkedHashMap<>();
		metrics.put("contributing_merchants", contributors);
		metrics.put("total_data_points", mean.examples());
		metrics.put("baseVersion", baseVersion);
		metrics.put("source", "agents");
		metrics.put("secureAggregation", true);
		return java.util.Optional.of(this.globals
			.save(FederatedAveraging.Method.FEDERATED_AVERAGING, metrics, List.of("secure-agent-round"), stored)
			.version());
	}

	private void aggregate(int baseVersion, List<AgentUpdate> pending, FeatureSchema schema) {
		List<ModelUpdate> updates = new ArrayList<>();
		List<String> contributors = new ArrayList<>();
		long total = 0;
		for (AgentUpdate update : pending) {
			updates.add(new ModelUpdate(this.weights.find(update.workspaceId(), update.weightsId()).weights(),
					update.examples()));
			contributors.add("agent-update:" + update.id());
			total += update.examples();
		}
		double[] global = Aggregation.fedAvg(updates);
		StoredWeights stored = this.weights.save(Platform.WORKSPACE, global, schema);
		Map<String, Object> metrics = new LinkedHashMap<>();
		metrics.put("contributing_merchants", pending.size());
		metrics.put("total_data_points", total);
		metrics.put("baseVersion", baseVersion);
		metrics.put("source", "agents");
		this.agents.consumeUpdates(pending.stream().map(AgentUpdate::id).toList());
		this.globals.save(FederatedAveraging.Method.FEDERATED_AVERAGING, metrics, contributors, stored);
	}

}

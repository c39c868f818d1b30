package crmcopilot.learning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import crmcopilot.audit.AuditEvent;
import crmcopilot.audit.AuditJournal;
import crmcopilot.learning.internal.LearningStore;
import crmcopilot.learning.internal.LearningStore.AgentUpdate;
import crmcopilot.learning.internal.LearningStore.StoredWeights;
import crmcopilot.learning.model.Aggregation;
import crmcopilot.learning.model.FeatureSchema;
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

	private final LearningStore store;

	private final AuditJournal journal;

	private final LearningSettings settings;

	AgentFederation(LearningStore store, AuditJournal journal, LearningSettings settings) {
		this.store = store;
		this.journal = journal;
		this.settings = settings;
	}

	public Optional<UUID> merchantOf(String token) {
		return this.store.agentWorkspace(WeightCodec.sha256(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
	}

	public GlobalSnapshot current() {
		return this.store.latestGlobal().map((global) -> {
			StoredWeights weights = this.store.weights(LearningStore.PLATFORM, this.store.globalWeightsId(global.id()));
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
		StoredWeights stored = this.store.saveWeights(merchantId, weights, current.schema());
		this.store.saveAgentUpdate(merchantId, baseVersion, Math.min(examples, this.settings.maxClaimedExamples()),
				stored.id());
		this.journal.record(
				AuditEvent
					.of(merchantId, "learning.agent.update.received", "global-model", String.valueOf(baseVersion), null,
							Map.of("examples", examples))
					.by("agent", "system"));
		List<AgentUpdate> pending = this.store.pendingAgentUpdates(baseVersion);
		if (pending.size() >= this.settings.agentRoundSize()) {
			aggregate(baseVersion, pending, current.schema());
		}
		return new Receipt(true, current().version(), "update accepted");
	}

	private void aggregate(int baseVersion, List<AgentUpdate> pending, FeatureSchema schema) {
		List<ModelUpdate> updates = new ArrayList<>();
		List<String> contributors = new ArrayList<>();
		long total = 0;
		for (AgentUpdate update : pending) {
			updates.add(new ModelUpdate(this.store.weights(update.workspaceId(), update.weightsId()).weights(),
					update.examples()));
			contributors.add("agent-update:" + update.id());
			total += update.examples();
		}
		double[] global = Aggregation.fedAvg(updates);
		StoredWeights stored = this.store.saveWeights(LearningStore.PLATFORM, global, schema);
		Map<String, Object> metrics = new LinkedHashMap<>();
		metrics.put("contributing_merchants", pending.size());
		metrics.put("total_data_points", total);
		metrics.put("baseVersion", baseVersion);
		metrics.put("source", "agents");
		this.store.consumeAgentUpdates(pending.stream().map(AgentUpdate::id).toList());
		this.store.saveGlobal("federated_averaging", metrics, contributors, stored);
	}

}

package crmcopilot.learning.internal;

import java.time.Instant;
import java.util.UUID;

import crmcopilot.learning.model.FeatureSchema;
import crmcopilot.learning.model.WeightCodec;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Model parameters ({@code marketing_ai_model_weights}), checked against their hash. */
@Repository
public class WeightStore {

	/** A stored parameter vector and the schema it was trained with. */
	public record StoredWeights(UUID id, String sha256, double[] weights, FeatureSchema schema) {
	}

	private final JdbcClient jdbc;

	private final Columns columns;

	WeightStore(JdbcClient jdbc, Columns columns) {
		this.jdbc = jdbc;
		this.columns = columns;
	}

	public StoredWeights save(UUID workspaceId, double[] weights, FeatureSchema schema) {
		byte[] bytes = WeightCodec.toBytes(NonFiniteModelException.requireFinite(weights));
		String hash = WeightCodec.sha256(bytes);
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("INSERT INTO marketing_ai_model_weights (id, workspace_id, sha256, dimension, feature_schema, "
					+ "weights, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
			.params(id, workspaceId, hash, weights.length, this.columns.json(schema), bytes, Columns.utc(Instant.now()))
			.update();
		return new StoredWeights(id, hash, weights, schema);
	}

	/**
	 * Loads weights and checks them against their recorded hash.
	 * @throws NonFiniteModelException when they hold NaN or an infinity
	 */
	public StoredWeights find(UUID workspaceId, UUID id) {
		return this.jdbc.sql("SELECT * FROM marketing_ai_model_weights WHERE workspace_id = ? AND id = ?")
			.params(workspaceId, id)
			.query((rs, n) -> {
				byte[] bytes = rs.getBytes("weights");
				String hash = rs.getString("sha256");
				if (!WeightCodec.sha256(bytes).equals(hash)) {
					throw new IllegalStateException("stored weights " + id + " do not match their hash");
				}
				double[] weights;
				try {
					weights = WeightCodec.fromBytes(bytes);
				}
				catch (IllegalArgumentException ex) {
					// stored before weights were checked on the way in
					throw new NonFiniteModelException("stored weights " + id);
				}
				return new StoredWeights(id, hash, weights,
						this.columns.read(rs.getString("feature_schema"), FeatureSchema.class));
			})
			.single();
	}

}

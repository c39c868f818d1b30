package crmcopilot.learning.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import crmcopilot.learning.model.Personalization;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merchants' learning settings ({@code marketing_ai_merchant_configs}); a merchant is a
 * workspace, and its row is created with the table's defaults on first read.
 */
@Repository
public class MerchantConfigStore {

	private final JdbcClient jdbc;

	private final Columns columns;

	MerchantConfigStore(JdbcClient jdbc, Columns columns) {
		this.jdbc = jdbc;
		this.columns = columns;
	}

	@Transactional
	public MerchantConfig config(UUID workspaceId) {
		Optional<MerchantConfig> found = this.jdbc
			.sql("SELECT * FROM marketing_ai_merchant_configs WHERE workspace_id = ? AND merchant_id = ?")
			.params(workspaceId, workspaceId)
			.query(this::map)
			.optional();
		if (found.isPresent()) {
			return found.get();
		}
		this.jdbc
			.sql("INSERT INTO marketing_ai_merchant_configs (merchant_id, workspace_id, updated_at) VALUES (?, ?, ?)")
			.params(workspaceId, workspaceId, Columns.utc(Instant.now()))
			.update();
		return config(workspaceId);
	}

	public void save(UUID workspaceId, MerchantConfig config) {
		config(workspaceId);
		this.jdbc.sql("UPDATE marketing_ai_merchant_configs SET model_version = ?, personalization_level = ?, "
				+ "training_frequency = ?, auto_deploy = ?, min_confidence = ?, data_sources = ?, privacy_level = ?, "
				+ "last_trained_at = ?, updated_at = ? WHERE workspace_id = ? AND merchant_id = ?")
			.params(config.modelVersion(), config.personalizationLevel().key(), config.trainingFrequency().value(),
					config.autoDeploy(), config.minConfidence(), this.columns.json(config.dataSources()),
					config.privacyLevel().value(),
					(config.lastTrainedAt() != null) ? Columns.utc(config.lastTrainedAt()) : null,
					Columns.utc(Instant.now()), workspaceId, workspaceId)
			.update();
	}

	/** Every merchant that has a configuration (platform jobs only). */
	public List<MerchantConfig> all() {
		return this.jdbc.sql("SELECT * FROM marketing_ai_merchant_configs ORDER BY merchant_id")
			.query(this::map)
			.list();
	}

	private MerchantConfig map(ResultSet rs, int n) throws SQLException {
		return new MerchantConfig(rs.getObject("merchant_id", UUID.class), rs.getString("model_version"),
				Personalization.of(rs.getString("personalization_level")),
				TrainingFrequency.of(rs.getString("training_frequency")), rs.getBoolean("auto_deploy"),
				rs.getDouble("min_confidence"), this.columns.flags(rs.getString("data_sources")),
				MerchantPrivacy.of(rs.getString("privacy_level")), Columns.instant(rs, "last_trained_at"));
	}

}

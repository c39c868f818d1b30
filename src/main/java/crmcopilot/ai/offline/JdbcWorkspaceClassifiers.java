package crmcopilot.ai.offline;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentMap;

import com.github.benmanes.caffeine.cache.Caffeine;

import crmcopilot.ai.LabelledText;
import crmcopilot.ai.TextClassifier;
import crmcopilot.ai.TextClassifierTrainer;
import crmcopilot.ai.TextEmbeddings;
import crmcopilot.ai.WorkspaceClassifiers;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Per-workspace classifiers stored as their examples ({@code ai_classifier_examples}).
 * Every batch of examples bumps the version ({@code ai_classifiers}); the model trained
 * at a version is stored serialised ({@code ai_classifier_models}) and cached in memory,
 * so a restart or another server instance loads it instead of retraining (and
 * re-embedding), and retrains only when the examples changed since. A purpose whose
 * examples name fewer than two labels has no classifier yet: {@link #get} is empty and
 * {@link #addExamples} stores the examples, then says so with an
 * {@link IllegalArgumentException}.
 */
@Service
class JdbcWorkspaceClassifiers implements WorkspaceClassifiers {

	static final int MAX_PURPOSE = 80;

	static final int MAX_LABEL = 120;

	static final int MAX_SOURCE = 80;

	private static final int MAX_CACHED_MODELS = 1000;

	private final JdbcClient jdbc;

	private final TextClassifierTrainer trainer;

	private final TransactionTemplate transactions;

	/**
	 * Trained models by workspace and purpose; a model is retrained or reloaded when its
	 * version moves.
	 */
	private final ConcurrentMap<Key, Trained> cache = Caffeine.newBuilder()
		.maximumSize(MAX_CACHED_MODELS)
		.<Key, Trained>build()
		.asMap();

	private final @Nullable TextEmbeddings embeddings;

	private final double cascadeConfidence;

	@Autowired
	JdbcWorkspaceClassifiers(JdbcClient jdbc, TextClassifierTrainer trainer, TransactionTemplate transactions) {
		this(jdbc, trainer, transactions,
				(trainer instanceof OfflineTextClassifierTrainer offline) ? offline.embeddingsInUse() : null);
	}

	/**
	 * @param embeddings the sentence embeddings that loaded models use (those of the
	 * trainer)
	 */
	JdbcWorkspaceClassifiers(JdbcClient jdbc, TextClassifierTrainer trainer, TransactionTemplate transactions,
			@Nullable TextEmbeddings embeddings) {
		this.jdbc = jdbc;
		this.trainer = trainer;
		this.transactions = transactions;
		this.embeddings = embeddings;
		this.cascadeConfidence = (trainer instanceof OfflineTextClassifierTrainer offline) ? offline.cascadeConfidence()
				: OfflineTextClassifierTrainer.DEFAULT_CASCADE;
	}

	@Override
	public Optional<TextClassifier> get(UUID workspaceId, String purpose) {
		Key key = new Key(workspaceId, purpose);
		Optional<Long> version = version(key);
		if (version.isEmpty()) {
			return Optional.empty();
		}
		Trained cached = this.cache.get(key);
		if (cached != null && cached.version() == version.get()) {
			return Optional.ofNullable(cached.classifier());
		}
		Trained stored = load(key, version.get());
		if (stored != null) {
			return Optional.of(stored.classifier());
		}
		return Optional.ofNullable(retrain(key, version.get()).classifier());
	}

	@Override
	public TextClassifier addExamples(UUID workspaceId, String purpose, List<LabelledText> examples, String source) {
		validate(purpose, examples, source);
		Key key = new Key(workspaceId, purpose);
		long version = this.transactions.execute((status) -> store(key, examples, source));
		Trained trained = retrain(key, version);
		if (trained.classifier() == null) {
			throw new IllegalArgumentException("examples stored, but classifier '" + purpose
					+ "' needs examples of at least two labels before it can predict");
		}
		return trained.classifier();
	}

	@Override
	@Transactional(readOnly = true)
	public List<LabelledText> examples(UUID workspaceId, String purpose) {
		return this.jdbc.sql("""
				SELECT example_text, example_label FROM ai_classifier_examples
				WHERE workspace_id = :workspace AND purpose = :purpose ORDER BY version, position""")
			.param("workspace", workspaceId)
			.param("purpose", purpose)
			.query((rs, row) -> new LabelledText(rs.getString(1), rs.getString(2)))
			.list();
	}

	@Override
	public int removeExample(UUID workspaceId, String purpose, LabelledText example) {
		Key key = new Key(workspaceId, purpose);
		Removal removal = this.transactions.execute((status) -> {
			int removed = this.jdbc.sql("""
					DELETE FROM ai_classifier_examples WHERE workspace_id = :workspace AND purpose = :purpose
					AND example_text = :text AND example_label = :label""")
				.param("workspace", workspaceId)
				.param("purpose", purpose)
				.param("text", example.text())
				.param("label", example.label().strip())
				.update();
			return (removed == 0) ? new Removal(0, 0)
					: new Removal(removed, bumpVersion(key, -removed, OffsetDateTime.now(ZoneOffset.UTC)));
		});
		if (removal.removed() > 0) {
			retrain(key, removal.version());
		}
		return removal.removed();
	}

	private Trained retrain(Key key, long version) {
		List<LabelledText> examples = examples(key.workspaceId(), key.purpose());
		long labels = examples.stream().map(LabelledText::label).distinct().count();
		TextClassifier classifier = (labels >= 2) ? this.trainer.train(examples) : null;
		Trained trained = new Trained(version, classifier);
		this.cache.merge(key, trained, (old, fresh) -> (fresh.version() >= old.version()) ? fresh : old);
		if (classifier instanceof OfflineTextClassifier offline) {
			save(key, version, ClassifierCodec.write(offline));
		}
		return trained;
	}

	/**
	 * The stored model of this version, cached; null when there is none (or of an older
	 * format).
	 */
	private @Nullable Trained load(Key key, long version) {
		Optional<byte[]> data = this.jdbc.sql("""
				SELECT model FROM ai_classifier_models
				WHERE workspace_id = :workspace AND purpose = :purpose AND version = :version AND format = :format""")
			.param("workspace", key.workspaceId())
			.param("purpose", key.purpose())
			.param("version", version)
			.param("format", ClassifierCodec.FORMAT)
			.query((rs, row) -> rs.getBytes(1))
			.optional();
		OfflineTextClassifier classifier = data
			.map((bytes) -> ClassifierCodec.read(bytes, this.embeddings, this.cascadeConfidence))
			.orElse(null);
		if (classifier == null) {
			return null;
		}
		Trained trained = new Trained(version, classifier);
		this.cache.merge(key, trained, (old, fresh) -> (fresh.version() >= old.version()) ? fresh : old);
		return trained;
	}

	/** Stores the model unless a newer one is stored already. */
	private void save(Key key, long version, byte[] model) {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		int updated = this.jdbc.sql("""
				UPDATE ai_classifier_models SET version = :version, format = :format, model = :model, trained_at = :now
				WHERE workspace_id = :workspace AND purpose = :purpose AND version <= :version""")
			.param("version", version)
			.param("format", ClassifierCodec.FORMAT)
			.param("model", model)
			.param("now", now)
			.param("workspace", key.workspaceId())
			.param("purpose", key.purpose())
			.update();
		if (updated == 1) {
			return;
		}
		try {
			this.jdbc.sql("""
					INSERT INTO ai_classifier_models (workspace_id, purpose, version, format, model, trained_at)
					VALUES (:workspace, :purpose, :version, :format, :model, :now)""")
				.param("workspace", key.workspaceId())
				.param("purpose", key.purpose())
				.param("version", version)
				.param("format", ClassifierCodec.FORMAT)
				.param("model", model)
				.param("now", now)
				.update();
		}
		catch (DuplicateKeyException newer) {
			// a newer model is stored already (another instance trained it)
		}
	}

	private Optional<Long> version(Key key) {
		return this.jdbc
			.sql("SELECT version FROM ai_classifiers WHERE workspace_id = :workspace AND purpose = :purpose")
			.param("workspace", key.workspaceId())
			.param("purpose", key.purpose())
			.query(Long.class)
			.optional();
	}

	private long store(Key key, List<LabelledText> examples, String source) {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		long version = bumpVersion(key, examples.size(), now);
		int position = 0;
		for (LabelledText example : examples) {
			this.jdbc.sql("""
					INSERT INTO ai_classifier_examples
					(id, workspace_id, purpose, example_text, example_label, source, version, position, created_at)
					VALUES (:id, :workspace, :purpose, :text, :label, :source, :version, :position, :now)""")
				.param("id", UUID.randomUUID())
				.param("workspace", key.workspaceId())
				.param("purpose", key.purpose())
				.param("text", example.text())
				.param("label", example.label().strip())
				.param("source", source)
				.param("version", version)
				.param("position", position++)
				.param("now", now)
				.update();
		}
		return version;
	}

	private long bumpVersion(Key key, int added, OffsetDateTime now) {
		for (int attempt = 0; attempt < 3; attempt++) {
			int updated = this.jdbc.sql("""
					UPDATE ai_classifiers SET version = version + 1, example_count = example_count + :added,
					updated_at = :now WHERE workspace_id = :workspace AND purpose = :purpose""")
				.param("added", added)
				.param("now", now)
				.param("workspace", key.workspaceId())
				.param("purpose", key.purpose())
				.update();
			if (updated == 1) {
				return version(key).orElseThrow();
			}
			try {
				this.jdbc.sql("""
						INSERT INTO ai_classifiers (workspace_id, purpose, version, example_count, updated_at)
						VALUES (:workspace, :purpose, 1, :added, :now)""")
					.param("workspace", key.workspaceId())
					.param("purpose", key.purpose())
					.param("added", added)
					.param("now", now)
					.update();
				return 1;
			}
			catch (DuplicateKeyException raced) {
				// another instance created the row first: update it on the next attempt
			}
		}
		throw new IllegalStateException("could not version classifier " + key.purpose());
	}

	private static void validate(String purpose, List<LabelledText> examples, String source) {
		if (purpose == null || purpose.isBlank() || purpose.length() > MAX_PURPOSE) {
			throw new IllegalArgumentException("purpose must be 1.." + MAX_PURPOSE + " characters");
		}
		if (source == null || source.isBlank() || source.length() > MAX_SOURCE) {
			throw new IllegalArgumentException("source must be 1.." + MAX_SOURCE + " characters");
		}
		if (examples.isEmpty()) {
			throw new IllegalArgumentException("no examples given");
		}
		for (LabelledText example : examples) {
			if (example.text() == null || example.text().isBlank()) {
				throw new IllegalArgumentException("an example has an empty text");
			}
			if (example.label() == null || example.label().isBlank() || example.label().strip().length() > MAX_LABEL) {
				throw new IllegalArgumentException("an example's label must be 1.." + MAX_LABEL + " characters");
			}
		}
	}

	private record Key(UUID workspaceId, String purpose) {
	}

	private record Removal(int removed, long version) {
	}

	private record Trained(long version, @Nullable TextClassifier classifier) {
	}

}

package crmcopilot.support.internal;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import crmcopilot.ai.LabelledText;
import crmcopilot.ai.TextClassifier;
import crmcopilot.ai.WorkspaceClassifiers;
import crmcopilot.workspace.Workspace;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads (and caches for a short while) each workspace's triage setup; gives a workspace
 * its default categories and examples the first time it needs them.
 */
@Service
public class TriageSetups {

	/** Purpose of the category classifier in {@link WorkspaceClassifiers}. */
	public static final String PURPOSE = "support-category";

	private static final Duration TTL = Duration.ofSeconds(30);

	private final KnowledgeStore knowledge;

	private final WorkspaceClassifiers classifiers;

	private final WorkspaceSupportConfig config;

	private final SupportSettings settings;

	private final MacroStore macros;

	private final LoadingCache<UUID, TriageSetup> cache;

	private final TransactionTemplate ownTransaction;

	TriageSetups(KnowledgeStore knowledge, WorkspaceClassifiers classifiers, WorkspaceSupportConfig config,
			SupportSettings settings, PlatformTransactionManager transactionManager, MacroStore macros) {
		this.macros = macros;
		this.settings = settings;
		this.ownTransaction = new TransactionTemplate(transactionManager);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.knowledge = knowledge;
		this.classifiers = classifiers;
		this.config = config;
		this.cache = Caffeine.newBuilder().refreshAfterWrite(TTL).maximumSize(10_000).build(this::load);
	}

	/**
	 * The workspace's setup. One thread at a time loads a workspace's setup: under load,
	 * concurrent messages wait for that one load instead of each training the classifier;
	 * once a setup exists, the others keep using it while it is refreshed in the
	 * background.
	 */
	public TriageSetup setup(UUID workspaceId) {
		return this.cache.get(workspaceId);
	}

	public void invalidate(UUID workspaceId) {
		this.cache.invalidate(workspaceId);
	}

	private TriageSetup load(UUID workspaceId) {
		List<Category> categories = ensureDefaults(workspaceId);
		Workspace workspace = this.config.workspace(workspaceId);
		TextClassifier classifier = this.classifiers.get(workspaceId, PURPOSE)
			.filter((trained) -> trained.labels().size() >= 2)
			.map((trained) -> trained.withCascade(this.settings.classifierCascade()))
			.orElse(null);
		return new TriageSetup(workspace.name(), categories, classifier,
				new KnowledgeIndex(this.knowledge.articles(workspaceId)), this.config.threshold(workspaceId),
				this.config.placeholders(workspaceId), workspace.locale().getLanguage(),
				this.config.humanOnly(workspaceId),
				this.macros.macros(workspaceId).stream().filter(Macro::holding).toList());
	}

	/**
	 * The workspace's categories, the defaults (with their examples) on first use. The
	 * defaults are committed in a transaction of their own, whoever asks first (the demo
	 * seeding, a message, a page): a caller's longer transaction never holds them locked
	 * while others wait, and a concurrent insert by another node is taken as done.
	 */
	public synchronized List<Category> ensureDefaults(UUID workspaceId) {
		List<Category> categories = this.knowledge.categories(workspaceId);
		if (!categories.isEmpty()) {
			return categories;
		}
		try {
			this.ownTransaction.executeWithoutResult((status) -> insertDefaults(workspaceId));
		}
		catch (DuplicateKeyException ex) {
			// another node seeded the same workspace at the same time
		}
		return this.knowledge.categories(workspaceId);
	}

	private void insertDefaults(UUID workspaceId) {
		if (!this.knowledge.categories(workspaceId).isEmpty()) {
			return;
		}
		int position = 0;
		for (SupportDefaults.DefaultCategory category : SupportDefaults.categories()) {
			this.knowledge.addCategory(workspaceId, category.name(), category.description(), category.autoAllowed(),
					position++, category.basePriority());
		}
		if (this.classifiers.examples(workspaceId, PURPOSE).isEmpty()) {
			this.classifiers.addExamples(workspaceId, PURPOSE, SupportDefaults.examples(), "defaults");
		}
	}

	public void addExamples(UUID workspaceId, List<LabelledText> examples, String source) {
		this.classifiers.addExamples(workspaceId, PURPOSE, examples, source);
		invalidate(workspaceId);
	}

	/**
	 * Removes an example (every copy of this text with this category) and retrains.
	 * @return how many were removed
	 */
	public int removeExample(UUID workspaceId, LabelledText example) {
		int removed = this.classifiers.removeExample(workspaceId, PURPOSE, example);
		invalidate(workspaceId);
		return removed;
	}

	public List<LabelledText> examples(UUID workspaceId) {
		return this.classifiers.examples(workspaceId, PURPOSE);
	}

}

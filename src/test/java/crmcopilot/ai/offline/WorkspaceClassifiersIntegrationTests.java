package crmcopilot.ai.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import crmcopilot.CopilotIntegrationTest;
import crmcopilot.ai.LabelledText;
import crmcopilot.ai.TextClassifier;
import crmcopilot.ai.TextClassifierTrainer;
import crmcopilot.ai.WorkspaceClassifiers;
import crmcopilot.workspace.PrivacyLevel;
import crmcopilot.workspace.Workspaces;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

@CopilotIntegrationTest
class WorkspaceClassifiersIntegrationTests {

	private static final String PURPOSE = "support-category";

	@Autowired
	WorkspaceClassifiers classifiers;

	@Autowired
	Workspaces workspaces;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TextClassifierTrainer trainer;

	@Autowired
	TransactionTemplate transactions;

	private final List<LabelledText> examples = DevelopmentSets.read("triage/fr-train.csv", "category");

	@Test
	void should_store_examples_with_their_source_and_predict_after_a_restart() {
		UUID workspace = newWorkspace();

		TextClassifier trained = this.classifiers.addExamples(workspace, PURPOSE, this.examples, "import");
		String message = "Ma commande n'est toujours pas arrivée, où en est la livraison ?";
		String label = trained.predict(message).label();

		// a new instance has nothing in memory, as after a restart: it loads the stored
		// model and never trains
		TextClassifierTrainer refusing = (ignored) -> {
			throw new AssertionError("retrained although the model of this version is stored");
		};
		JdbcWorkspaceClassifiers restarted = new JdbcWorkspaceClassifiers(this.jdbc, refusing, this.transactions,
				((OfflineTextClassifierTrainer) this.trainer).embeddingsInUse());
		TextClassifier reloaded = restarted.get(workspace, PURPOSE).orElseThrow();

		assertThat(reloaded.predict(message).label()).isEqualTo(label).isEqualTo("Suivi de commande");
		assertThat(reloaded.predict(message).confidence()).isEqualTo(trained.predict(message).confidence());
		assertThat(restarted.examples(workspace, PURPOSE)).containsExactlyElementsOf(this.examples);
		assertThat(this.jdbc.sql("SELECT DISTINCT source FROM ai_classifier_examples WHERE workspace_id = :w")
			.param("w", workspace)
			.query(String.class)
			.list()).containsExactly("import");
	}

	@Test
	void should_store_the_model_of_the_latest_examples_and_retrain_when_they_change() {
		UUID workspace = newWorkspace();
		this.classifiers.addExamples(workspace, PURPOSE, this.examples, "import");
		assertThat(storedModelVersion(workspace)).isEqualTo(1);

		this.classifiers.addExamples(workspace, PURPOSE,
				List.of(new LabelledText("Le colis est resté bloqué à la douane de Dakar", "Suivi de commande")),
				"agent");
		assertThat(storedModelVersion(workspace)).isEqualTo(2);

		// the stored model is of version 2: an instance restarted then loads it, and one
		// whose stored model is stale retrains
		this.jdbc.sql("UPDATE ai_classifier_models SET version = 1 WHERE workspace_id = :w")
			.param("w", workspace)
			.update();
		JdbcWorkspaceClassifiers restarted = new JdbcWorkspaceClassifiers(this.jdbc, this.trainer, this.transactions);
		assertThat(restarted.get(workspace, PURPOSE).orElseThrow().exampleCount()).isEqualTo(this.examples.size() + 1);
		assertThat(storedModelVersion(workspace)).isEqualTo(2);
	}

	private long storedModelVersion(UUID workspace) {
		return this.jdbc.sql("SELECT version FROM ai_classifier_models WHERE workspace_id = :w AND purpose = :p")
			.param("w", workspace)
			.param("p", PURPOSE)
			.query(Long.class)
			.single();
	}

	@Test
	void should_follow_an_agents_corrections() {
		UUID workspace = newWorkspace();
		String message = "Le vendeur m'a promis une remise de fidélité que je ne retrouve pas.";
		String first = this.classifiers.addExamples(workspace, PURPOSE, this.examples, "import")
			.predict(message)
			.label();
		String corrected = first.equals("Autre") ? "Facturation" : "Autre";

		List<LabelledText> corrections = new ArrayList<>();
		corrections.add(new LabelledText(message, corrected));
		corrections.add(new LabelledText("Le vendeur m'a promis une remise de fidélité.", corrected));
		corrections.add(new LabelledText("Je ne retrouve pas la remise de fidélité promise.", corrected));
		this.classifiers.addExamples(workspace, PURPOSE, corrections, "agent-correction");

		assertThat(this.classifiers.get(workspace, PURPOSE).orElseThrow().predict(message).label())
			.isEqualTo(corrected);
		assertThat(this.classifiers.examples(workspace, PURPOSE)).hasSize(this.examples.size() + 3);
	}

	@Test
	void should_forget_a_removed_example_and_retrain() {
		UUID workspace = newWorkspace();
		String message = "Le vendeur m'a promis une remise de fidélité que je ne retrouve pas.";
		this.classifiers.addExamples(workspace, PURPOSE, this.examples, "import");
		String before = this.classifiers.get(workspace, PURPOSE).orElseThrow().predict(message).label();
		String wrong = before.equals("Autre") ? "Facturation" : "Autre";
		List<LabelledText> mistakes = List.of(new LabelledText(message, wrong),
				new LabelledText("Le vendeur m'a promis une remise de fidélité.", wrong),
				new LabelledText("Je ne retrouve pas la remise de fidélité promise.", wrong));
		this.classifiers.addExamples(workspace, PURPOSE, mistakes, "agent-correction");
		assertThat(this.classifiers.get(workspace, PURPOSE).orElseThrow().predict(message).label()).isEqualTo(wrong);
		long version = storedModelVersion(workspace);

		int removed = 0;
		for (LabelledText mistake : mistakes) {
			removed += this.classifiers.removeExample(workspace, PURPOSE, mistake);
		}

		assertThat(removed).isEqualTo(3);
		assertThat(this.classifiers.examples(workspace, PURPOSE)).containsExactlyElementsOf(this.examples);
		TextClassifier retrained = this.classifiers.get(workspace, PURPOSE).orElseThrow();
		assertThat(retrained.exampleCount()).isEqualTo(this.examples.size());
		assertThat(retrained.predict(message).label()).isEqualTo(before);
		assertThat(storedModelVersion(workspace)).isEqualTo(version + 3);
		// nothing matches any more, and another workspace's examples are out of reach
		assertThat(this.classifiers.removeExample(workspace, PURPOSE, mistakes.get(0))).isZero();
		assertThat(this.classifiers.removeExample(newWorkspace(), PURPOSE, this.examples.get(0))).isZero();
		assertThat(this.classifiers.examples(workspace, PURPOSE)).hasSize(this.examples.size());
	}

	@Test
	void should_have_no_classifier_once_a_single_label_is_left() {
		UUID workspace = newWorkspace();
		LabelledText refund = new LabelledText("Je veux être remboursé", "Remboursement");
		this.classifiers.addExamples(workspace, PURPOSE,
				List.of(new LabelledText("Où est mon colis ?", "Suivi de commande"), refund), "agent");

		assertThat(this.classifiers.removeExample(workspace, PURPOSE, refund)).isEqualTo(1);

		assertThat(this.classifiers.get(workspace, PURPOSE)).isEmpty();
		assertThat(this.classifiers.examples(workspace, PURPOSE)).extracting(LabelledText::label)
			.containsExactly("Suivi de commande");
	}

	@Test
	void should_keep_workspaces_apart() {
		UUID mine = newWorkspace();
		UUID other = newWorkspace();

		this.classifiers.addExamples(mine, PURPOSE, this.examples, "import");

		assertThat(this.classifiers.get(other, PURPOSE)).isEmpty();
		assertThat(this.classifiers.examples(other, PURPOSE)).isEmpty();
		assertThat(this.classifiers.get(mine, "another-purpose")).isEmpty();
	}

	@Test
	void should_store_a_single_label_but_have_no_classifier_until_a_second_one() {
		UUID workspace = newWorkspace();

		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.classifiers.addExamples(workspace, PURPOSE,
					List.of(new LabelledText("Où est mon colis ?", "Suivi de commande")), "agent-correction"))
			.withMessageContaining("two labels");
		assertThat(this.classifiers.get(workspace, PURPOSE)).isEmpty();

		TextClassifier classifier = this.classifiers.addExamples(workspace, PURPOSE,
				List.of(new LabelledText("Je veux être remboursé", "Remboursement")), "agent-correction");
		assertThat(classifier.labels()).containsExactlyInAnyOrder("Suivi de commande", "Remboursement");
	}

	@Test
	void should_reject_empty_examples() {
		UUID workspace = newWorkspace();

		assertThatIllegalArgumentException().isThrownBy(() -> this.classifiers.addExamples(workspace, PURPOSE,
				List.of(new LabelledText(" ", "Autre")), "import"));
		assertThat(this.classifiers.examples(workspace, PURPOSE)).isEmpty();
	}

	private UUID newWorkspace() {
		String slug = "cls-" + UUID.randomUUID().toString().substring(0, 8);
		return this.workspaces
			.create(new Workspaces.NewWorkspace(slug, "Classifiers " + slug, "fr", "Europe/Paris", PrivacyLevel.PRIVATE,
					false))
			.id();
	}

}

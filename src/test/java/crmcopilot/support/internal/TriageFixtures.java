package crmcopilot.support.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import crmcopilot.ai.offline.ExtractiveSummariser;
import crmcopilot.ai.offline.LexiconUrgencyCues;
import crmcopilot.ai.offline.OfflineTextClassifierTrainer;

/**
 * The messages every triage engine must handle, with the default categories, a classifier
 * trained on the default examples and the demo knowledge base.
 */
final class TriageFixtures {

	static final TriageSetup SETUP = new TriageSetup("Maison Démo",
			SupportDefaults.categories()
				.stream()
				.map((category) -> new Category(UUID.nameUUIDFromBytes(category.name().getBytes()), category.name(),
						category.description(), category.autoAllowed(), 0, category.basePriority()))
				.toList(),
			OfflineTextClassifierTrainer.withoutEmbeddings().train(SupportDefaults.examples()),
			new KnowledgeIndex(DemoSupportData.demoKnowledge()), 0.6,
			Map.of("horaires", "du lundi au vendredi de 9 h à 18 h"), "fr");

	static final List<TriageRequest> ALL = List.of(request("Remboursement commande 48213",
			"Bonjour, je souhaite être remboursée de ma commande 48213, la robe ne me va pas. Comment faire ?", "fr"),
			request(null, "Où en est ma commande 52101 ? Je l'attends depuis dix jours.", "fr"),
			request("Scandaleux", "C'est inadmissible, votre livreur a jeté mon colis, je porte plainte !", "fr"),
			request("Refund", "Hello, I would like a refund for the linen jacket, it does not fit.", "en"),
			request(null, "Bonjour", "fr"));

	private TriageFixtures() {
	}

	static TriageTask task() {
		return new TriageTask(new OfflineTriageEngine(new ExtractiveSummariser(), new LexiconUrgencyCues()));
	}

	private static TriageRequest request(String subject, String text, String language) {
		return new TriageRequest(subject, text, "email", language, Map.of(), false, null, SETUP);
	}

}

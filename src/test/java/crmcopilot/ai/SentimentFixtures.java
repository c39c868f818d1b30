package crmcopilot.ai;

import java.util.List;

/** The fixtures every engine of {@link SentimentTask} must handle. */
final class SentimentFixtures {

	static final List<SentimentTask.Message> ALL = List.of(
			new SentimentTask.Message("Merci, livraison parfaite et rapide !", "fr"),
			new SentimentTask.Message("Colis en retard de deux semaines, je veux un remboursement.", "fr"),
			new SentimentTask.Message("Quels sont vos horaires d'ouverture samedi ?", "fr"),
			new SentimentTask.Message("The blender arrived broken, I am angry.", "en"),
			new SentimentTask.Message("", "en"));

	private SentimentFixtures() {
	}

}

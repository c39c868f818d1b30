package crmcopilot.support.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MacroTextTests {

	@Test
	void should_fill_the_placeholders_the_ticket_gives_and_leave_the_others_to_complete() {
		Map<String, String> values = MacroText.values("Mon mixeur est arrivé cassé, commande 4521.", "fr", "Léa", null);

		String filled = MacroText.fill("Bonjour {client}, votre {produit} (commande {commande}). {agent}", values);

		assertThat(filled).isEqualTo("Bonjour Léa, votre mixeur (commande 4521). {agent}");
		assertThat(MacroText.missing("{client} {agent} {agent}", values)).isEqualTo(List.of("agent"));
	}

	@Test
	void should_take_the_holding_reply_from_the_workspace_macro_only_when_it_is_complete() {
		Macro own = new Macro(UUID.randomUUID(), "Attente", "Votre commande {commande} est vérifiée.", "fr",
				"Remboursement", true);
		TriageSetup setup = new TriageSetup("Maison", List.of(), null, new KnowledgeIndex(List.of()), 0.6, Map.of(),
				"fr", HumanOnlyIntent.all(), List.of(own));

		assertThat(setup.holdingStep("Remboursement", "fr", Map.of("commande", "4521")))
			.isEqualTo("Votre commande 4521 est vérifiée.");
		assertThat(setup.holdingStep("Remboursement", "fr", Map.of())).isNull();
		assertThat(setup.holdingStep("Facturation", "fr", Map.of())).isNull();
	}

}

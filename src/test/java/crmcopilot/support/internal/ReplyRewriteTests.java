package crmcopilot.support.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReplyRewriteTests {

	private static final String PROPOSED = "Bonjour Claire, nous sommes désolés : votre mixeur est arrivé cassé. "
			+ "Nous vous envoyons une étiquette de retour pour la commande 4521 et vous remboursons dès réception. "
			+ "Bien cordialement, le service client";

	@Test
	void should_keep_a_proposal_touched_up_by_the_agent() {
		String sent = PROPOSED.replace("Bonjour Claire", "Bonjour Madame Martin")
			.replace("le service client", "Awa, service client");
		assertThat(ReplyRewrite.rewritten(PROPOSED, sent)).isFalse();
		assertThat(ReplyRewrite.rewritten(PROPOSED, PROPOSED.toUpperCase())).isFalse();
	}

	@Test
	void should_count_a_new_answer_as_a_rewrite() {
		String sent = "Madame, je vous appelle demain matin pour organiser l'échange de l'appareil. Awa";
		assertThat(ReplyRewrite.rewritten(PROPOSED, sent)).isTrue();
	}

}

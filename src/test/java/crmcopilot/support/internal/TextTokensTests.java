package crmcopilot.support.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextTokensTests {

	@Test
	void should_meet_years_written_as_ans_and_annees() {
		assertThat(TextTokens.tokens("garantie de 3 ans")).containsAll(TextTokens.tokens("années de garantie"));
		assertThat(TextTokens.tokens("une année")).isEqualTo(TextTokens.tokens("deux ans").subList(1, 2));
	}

	@Test
	void should_fold_accents_drop_elisions_and_meet_inflections() {
		assertThat(TextTokens.tokens("l'étiquette d'expédition")).containsExactly("etique", "expedi");
		assertThat(TextTokens.tokens("livré livrez livraison")).containsOnly("livr");
	}

}

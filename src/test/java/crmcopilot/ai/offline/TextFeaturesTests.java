package crmcopilot.ai.offline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextFeaturesTests {

	@Test
	void should_fold_every_character_as_the_unicode_decomposition_does() {
		for (char c = 0; c < Character.MIN_SURROGATE; c++) {
			String text = "x" + c + "é";
			assertThat(TextFeatures.withoutAccents(text)).as("U+%04X", (int) c).isEqualTo(decomposed(text));
		}
	}

	@Test
	void should_fold_messages_and_mixed_latin_text_as_the_unicode_decomposition_does() throws IOException {
		List<String> texts = new ArrayList<>(Files.readAllLines(Path.of("eval/support/dev.csv")));
		texts.addAll(Files.readAllLines(Path.of("eval/triage/fr-test.csv")));
		Random random = new Random(7);
		String alphabet = "aeÉéèêëàâäçÇîïôöûüùÿœŒæßĲǅǕǖİıſ ,.!?'\t\n" + "\u0301\u0327" + "Ωω€";
		for (int i = 0; i < 2000; i++) {
			StringBuilder text = new StringBuilder();
			for (int n = random.nextInt(12); n > 0; n--) {
				text.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			texts.add(text.toString());
		}
		for (String text : texts) {
			assertThat(TextFeatures.withoutAccents(text)).as(text).isEqualTo(decomposed(text));
			assertThat(TextFeatures.normalise(text)).as(text)
				.isEqualTo(TextFeatures.normalise(decomposed(text)))
				.doesNotContain("é");
		}
	}

	@Test
	void should_lower_case_take_accents_off_and_keep_letters_and_digits() {
		assertThat(TextFeatures.normalise("  Ma CAFETIÈRE (commande n°4521) fuit ! "))
			.isEqualTo("ma cafetiere commande n 4521 fuit");
		assertThat(TextFeatures.normalise("Plain ASCII, isn't it?")).isEqualTo("plain ascii isn t it");
	}

	private static String decomposed(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
	}

}

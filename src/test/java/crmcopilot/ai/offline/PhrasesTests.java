package crmcopilot.ai.offline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PhrasesTests {

	@Test
	void should_find_whole_words_and_the_first_listed_phrase_at_a_word_start() {
		Phrases phrases = new Phrases("toujours", "toujours pas", "pas recu", "merci");

		assertThat(phrases.find("toujours pas recu, merci ! remercier toujours")).containsExactly("toujours",
				"pas recu", "merci");
		assertThat(phrases.find("mercis toujourspas")).isEmpty();
	}

	@Test
	void should_refuse_a_phrase_that_does_not_start_and_end_with_a_letter() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Phrases("merci!"));
	}

	@Test
	void should_find_what_the_lexicons_regular_expressions_find() throws IOException {
		List<String> texts = new ArrayList<>(Files.readAllLines(Path.of("eval/support/dev.csv")));
		texts.addAll(List.of("C'est INADMISSIBLE, 3e relance !!! je vais porter plainte chez UFC-Que Choisir",
				"toujours pas recu, toujours rien, never arrived... ripoff_ scam", "", "merci beaucoup, top service"));
		int found = 0;
		for (String raw : texts) {
			String text = TextFeatures.normalise(raw);
			for (Phrases lexicon : List.of(LexiconUrgencyCues.ANGER, LexiconUrgencyCues.CHURN, LexiconUrgencyCues.LEGAL,
					LexiconUrgencyCues.NEGATIVE, LexiconUrgencyCues.POSITIVE)) {
				List<String> expected = LexiconUrgencyCues.find(lexicon.asPattern(), text);
				assertThat(lexicon.find(text)).as(text).isEqualTo(expected);
				found += expected.size();
			}
		}
		assertThat(found).isGreaterThan(40);
	}

}

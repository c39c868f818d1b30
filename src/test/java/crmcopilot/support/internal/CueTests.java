package crmcopilot.support.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CueTests {

	@Test
	void should_find_what_its_pattern_finds_when_tried_from_the_first_leading_word() throws IOException {
		List<String> texts = new ArrayList<>(List.of("la commande n'est pas la bonne, rembourse-moi",
				"supprime par erreur, je voudrais la remboursee", "toujours pas rembourse apres 3 relances",
				"paiement refuse", "je refuse de payer", "un debit de trop", "rude", "very rude", "prude client"));
		for (Path file : List.of(Path.of("eval/support/dev.csv"), Path.of("eval/support/messages-unseen.jsonl"),
				Path.of("eval/support/answers/messages.jsonl"), Path.of("eval/triage/fr-test.csv"))) {
			texts.addAll(Files.readAllLines(file));
		}
		List<Cue> cues = new ArrayList<>(HumanOnlyIntent.all().stream().map(HumanOnlyIntent::cues).toList());
		cues.add(Cue.of("(toujours|jamais|pas encore).{0,40}rembours|(still|never|not yet).{0,30}refund"));
		cues.add(Cue.of("pai|payer|payment|pay\\b"));
		cues.add(Cue.of("(?<!par )erreur|retard"));
		cues.add(Cue.of("\\bimpoli|rude\\b|pas (le bon|la bonne)"));
		int found = 0;
		for (String text : texts) {
			String folded = TextTokens.fold(text).replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
			for (Cue cue : cues) {
				boolean expected = cue.pattern().matcher(folded).find();
				assertThat(cue.foundIn(folded)).as("%s in %s", cue.pattern(), folded).isEqualTo(expected);
				found += expected ? 1 : 0;
			}
		}
		assertThat(found).isGreaterThan(50);
	}

	@Test
	void should_see_the_text_before_the_first_leading_word() {
		Cue cue = Cue.of("\\bimpoli|rude\\b|pas (?<!ne pas )recu");

		assertThat(cue.words()).contains(List.of("impoli", "rude", "pas "));
		assertThat(cue.foundIn("un agent impoli")).isTrue();
		assertThat(cue.foundIn("un agent tresimpoli")).isFalse();
		assertThat(cue.foundIn("je n'ai pas recu")).isTrue();
		assertThat(cue.foundIn("je ne l'ai pas recu")).isTrue();
		assertThat(LeadingLiterals.firstIndexIn("le colis est en retard, erreur", List.of("erreur", "retard")))
			.isEqualTo(16);
	}

}

package crmcopilot.support.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LeadingLiteralsTests {

	@Test
	void should_take_the_literal_each_alternative_starts_with() {
		assertThat(LeadingLiterals.of("avocat|\\bcourt\\b|tarifs? (pro|revendeur)|(noted|shows?) (as )?delivered"))
			.contains(List.of("avocat", "court", "tarif", "noted", "show"));
		assertThat(LeadingLiterals.of("(je ne|sans m.etre) connecte|debite (deux|2) fois"))
			.contains(List.of("je ne", "sans m", "debite "));
	}

	@Test
	void should_have_none_when_an_alternative_can_start_anywhere() {
		assertThat(LeadingLiterals.of("avocat|.{0,3}plainte")).isEmpty();
		assertThat(LeadingLiterals.of("avocat|(mon )?remboursement")).isEmpty();
		assertThat(LeadingLiterals.of("avocat|[a-z]+ment")).isEmpty();
		assertThat(LeadingLiterals.of("x|avocat")).isEmpty();
	}

	@Test
	void should_never_skip_a_message_the_cues_match() throws IOException {
		List<String> texts = new ArrayList<>();
		for (Path file : List.of(Path.of("eval/support/dev.csv"), Path.of("eval/support/messages-unseen.jsonl"),
				Path.of("eval/support/messages-unseen-2.jsonl"), Path.of("eval/support/answers/messages.jsonl"),
				Path.of("eval/support/answers/holdout.jsonl"))) {
			texts.addAll(Files.readAllLines(file));
		}
		int matched = 0;
		for (String text : texts) {
			String folded = TextTokens.fold(text).replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
			for (HumanOnlyIntent intent : HumanOnlyIntent.all()) {
				boolean scanned = intent.cues().pattern().matcher(folded).find();
				boolean possible = intent.cues().possibleIn(folded);
				assertThat(possible || !scanned).as("%s in %s", intent, text).isTrue();
				matched += scanned ? 1 : 0;
			}
		}
		assertThat(matched).as("cues found in the labelled messages").isGreaterThan(20);
		assertThat(HumanOnlyIntent.all()).allSatisfy((intent) -> assertThat(intent.cues().words()).isPresent());
	}

}

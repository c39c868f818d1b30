package crmcopilot.matching.internal;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageNamesTests {

	private final VocabularyLists lists = new VocabularyLists(Map.of(), "EUR");

	@Test
	void should_name_the_languages_in_the_readers_language_with_a_capital() {
		assertThat(this.lists.languageName("fr", Locale.FRENCH)).isEqualTo("Français");
		assertThat(this.lists.languageName("en", Locale.FRENCH)).isEqualTo("Anglais");
		assertThat(this.lists.languageName("wo", Locale.FRENCH)).isEqualTo("Wolof");
		assertThat(this.lists.languageName("fr", Locale.ENGLISH)).isEqualTo("French");
	}

	@Test
	void should_show_an_unknown_code_as_written() {
		assertThat(this.lists.languageName("xx-pidgin", Locale.FRENCH)).isEqualTo("xx-pidgin");
	}

}

package crmcopilot.support.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import crmcopilot.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KnowledgeImportTests {

	@Test
	void should_read_a_csv_and_refuse_each_bad_line_with_its_number() {
		KnowledgeImport.Result result = csv("""
				title;body;language;tags
				Livraison;Livrée en 3 jours.;;livraison, délai
				;Sans titre;fr;
				Returns;Thirty days.;en;
				Mauvaise;Texte;xx;
				""");

		assertThat(result.articles()).extracting(Article::title).containsExactly("Livraison", "Returns");
		assertThat(result.articles().get(0).language()).isEqualTo("fr");
		assertThat(result.articles().get(0).tags()).containsExactly("livraison", "délai");
		assertThat(result.refused()).containsExactly(new KnowledgeImport.Refused(3, "support.knowledge.import.title"),
				new KnowledgeImport.Refused(5, "support.knowledge.import.language"));
	}

	@Test
	void should_refuse_a_csv_without_title_or_body_column_naming_the_file() {
		assertThatThrownBy(() -> csv("nom,contenu\nA,B\n")).isInstanceOf(InvalidInputException.class)
			.satisfies((ex) -> assertThat(((InvalidInputException) ex).field()).isEqualTo("file"));
	}

	@Test
	void should_read_one_article_per_markdown_title_with_its_language_and_tags() {
		KnowledgeImport.Result result = KnowledgeImport.markdown("""
				Introduction perdue

				# Garantie
				langue: fr
				tags: garantie, panne

				Deux ans sur tout.

				## Comment faire
				Écrivez-nous.

				# Vide

				# Returns
				language: en
				Thirty days.
				""", "fr");

		assertThat(result.articles()).extracting(Article::title).containsExactly("Garantie", "Returns");
		assertThat(result.articles().get(0).body()).isEqualTo("Deux ans sur tout.\n\n## Comment faire\nÉcrivez-nous.");
		assertThat(result.articles().get(0).tags()).containsExactly("garantie", "panne");
		assertThat(result.articles().get(1).language()).isEqualTo("en");
		assertThat(result.refused()).containsExactly(
				new KnowledgeImport.Refused(1, "support.knowledge.import.beforeTitle"),
				new KnowledgeImport.Refused(12, "support.knowledge.import.body"));
	}

	private static KnowledgeImport.Result csv(String text) {
		return KnowledgeImport.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "kb.csv", "fr");
	}

}

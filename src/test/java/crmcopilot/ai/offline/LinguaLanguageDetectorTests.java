package crmcopilot.ai.offline;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class LinguaLanguageDetectorTests {

	private static final LinguaLanguageDetector detector = new LinguaLanguageDetector();

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			fr | Bonjour, ma commande n'est toujours pas arrivée et je voudrais savoir où elle en est.
			fr | Le lave-linge ne vidange plus depuis hier soir.
			en | Hello, my order still hasn't arrived and I would like to know where it is.
			en | The washing machine stopped draining last night.
			es | Hola, mi pedido todavía no ha llegado y quisiera saber dónde está.
			pt | Olá, a minha encomenda ainda não chegou e gostaria de saber onde está.
			de | Hallo, meine Bestellung ist immer noch nicht angekommen, wo ist sie?
			ar | مرحبا، لم يصل طلبي بعد وأود أن أعرف أين هو.
			it | Buongiorno, il mio ordine non è ancora arrivato, dove si trova?
			""")
	void should_detect_the_language_of_a_customer_message(String expected, String text) {
		assertThat(detector.detect(text)).isEqualTo(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "  ", "ok", "?!", "12345 678" })
	void should_say_undetermined_for_too_short_text(String text) {
		assertThat(detector.detect(text)).isEqualTo("und");
	}

}

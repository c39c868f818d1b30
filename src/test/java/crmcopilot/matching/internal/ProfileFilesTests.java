package crmcopilot.matching.internal;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import crmcopilot.shared.InvalidInputException;

import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Client and shopper files are read by the shared CSV reader, with keyed errors. */
class ProfileFilesTests {

	@Test
	void should_read_clients_separated_by_semicolons_in_windows_1252() {
		String csv = """
				name;email;city;mode;styles;budget;goals
				Léa Petit;lea@example.com;Lyon;visio;bohème|classique;150,5;mariage
				""";
		List<ClientRequest> clients = ProfileFiles.readClientsCsv(in(csv, Charset.forName("windows-1252")));
		assertThat(clients).singleElement().satisfies((client) -> {
			assertThat(client.name()).isEqualTo("Léa Petit");
			assertThat(client.mode()).isEqualTo(Mode.REMOTE);
			assertThat(client.styles()).containsExactly("boheme", "classique");
			assertThat(client.budget()).isEqualTo(150.5);
			assertThat(client.language()).isEqualTo("fr");
		});
	}

	@Test
	void should_name_the_line_and_the_column_of_a_bad_row_with_a_message_key() {
		String csv = """
				name,city,mode,budget
				Awa,Dakar,visio,100
				Fatou,Dakar,visio,cent
				""";
		InvalidInputException refused = catchInvalid(
				() -> ProfileFiles.readClientsCsv(in(csv, StandardCharsets.UTF_8)));
		assertThat(refused.field()).isEqualTo("file");
		assertThat(refused.messageKey()).isEqualTo("matching.import.error.line");
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("matching.import.error.line", Locale.FRENCH, "Ligne {0} : {1}");
		messages.addMessage("matching.import.error.number", Locale.FRENCH, "« {0} » n''est pas un nombre ({1}).");
		assertThat(messages.getMessage(refused.messageKey(), refused.arguments(), Locale.FRENCH))
			.isEqualTo("Ligne 3 : « budget » n'est pas un nombre (cent).");
	}

	@Test
	void should_refuse_a_shopper_row_whose_prices_are_inverted_naming_its_line() {
		String csv = """
				name,city,modes,price_min,price_max,capacity,travel_km
				Awa,Dakar,visio,200,100,3,10
				""";
		InvalidInputException refused = catchInvalid(
				() -> ProfileFiles.readShoppersCsv(in(csv, StandardCharsets.UTF_8)));
		assertThat(refused.getMessage()).startsWith("line 2: ");
		assertThat(refused.messageKey()).isEqualTo("matching.import.error.line");
	}

	private static InvalidInputException catchInvalid(Runnable read) {
		InvalidInputException[] caught = new InvalidInputException[1];
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(read::run).satisfies((ex) -> caught[0] = ex);
		return caught[0];
	}

	private static InputStream in(String text, Charset charset) {
		return new ByteArrayInputStream(text.getBytes(charset));
	}

}

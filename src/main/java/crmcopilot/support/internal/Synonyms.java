package crmcopilot.support.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a table of words that mean the same thing: one group a line,
 * {@code token: form form ...}, {@code #} starting a comment. Each form maps to the
 * group's token (several words when it has spaces), stemmed as any word; a form of
 * several words is written joined by {@code _} ({@code ou_en_est}) and read as a phrase;
 * a form written {@code +dakar} is a place ({@link #PLACE}), one written
 * {@code +cocody=abidjan} a district of a city, read as both.
 */
final class Synonyms {

	/**
	 * Before a form in the table, and before its key in the map: the form is a place,
	 * which a knowledge base may name (see {@link TextTokens#place}).
	 */
	static final String PLACE = "+";

	private Synonyms() {
	}

	static Map<String, List<String>> load(String resource) {
		try (InputStream in = Synonyms.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("missing resource " + resource);
			}
			return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Map<String, List<String>> parse(String table) {
		Map<String, List<String>> forms = new HashMap<>();
		for (String line : table.split("\n")) {
			String content = line.strip();
			int colon = content.indexOf(':');
			if (content.isEmpty() || content.startsWith("#") || colon < 0) {
				continue;
			}
			List<String> tokens = new ArrayList<>();
			for (String word : TextTokens.fold(content.substring(0, colon)).strip().split("\\s+")) {
				tokens.add(TextTokens.stem(word));
			}
			for (String form : TextTokens.fold(content.substring(colon + 1)).strip().split("\\s+")) {
				if (form.startsWith(PLACE)) {
					// a place: "+dakar" is also kept under its own mark, and a district
					// ("+cocody=abidjan") as itself and its city
					form = form.substring(PLACE.length());
					int equals = form.indexOf('=');
					if (equals > 0) {
						forms.put(PLACE + form.substring(0, equals), List.of(TextTokens.stem(form.substring(0, equals)),
								TextTokens.stem(form.substring(equals + 1))));
						form = form.substring(0, equals);
					}
					else {
						forms.put(PLACE + form, List.of(TextTokens.stem(form)));
					}
				}
				// words joined by "_" are a phrase: "ou_en_est"
				forms.put(form.replace('_', ' '), List.copyOf(tokens));
			}
		}
		return Map.copyOf(forms);
	}

}

package crmcopilot.support.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import crmcopilot.ai.LabelledText;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import org.springframework.core.io.ClassPathResource;

/**
 * The default categories and their training examples (French and English), shipped with
 * the module and given to every new workspace.
 */
final class SupportDefaults {

	private SupportDefaults() {
	}

	/**
	 * A default category.
	 */
	public record DefaultCategory(String name, String description, boolean autoAllowed) {
	}

	public static List<DefaultCategory> categories() {
		List<DefaultCategory> categories = new ArrayList<>();
		for (CSVRecord row : read("support/default-categories.csv")) {
			categories.add(new DefaultCategory(row.get("name"), row.get("description"),
					Boolean.parseBoolean(row.get("auto"))));
		}
		return categories;
	}

	public static List<LabelledText> examples() {
		List<LabelledText> examples = new ArrayList<>();
		for (CSVRecord row : read("support/default-examples.csv")) {
			examples.add(new LabelledText(row.get("text"), row.get("categorie")));
		}
		return examples;
	}

	private static List<CSVRecord> read(String path) {
		try (Reader reader = new InputStreamReader(new ClassPathResource(path).getInputStream(),
				StandardCharsets.UTF_8)) {
			return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

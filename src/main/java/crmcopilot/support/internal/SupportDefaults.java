package crmcopilot.support.internal;

import java.util.ArrayList;
import java.util.List;

import crmcopilot.ai.LabelledText;

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
		for (CsvRows.Row row : CsvRows.resource("support/default-categories.csv")) {
			categories.add(new DefaultCategory(row.raw("name"), row.raw("description"),
					Boolean.parseBoolean(row.raw("auto"))));
		}
		return categories;
	}

	public static List<LabelledText> examples() {
		List<LabelledText> examples = new ArrayList<>();
		for (CsvRows.Row row : CsvRows.resource("support/default-examples.csv")) {
			examples.add(new LabelledText(row.raw("text"), row.raw("categorie")));
		}
		return examples;
	}

}

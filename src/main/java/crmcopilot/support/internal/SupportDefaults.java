package crmcopilot.support.internal;

import java.util.ArrayList;
import java.util.List;

import crmcopilot.support.Priority;
import crmcopilot.ai.LabelledText;
import org.jspecify.annotations.Nullable;

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
	record DefaultCategory(String name, String description, boolean autoAllowed, @Nullable Priority basePriority) {
	}

	public static List<DefaultCategory> categories() {
		List<DefaultCategory> categories = new ArrayList<>();
		for (CsvRows.Row row : CsvRows.resource("support/default-categories.csv")) {
			String priority = row.get("priority");
			categories.add(new DefaultCategory(row.raw("name"), row.raw("description"),
					Boolean.parseBoolean(row.raw("auto")), (priority != null) ? Priority.of(priority) : null));
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

package crmcopilot.campaigns;

import java.text.Normalizer;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Step 2, which customer column plays which role.
 *
 * @param columns role to column name
 */
public record ColumnMapping(Map<ColumnRole, String> columns) {

	public ColumnMapping {
		columns = Map.copyOf(columns);
	}

	public Optional<String> column(ColumnRole role) {
		return Optional.ofNullable(this.columns.get(role));
	}

	/** The mapping guessed from column names (first recognised name wins). */
	public static ColumnMapping guess(List<String> columnNames) {
		Map<ColumnRole, String> mapping = new EnumMap<>(ColumnRole.class);
		for (ColumnRole role : ColumnRole.values()) {
			for (String candidate : role.names()) {
				for (String column : columnNames) {
					if (!mapping.containsKey(role) && !mapping.containsValue(column)
							&& normalise(column).equals(candidate)) {
						mapping.put(role, column);
					}
				}
			}
		}
		return new ColumnMapping(mapping);
	}

	static String normalise(String name) {
		String stripped = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return stripped.toLowerCase(Locale.ROOT).strip().replaceAll("[^a-z0-9]+", "_");
	}

}

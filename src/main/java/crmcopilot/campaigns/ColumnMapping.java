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
		combine(mapping, ColumnRole.SPEND, columnNames, "mnt", "");
		// deal purchases are counted again in the web, catalog and store purchases
		combine(mapping, ColumnRole.ORDERS, columnNames.stream().filter((c) -> !normalise(c).contains("deal")).toList(),
				"num", "purchases");
		return new ColumnMapping(mapping);
	}

	/**
	 * A role no single column plays, guessed as the sum of the columns named like its
	 * parts (total spend = the sum of the {@code Mnt*} columns).
	 */
	private static void combine(Map<ColumnRole, String> mapping, ColumnRole role, List<String> columnNames,
			String prefix, String suffix) {
		if (mapping.containsKey(role)) {
			return;
		}
		List<String> parts = columnNames.stream().filter((column) -> {
			String name = normalise(column).replace("_", "");
			return name.startsWith(prefix) && name.endsWith(suffix) && name.length() > prefix.length() + suffix.length()
					&& !mapping.containsValue(column);
		}).toList();
		if (parts.size() >= 2) {
			mapping.put(role, new CombinedColumns(CombinedColumns.Operation.SUM, parts).spec());
		}
	}

	/**
	 * A column name as the recognised names are written: lower case, no accents,
	 * underscores.
	 */
	public static String normalise(String name) {
		String stripped = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return stripped.toLowerCase(Locale.ROOT).strip().replaceAll("[^a-z0-9]+", "_");
	}

}

package crmcopilot.campaigns.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import crmcopilot.campaigns.ColumnMapping;
import crmcopilot.campaigns.ColumnRole;
import crmcopilot.campaigns.CombinedColumns;
import crmcopilot.crm.CustomerData;
import crmcopilot.crm.TypeDetector;
import crmcopilot.shared.InvalidInputException;

/**
 * The customer rows joined with their enrichment row on the customer id, and the values
 * of a mapped role read from them (numbers, texts, ages, recency).
 *
 * @param columns the customer table's columns, then the enrichment table's
 * @param ids customer ids ({@code row-N} without an id column), in row order
 * @param unmatched customers without an enrichment row
 */
record JoinedCustomers(List<String> columns, List<List<@Nullable String>> rows, List<String> ids, int unmatched) {

	private int index(@Nullable String column) {
		if (column == null) {
			return -1;
		}
		for (int i = 0; i < this.columns.size(); i++) {
			if (this.columns.get(i).equalsIgnoreCase(column)) {
				return i;
			}
		}
		return -1;
	}

	static JoinedCustomers join(CustomerData clients, @Nullable CustomerData enrichment, ColumnMapping mapping) {
		int idColumn = mapping.column(ColumnRole.CUSTOMER_ID).map(clients::indexOf).orElse(-1);
		List<String> columns = new ArrayList<>(clients.columnNames());
		List<List<@Nullable String>> rows = new ArrayList<>();
		List<String> ids = new ArrayList<>();
		int unmatched = 0;
		Map<String, List<@Nullable String>> extra = new HashMap<>();
		List<Integer> extraColumns = new ArrayList<>();
		if (enrichment != null) {
			if (idColumn < 0) {
				throw new InvalidInputException("mapping", "campaigns.error.join-id", new Object[0],
						"map the customer id column to join the enrichment table");
			}
			String idName = clients.columnNames().get(idColumn);
			int enrichmentId = enrichment.indexOf(idName);
			if (enrichmentId < 0) {
				throw new InvalidInputException("mapping", "campaigns.error.join-column", new Object[] { idName },
						"the enrichment table has no column '" + idName + "' to join on");
			}
			for (int c = 0; c < enrichment.columns().size(); c++) {
				String name = enrichment.columnNames().get(c);
				if (c != enrichmentId && clients.indexOf(name) < 0) {
					extraColumns.add(c);
					columns.add(name);
				}
			}
			for (List<@Nullable String> row : enrichment.rows()) {
				String id = row.get(enrichmentId);
				if (id != null) {
					extra.putIfAbsent(id, row);
				}
			}
		}
		int i = 0;
		for (List<@Nullable String> row : clients.rows()) {
			i++;
			List<@Nullable String> joined = new ArrayList<>(row);
			String id = (idColumn >= 0 && row.get(idColumn) != null) ? row.get(idColumn) : "row-" + i;
			if (enrichment != null) {
				List<@Nullable String> match = extra.get(id);
				if (match == null) {
					unmatched++;
				}
				for (int c : extraColumns) {
					joined.add((match != null) ? match.get(c) : null);
				}
			}
			rows.add(joined);
			ids.add(id);
		}
		if (rows.isEmpty()) {
			throw new InvalidInputException("source", "campaigns.error.no-rows", new Object[0],
					"the customer table has no rows");
		}
		return new JoinedCustomers(columns, rows, ids, unmatched);
	}

	LocalDate referenceDate(ColumnMapping mapping) {
		int column = index(mapping.column(ColumnRole.LAST_ORDER).orElse(null));
		LocalDate latest = null;
		if (column >= 0) {
			for (List<@Nullable String> row : this.rows) {
				LocalDate date = TypeDetector.date(row.get(column));
				if (date != null && (latest == null || date.isAfter(latest))) {
					latest = date;
				}
			}
		}
		return (latest != null) ? latest : LocalDate.now();
	}

	/**
	 * A numeric role's values: its column's, or the combination of its columns
	 * ({@link CombinedColumns}); null when unmapped.
	 */
	double @Nullable [] numbers(ColumnMapping mapping, ColumnRole role) {
		String spec = mapping.column(role).orElse(null);
		CombinedColumns combined = (spec != null) ? CombinedColumns.parse(spec).orElse(null) : null;
		if (combined == null) {
			return numbers(index(spec));
		}
		List<double[]> parts = new ArrayList<>();
		for (String name : combined.columns()) {
			double[] part = numbers(index(name));
			if (part == null) {
				throw new InvalidInputException("mapping", "campaigns.error.combined-unknown", new Object[] { name },
						"no column '" + name + "' to combine");
			}
			parts.add(part);
		}
		double[] values = new double[this.rows.size()];
		double[] row = new double[parts.size()];
		for (int i = 0; i < values.length; i++) {
			for (int p = 0; p < row.length; p++) {
				row[p] = parts.get(p)[i];
			}
			values[i] = combined.combine(row);
		}
		return values;
	}

	private double @Nullable [] numbers(int column) {
		if (column < 0) {
			return null;
		}
		double[] values = new double[this.rows.size()];
		for (int i = 0; i < values.length; i++) {
			Double value = TypeDetector.number(this.rows.get(i).get(column));
			if (value == null) {
				Boolean bool = TypeDetector.bool(this.rows.get(i).get(column));
				value = (bool != null) ? (bool ? 1.0 : 0.0) : null;
			}
			values[i] = (value != null) ? value : Double.NaN;
		}
		return values;
	}

	String @Nullable [] texts(ColumnMapping mapping, ColumnRole role) {
		int column = index(mapping.column(role).orElse(null));
		if (column < 0) {
			return null;
		}
		String[] values = new String[this.rows.size()];
		for (int i = 0; i < values.length; i++) {
			String value = this.rows.get(i).get(column);
			values[i] = (value == null || value.isBlank()) ? null : value.strip();
		}
		return values;
	}

	double @Nullable [] ages(ColumnMapping mapping, LocalDate reference) {
		int birthDate = index(mapping.column(ColumnRole.BIRTH_DATE).orElse(null));
		int birthYear = index(mapping.column(ColumnRole.BIRTH_YEAR).orElse(null));
		if (birthDate < 0 && birthYear < 0) {
			return null;
		}
		double[] values = new double[this.rows.size()];
		for (int i = 0; i < values.length; i++) {
			List<@Nullable String> row = this.rows.get(i);
			if (birthDate >= 0) {
				LocalDate date = TypeDetector.date(row.get(birthDate));
				values[i] = (date != null) ? ChronoUnit.YEARS.between(date, reference) : Double.NaN;
			}
			else {
				Double year = TypeDetector.number(row.get(birthYear));
				values[i] = (year != null) ? reference.getYear() - year : Double.NaN;
			}
		}
		return values;
	}

	double @Nullable [] recency(ColumnMapping mapping, LocalDate reference) {
		int column = index(mapping.column(ColumnRole.LAST_ORDER).orElse(null));
		if (column < 0) {
			return null;
		}
		double[] values = new double[this.rows.size()];
		for (int i = 0; i < values.length; i++) {
			LocalDate date = TypeDetector.date(this.rows.get(i).get(column));
			values[i] = (date != null) ? ChronoUnit.DAYS.between(date, reference) : Double.NaN;
		}
		return values;
	}

}

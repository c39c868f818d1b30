package crmcopilot.campaigns.internal;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import crmcopilot.crm.ColumnProfile;
import crmcopilot.crm.CustomerData;

/**
 * What step 2 read of the customer data, kept with the run so the run page does not read
 * the source again: the counts, the rows reported as bad, and the columns the mapping
 * screen offers.
 *
 * @param columns the customer table's columns, then the enrichment table's
 * @param totalRows rows in the source
 * @param sampleRows rows read (a sample when {@code sampled})
 * @param badRows rows that could not be read
 */
public record SourceSummary(List<ColumnProfile> columns, long totalRows, int sampleRows, boolean sampled,
		List<CustomerData.BadRow> badRows) {

	public SourceSummary {
		columns = List.copyOf(columns);
		badRows = List.copyOf(badRows);
	}

	static SourceSummary of(CustomerData clients, @Nullable CustomerData enrichment) {
		List<ColumnProfile> columns = new ArrayList<>(clients.columns());
		if (enrichment != null) {
			for (ColumnProfile column : enrichment.columns()) {
				if (clients.indexOf(column.name()) < 0) {
					columns.add(column);
				}
			}
		}
		return new SourceSummary(columns, clients.totalRows(), clients.rows().size(), clients.sampled(),
				clients.badRows());
	}

	public List<String> columnNames() {
		return this.columns.stream().map(ColumnProfile::name).toList();
	}

}

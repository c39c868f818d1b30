package crmcopilot.campaigns.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Everything of steps 4 to 6 as one CSV: a {@code section} column tells the segment
 * statistics, the heatmap, the cross tables and the personas apart; the customer
 * assignments follow when given.
 */
public final class CampaignCsvExport {

	private CampaignCsvExport() {
	}

	public static void write(Appendable out, Analysis analysis, List<String> ids, int[] labels) {
		try (CSVPrinter csv = CSVFormat.DEFAULT.builder()
			.setHeader("section", "segment", "feature", "value", "count", "share_or_mean", "population", "z_or_index")
			.get()
			.print(out)) {
			for (SegmentProfile profile : analysis.profiles()) {
				int s = profile.segment() + 1;
				csv.printRecord("size", s, "", "", profile.size(), profile.share(), "", "");
				for (SegmentProfile.NumericStat stat : profile.numeric()) {
					csv.printRecord("numeric", s, stat.feature(), "", "", stat.mean(), stat.populationMean(), stat.z());
				}
				for (SegmentProfile.CategoryStat stat : profile.categorical()) {
					csv.printRecord("category", s, stat.feature(), stat.value(), stat.count(), stat.share(),
							stat.populationShare(), stat.index());
				}
			}
			Visualisations charts = analysis.charts();
			for (int row = 0; row < charts.heatmapRows().size(); row++) {
				double[] values = charts.heatmap().get(row);
				for (int s = 0; s < values.length; s++) {
					csv.printRecord("heatmap", s + 1, charts.heatmapRows().get(row), "", "", "", "", values[s]);
				}
			}
			for (Map.Entry<String, Visualisations.CrossTable> entry : charts.crossTables().entrySet()) {
				Visualisations.CrossTable table = entry.getValue();
				for (int s = 0; s < table.counts().length; s++) {
					for (int v = 0; v < table.values().size(); v++) {
						csv.printRecord("cross", s + 1, entry.getKey(), table.values().get(v), table.counts()[s][v],
								table.rowPercent()[s][v], "", "");
					}
				}
			}
			for (Persona persona : analysis.personas()) {
				csv.printRecord("persona", persona.segment() + 1, "name", persona.text().name(), persona.size(),
						persona.share(), "", "");
				for (Persona.CardField field : persona.card()) {
					csv.printRecord("persona", persona.segment() + 1, field.key(), field.value(), "", "", "", "");
				}
			}
			for (int i = 0; i < labels.length && i < ids.size(); i++) {
				csv.printRecord("assignment", labels[i] + 1, "customer_id", ids.get(i), "", "", "", "");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

package crmcopilot.campaigns.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import crmcopilot.campaigns.internal.Visualisations;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The profile heatmap of step 5 as two charts, one per kind of measure, so that one
 * colour scale never mixes z-scores and indices: numeric features (z-scores) and
 * categories (indices, 100 = as frequent as among all customers), each row labelled in
 * the reader's language.
 */
@Component
class HeatmapCharts {

	private final MessageSource messages;

	HeatmapCharts(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * @param rows the label of each row
	 * @param values per row, one value per segment
	 */
	record Heatmap(List<String> rows, List<double[]> values) {
	}

	/**
	 * @param numeric z-scores of the numeric features
	 * @param categories indices of the categories
	 */
	record Charts(Heatmap numeric, Heatmap categories) {
	}

	Charts of(Visualisations charts, Locale locale) {
		Heatmap numeric = new Heatmap(new ArrayList<>(), new ArrayList<>());
		Heatmap categories = new Heatmap(new ArrayList<>(), new ArrayList<>());
		for (int r = 0; r < charts.heatmapRows().size(); r++) {
			String row = charts.heatmapRows().get(r);
			int equals = row.indexOf('=');
			if (equals < 0) {
				numeric.rows().add(feature(row, locale));
				numeric.values().add(charts.heatmap().get(r));
			}
			else {
				categories.rows()
					.add(this.messages.getMessage("campaigns.charts.heatmap.row",
							new Object[] { feature(row.substring(0, equals), locale), row.substring(equals + 1) },
							locale));
				categories.values().add(charts.heatmap().get(r));
			}
		}
		return new Charts(numeric, categories);
	}

	private String feature(String feature, Locale locale) {
		return this.messages.getMessage("campaigns.feature." + feature, null, feature, locale);
	}

}

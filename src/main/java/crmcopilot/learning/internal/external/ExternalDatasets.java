package crmcopilot.learning.internal.external;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import crmcopilot.audit.AuditEvent;
import crmcopilot.audit.AuditJournal;
import crmcopilot.learning.internal.Actors;
import crmcopilot.learning.internal.Inputs;
import crmcopilot.learning.internal.CsvRows;
import crmcopilot.learning.internal.ExternalCategory;
import crmcopilot.learning.internal.ExternalData;
import crmcopilot.learning.internal.ExternalDataStore;
import crmcopilot.learning.internal.ExternalSource;
import crmcopilot.learning.internal.LearningSettings;
import crmcopilot.learning.internal.RunMetrics;
import crmcopilot.shared.InvalidInputException;

import org.springframework.stereotype.Service;

/** Shared external data: the list, and open datasets of monthly indicators. */
@Service
public class ExternalDatasets {

	private final ExternalDataStore external;

	private final AuditJournal journal;

	private final LearningSettings settings;

	ExternalDatasets(ExternalDataStore external, AuditJournal journal, LearningSettings settings) {
		this.external = external;
		this.journal = journal;
		this.settings = settings;
	}

	public List<ExternalData> externalData() {
		return this.external.list(50);
	}

	/**
	 * Imports an open dataset of monthly indicators: a CSV with columns {@code month}
	 * (1–12) and {@code value}; stored as shared external data with a quality score equal
	 * to the share of the twelve months present with a valid number.
	 */
	public ExternalData importOpenDataset(String name, String category, byte[] csv, UUID workspaceId, String actor) {
		Inputs.bounded("name", name, Inputs.NAME);
		ExternalCategory parsed;
		try {
			parsed = ExternalCategory.of(category);
		}
		catch (IllegalArgumentException ex) {
			parsed = null;
		}
		if (parsed == null || !parsed.monthlyIndicator()) {
			throw new InvalidInputException("category", "learning.error.category", new Object[0],
					"category must be seasonality, payment_adoption or conversion_rates");
		}
		List<Map<String, String>> rows = CsvRows.read(csv, "file", this.settings.datasetLimits()).rows();
		Map<String, Object> monthly = new LinkedHashMap<>();
		for (Map<String, String> row : rows) {
			String month = String.valueOf(row.get("month")).trim();
			try {
				int m = Integer.parseInt(month);
				double value = Double.parseDouble(String.valueOf(row.get("value")).trim());
				if (m >= 1 && m <= 12 && Double.isFinite(value)) {
					monthly.put(String.valueOf(m), value);
				}
			}
			catch (NumberFormatException ex) {
				// a malformed line lowers the quality score instead of failing the import
			}
		}
		if (monthly.isEmpty()) {
			throw new InvalidInputException("file", "learning.error.monthly-columns", new Object[0],
					"the CSV needs columns month (1-12) and value");
		}
		double quality = RunMetrics.round(monthly.size() / 12.0);
		ExternalData data = this.external.save(ExternalSource.DATASET, name, parsed,
				Map.of("monthly", monthly, "rows", rows.size()), quality);
		this.journal.record(
				AuditEvent
					.of(workspaceId, "learning.external.imported", "external-data", data.id().toString(), null,
							Map.of("category", parsed.value(), "quality", quality))
					.by(actor, Actors.type(actor)));
		return data;
	}

}

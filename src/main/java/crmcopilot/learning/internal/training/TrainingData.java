package crmcopilot.learning.internal.training;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import crmcopilot.audit.AuditEvent;
import crmcopilot.audit.AuditJournal;
import crmcopilot.learning.internal.Actors;
import crmcopilot.learning.internal.Inputs;
import crmcopilot.learning.internal.CsvRows;
import crmcopilot.learning.internal.DataSource;
import crmcopilot.learning.internal.DatasetStore;
import crmcopilot.learning.internal.DatasetStore.StoredDataset;
import crmcopilot.learning.internal.ExternalCategory;
import crmcopilot.learning.internal.ExternalDataStore;
import crmcopilot.learning.internal.LearningSettings;
import crmcopilot.learning.internal.MerchantConfig;
import crmcopilot.learning.internal.MerchantConfigStore;
import crmcopilot.learning.internal.MerchantData;
import crmcopilot.shared.CsvReader;
import crmcopilot.shared.InvalidInputException;

import org.springframework.stereotype.Service;

/**
 * A merchant's training rows: imported as CSV (within the dataset limits), read back
 * inside the merchant's scope and enriched with external features when the merchant
 * enabled them.
 */
@Service
public class TrainingData {

	/** What an import stored. */
	public record DatasetInfo(String name, String labelColumn, int rows, Instant importedAt) {
	}

	/** The rows of a merchant's latest dataset and its label column. */
	public record LabelledRows(String datasetName, String label, List<Map<String, String>> rows) {
	}

	private final DatasetStore datasets;

	private final MerchantConfigStore configs;

	private final ExternalDataStore external;

	private final AuditJournal journal;

	private final LearningSettings settings;

	TrainingData(DatasetStore datasets, MerchantConfigStore configs, ExternalDataStore external, AuditJournal journal,
			LearningSettings settings) {
		this.datasets = datasets;
		this.configs = configs;
		this.external = external;
		this.journal = journal;
		this.settings = settings;
	}

	/**
	 * Stores a CSV of the merchant's sessions (header row; the label column holds 0/1),
	 * reading no more than the dataset size limit. The upload is checked as a stream
	 * while it is spooled: refused at the first byte past the limit, no row kept in
	 * memory, the file in memory once, when stored.
	 */
	public DatasetInfo importDataset(UUID workspaceId, String name, String labelColumn, InputStream csv, String actor) {
		// the names are checked before the body is read
		Inputs.bounded("name", name, Inputs.NAME);
		Inputs.bounded("label", labelColumn, Inputs.COLUMN);
		try (UploadSpool spool = UploadSpool.create()) {
			return store(workspaceId, name, labelColumn, shape(spool.copying(csv)), spool.bytes(), actor);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Stores a CSV of the merchant's sessions (header row; the label column holds 0/1).
	 */
	public DatasetInfo importDataset(UUID workspaceId, String name, String labelColumn, byte[] csv, String actor) {
		Inputs.bounded("name", name, Inputs.NAME);
		Inputs.bounded("label", labelColumn, Inputs.COLUMN);
		return store(workspaceId, name, labelColumn, shape(new ByteArrayInputStream(csv)), csv, actor);
	}

	private DatasetInfo store(UUID workspaceId, String name, String labelColumn, Shape shape, byte[] csv,
			String actor) {
		if (shape.rows() == 0) {
			throw new InvalidInputException("file", "learning.error.no-rows", new Object[0], "the CSV has no rows");
		}
		if (!shape.header().contains(labelColumn)) {
			throw new InvalidInputException("label", "learning.error.no-label-column", new Object[] { labelColumn },
					"no column '" + labelColumn + "' in the CSV");
		}
		this.configs.config(workspaceId);
		StoredDataset stored = this.datasets.save(workspaceId, name, labelColumn, shape.rows(), csv);
		this.journal.record(
				AuditEvent
					.of(workspaceId, "learning.dataset.imported", "dataset", stored.id().toString(), null,
							Map.of("rows", shape.rows(), "label", labelColumn))
					.by(actor, Actors.type(actor)));
		return new DatasetInfo(name, labelColumn, shape.rows(), stored.createdAt());
	}

	/**
	 * The header and row count of a dataset, read as a stream within the limits; refused
	 * at the first row past the most values (rows × columns) one training may hold.
	 */
	private Shape shape(InputStream csv) {
		try (CsvReader reader = CsvReader.open(csv, "file", this.settings.datasetLimits())) {
			long maxCells = this.settings.datasetMaxCells();
			long columns = Math.max(1, reader.header().size());
			int rows = 0;
			while (reader.next() != null) {
				rows++;
				if (rows * columns > maxCells) {
					throw new DatasetTooLargeException(maxCells);
				}
			}
			return new Shape(reader.header(), rows);
		}
	}

	private record Shape(List<String> header, int rows) {
	}

	public Optional<DatasetInfo> dataset(UUID workspaceId) {
		return this.datasets.latest(workspaceId)
			.map((d) -> new DatasetInfo(d.name(), d.labelColumn(), d.rowCount(), d.createdAt()));
	}

	public boolean hasDataset(UUID workspaceId) {
		return this.datasets.latest(workspaceId).isPresent();
	}

	/** The rows of the merchant's latest dataset, if it imported one. */
	public Optional<LabelledRows> rows(UUID workspaceId) {
		return this.datasets.latest(workspaceId)
			.map((dataset) -> new LabelledRows(dataset.name(), dataset.labelColumn(),
					CsvRows.read(dataset.content(), "dataset", this.settings.datasetLimits()).rows()));
	}

	/**
	 * The merchant's rows encoded and split, with the latest seasonality index and
	 * crawled discounts when the merchant uses external data.
	 */
	public MerchantData merchantData(UUID workspaceId, MerchantConfig config) {
		LabelledRows rows = rows(workspaceId).orElseThrow(() -> new InvalidInputException("dataset",
				"learning.error.no-dataset", new Object[0], "import training data first (CSV of sessions)"));
		boolean external = config.uses(DataSource.EXTERNAL);
		return MerchantData.of(workspaceId, rows.rows(), rows.label(),
				external ? this.external.latest(ExternalCategory.SEASONALITY) : Optional.empty(),
				external ? this.external.latest(ExternalCategory.DISCOUNTS)
					.or(() -> this.external.latest(ExternalCategory.PRICING)) : Optional.empty());
	}

	/** The name of the merchant's latest dataset, or an empty string. */
	String datasetName(UUID workspaceId) {
		return this.datasets.latest(workspaceId).map(StoredDataset::name).orElse("");
	}

}

package crmcopilot.campaigns.internal;

import java.io.ByteArrayInputStream;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import crmcopilot.campaigns.CampaignRun;
import crmcopilot.crm.CustomerData;
import crmcopilot.crm.CustomerSource;
import crmcopilot.crm.CustomerSources;
import crmcopilot.shared.InvalidInputException;

import org.springframework.stereotype.Component;

/**
 * The customer data of a run: its saved source's tables or the file uploaded at step 2,
 * read through the {@code crm} connectors (a sample of at most {@link #SAMPLE_ROWS}
 * customers, the whole enrichment table).
 */
@Component
public class RunCustomers {

	static final int SAMPLE_ROWS = 50_000;

	private final CustomerSources sources;

	private final CampaignRunStore store;

	RunCustomers(CustomerSources sources, CampaignRunStore store) {
		this.sources = sources;
		this.store = store;
	}

	/**
	 * @param enrichment the source's enrichment table, or null
	 */
	record Data(CustomerData clients, @Nullable CustomerData enrichment) {
	}

	CustomerSource source(UUID workspaceId, UUID sourceId) {
		return this.sources.find(workspaceId, sourceId)
			.orElseThrow(() -> new InvalidInputException("sourceId", "campaigns.error.source-unknown", new Object[0],
					"unknown customer source"));
	}

	/**
	 * The customer table (a sample) and, for the summary, a sample of the enrichment
	 * table of a saved source.
	 */
	Data sample(UUID workspaceId, CustomerSource source) {
		CustomerData clients = this.sources.read(workspaceId, source.id(), source.table(), SAMPLE_ROWS);
		CustomerData enrichment = (source.enrichmentTable() != null)
				? this.sources.read(workspaceId, source.id(), source.enrichmentTable(), SAMPLE_ROWS) : null;
		return new Data(clients, enrichment);
	}

	CustomerData readUpload(byte[] content) {
		return this.sources.readCsv(new ByteArrayInputStream(content), SAMPLE_ROWS);
	}

	/** Everything the analysis of steps 3 to 6 needs. */
	Data read(UUID workspaceId, CampaignRun run) {
		if (run.sourceId() != null) {
			CustomerSource source = this.sources.find(workspaceId, run.sourceId())
				.orElseThrow(() -> new InvalidInputException("sourceId", "campaigns.error.source-removed",
						new Object[0], "the customer source was removed"));
			CustomerData clients = this.sources.read(workspaceId, source.id(), source.table(), SAMPLE_ROWS);
			CustomerData enrichment = (source.enrichmentTable() != null)
					? this.sources.read(workspaceId, source.id(), source.enrichmentTable(), Integer.MAX_VALUE - 8)
					: null;
			return new Data(clients, enrichment);
		}
		byte[] content = this.store.upload(workspaceId, run.id()).orElseThrow(RunCustomers::notConnected);
		return new Data(readUpload(content), null);
	}

	/**
	 * What the run page shows of step 2: kept when the source was connected, or read once
	 * and kept for a run connected before step 2 kept it.
	 */
	public Optional<SourceSummary> summary(UUID workspaceId, CampaignRun run) {
		if (run.step(2).status() != CampaignRun.Status.DONE) {
			return Optional.empty();
		}
		Optional<SourceSummary> kept = this.store.source(workspaceId, run.id());
		if (kept.isPresent()) {
			return kept;
		}
		Data data = read(workspaceId, run);
		SourceSummary summary = SourceSummary.of(data.clients(), data.enrichment());
		this.store.saveSource(workspaceId, run.id(), summary);
		return Optional.of(summary);
	}

	static InvalidInputException notConnected() {
		return StepMissingException.connectFirst();
	}

}

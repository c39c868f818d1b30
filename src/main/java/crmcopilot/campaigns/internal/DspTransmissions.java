package crmcopilot.campaigns.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import crmcopilot.audit.AuditEvent;
import crmcopilot.audit.AuditJournal;
import crmcopilot.campaigns.Platform;
import crmcopilot.shared.InvalidInputException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Step 9's transmission: the stored targeting of a run sent through the platform's
 * {@link DspConnector}, each attempt kept in {@code campaign_transmissions} (the error
 * too, shown on the campaign page) and journalled.
 */
@Service
public class DspTransmissions {

	private final CampaignRunStore runs;

	private final List<DspConnector> connectors;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final AuditJournal journal;

	DspTransmissions(CampaignRunStore runs, List<DspConnector> connectors, JdbcClient jdbc, JsonMapper json,
			AuditJournal journal) {
		this.runs = runs;
		this.connectors = connectors;
		this.jdbc = jdbc;
		this.json = json;
		this.journal = journal;
	}

	/**
	 * One attempt as stored.
	 *
	 * @param error the DSP's message when it failed
	 */
	public record Attempt(String platform, String advertiserId, String lineItemId, boolean ok,
			@Nullable String entityStatus, List<String> created, @Nullable String error, String createdBy,
			Instant createdAt) {
	}

	/** The connector of a platform, if there is one. */
	public Optional<DspConnector> connector(Platform platform) {
		return this.connectors.stream().filter((c) -> c.platform() == platform).findFirst();
	}

	/**
	 * Sends the run's targeting; a DSP error is stored and returned, not thrown.
	 * @throws InvalidInputException when the run has no targeting yet or no connector
	 * serves its platform
	 */
	public Attempt transmit(UUID workspaceId, UUID runId, DspConnector.Target target, String actor) {
		CampaignRunStore.Finished finished = this.runs.finished(workspaceId, runId)
			.orElseThrow(StepMissingException::chooseFirst);
		DspTargeting.Instructions dsp = finished.dsp();
		DspConnector connector = connector(dsp.platform()).orElseThrow(() -> new InvalidInputException("platform",
				"campaigns.dsp.error.no-connector", new Object[] { dsp.platform().code() },
				"no API connection for " + dsp.platform().code() + ": the JSON and the brief are the export"));
		Attempt attempt;
		try {
			DspConnector.Transmission sent = connector.transmit(workspaceId, dsp, target);
			attempt = new Attempt(dsp.platform().code(), target.advertiserId(), target.lineItemId(), true,
					sent.entityStatus(), sent.created(), null, actor, Instant.now());
			Map<String, Object> details = new LinkedHashMap<>();
			details.put("platform", dsp.platform().code());
			details.put("advertiserId", target.advertiserId());
			details.put("lineItemId", target.lineItemId());
			details.put("entityStatus", sent.entityStatus());
			details.put("pausedFirst", sent.paused());
			details.put("created", sent.created());
			this.journal.record(AuditEvent
				.of(workspaceId, "campaigns.dsp.transmitted", "campaign-run", runId.toString(),
						"targeting sent to an inactive line item, to be launched by a human", details)
				.by(actor, "user"));
		}
		catch (DspException ex) {
			attempt = new Attempt(dsp.platform().code(), target.advertiserId(), target.lineItemId(), false, null,
					List.of(),
					ex.getMessage() + " (" + ex.status() + ((ex.code() > 0) ? ", HTTP " + ex.code() : "") + ")", actor,
					Instant.now());
			this.journal.record(AuditEvent
				.of(workspaceId, "campaigns.dsp.failed", "campaign-run", runId.toString(), attempt.error(),
						Map.of("platform", dsp.platform().code(), "lineItemId", target.lineItemId()))
				.by(actor, "user"));
		}
		this.jdbc
			.sql("INSERT INTO campaign_transmissions (id, workspace_id, run_id, platform, advertiser_id, line_item_id, "
					+ "ok, entity_status, created_json, error, created_by, created_at) "
					+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), workspaceId, runId, attempt.platform(), attempt.advertiserId(),
					attempt.lineItemId(), attempt.ok(), attempt.entityStatus(),
					this.json.writeValueAsString(attempt.created()), attempt.error(), actor,
					OffsetDateTime.ofInstant(attempt.createdAt(), ZoneOffset.UTC))
			.update();
		return attempt;
	}

	/** The last attempts of a run, newest first. */
	public List<Attempt> attempts(UUID workspaceId, UUID runId) {
		return this.jdbc
			.sql("SELECT platform, advertiser_id, line_item_id, ok, entity_status, created_json, error, created_by, "
					+ "created_at FROM campaign_transmissions WHERE workspace_id = ? AND run_id = ? "
					+ "ORDER BY created_at DESC LIMIT 5")
			.params(workspaceId, runId)
			.query((rs, n) -> new Attempt(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
					rs.getString(5), this.json.readValue(rs.getString(6), new TypeReference<List<String>>() {
					}), rs.getString(7), rs.getString(8), rs.getObject(9, OffsetDateTime.class).toInstant()))
			.list();
	}

}

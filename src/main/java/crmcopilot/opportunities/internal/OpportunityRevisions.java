package crmcopilot.opportunities.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import crmcopilot.shared.Texts;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes a reviewed update (amount, stage, close date, next step) onto an existing
 * opportunity of the local CRM. The CRM's {@code AccountDirectory} has no update of an
 * opportunity yet; this is the one place that writes its table from this module, to be
 * replaced by {@code AccountDirectory.updateOpportunity} when the CRM offers it.
 */
@Repository
class OpportunityRevisions {

	private final JdbcClient jdbc;

	OpportunityRevisions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The new values of an opportunity's fields a note may change. */
	record Revision(@Nullable Double amount, String stage, LocalDate closeDate, @Nullable String nextStep) {
	}

	void apply(UUID workspaceId, UUID opportunityId, Revision revision) {
		this.jdbc.sql("""
				UPDATE crm_opportunities SET amount = ?, stage = ?, close_date = ?, next_step = ?, updated_at = ?
				WHERE workspace_id = ? AND id = ?""")
			.params(revision.amount(), Texts.truncate(revision.stage(), 80), revision.closeDate(),
					Texts.truncate(revision.nextStep(), 255), OffsetDateTime.now(ZoneOffset.UTC), workspaceId,
					opportunityId)
			.update();
	}

}

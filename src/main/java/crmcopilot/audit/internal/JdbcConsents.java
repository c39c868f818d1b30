package crmcopilot.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import crmcopilot.audit.AuditEvent;
import crmcopilot.audit.AuditJournal;
import crmcopilot.audit.Consent;
import crmcopilot.audit.Consents;
import crmcopilot.workspace.Caller;
import crmcopilot.workspace.Callers;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcConsents implements Consents {

	private final JdbcClient jdbc;

	private final AuditJournal journal;

	JdbcConsents(JdbcClient jdbc, AuditJournal journal) {
		this.jdbc = jdbc;
		this.journal = journal;
	}

	@Override
	@Transactional
	public Consent record(UUID workspaceId, String subject, String purpose, boolean granted, String source) {
		String normalisedSubject = subject.trim().toLowerCase(Locale.ROOT);
		if (normalisedSubject.isEmpty() || purpose.isBlank() || source.isBlank()) {
			throw new IllegalArgumentException("a consent needs a subject, a purpose and a source");
		}
		String recordedBy = Callers.current().map(Caller::actor).orElse("anonymous:" + source);
		Consent consent = new Consent(UUID.randomUUID(), workspaceId, normalisedSubject, purpose.trim(), granted,
				source.trim(), Instant.now().truncatedTo(ChronoUnit.MICROS), recordedBy);
		this.jdbc
			.sql("INSERT INTO consents (id, workspace_id, subject, purpose, granted, source, recorded_at, recorded_by) "
					+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(consent.id(), workspaceId, consent.subject(), consent.purpose(), granted, consent.source(),
					consent.recordedAt().atOffset(ZoneOffset.UTC), recordedBy)
			.update();
		this.journal.record(AuditEvent.of(workspaceId, granted ? "consent.given" : "consent.withdrawn", "consent",
				consent.id().toString(), "source: " + consent.source(),
				Map.of("subject", consent.subject(), "purpose", consent.purpose())));
		return consent;
	}

	@Override
	public Optional<Consent> current(UUID workspaceId, String subject, String purpose) {
		return this.jdbc
			.sql("SELECT * FROM consents WHERE workspace_id = ? AND subject = ? AND purpose = ? "
					+ "ORDER BY recorded_at DESC LIMIT 1")
			.params(workspaceId, subject.trim().toLowerCase(Locale.ROOT), purpose)
			.query(JdbcConsents::map)
			.optional();
	}

	@Override
	public List<Consent> history(UUID workspaceId, String subject) {
		return this.jdbc.sql("SELECT * FROM consents WHERE workspace_id = ? AND subject = ? ORDER BY recorded_at DESC")
			.params(workspaceId, subject.trim().toLowerCase(Locale.ROOT))
			.query(JdbcConsents::map)
			.list();
	}

	static Consent map(ResultSet rs, int row) throws SQLException {
		return new Consent(rs.getObject("id", UUID.class), rs.getObject("workspace_id", UUID.class),
				rs.getString("subject"), rs.getString("purpose"), rs.getBoolean("granted"), rs.getString("source"),
				rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), rs.getString("recorded_by"));
	}

}

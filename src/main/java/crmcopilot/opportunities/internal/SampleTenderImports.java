package crmcopilot.opportunities.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import crmcopilot.opportunities.OpportunityCapture;
import crmcopilot.opportunities.TenderImports;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Imports tender pages into drafts, each tender key once. The sample pages are saved
 * copies in the marchespublics.sn format, shipped under {@code classpath:tenders/}.
 */
@Service
class SampleTenderImports implements TenderImports {

	private final OpportunityCapture capture;

	private final JdbcClient jdbc;

	SampleTenderImports(OpportunityCapture capture, JdbcClient jdbc) {
		this.capture = capture;
		this.jdbc = jdbc;
	}

	@Override
	public Report importSamplePages(UUID workspaceId, String actor) {
		TenderPages.Listing listing = TenderPages.listing(resource("tenders/listing.html"));
		List<String> problems = new ArrayList<>(listing.problems());
		int imported = 0;
		int known = 0;
		for (TenderPages.Row row : listing.rows()) {
			if (alreadyImported(workspaceId, row.key())) {
				known++;
				continue;
			}
			Map<String, String> detail;
			try {
				detail = TenderPages.detail(resource("tenders/detail-" + row.key() + ".html"));
			}
			catch (IllegalStateException ex) {
				problems.add(row.reference() + ": detail page missing, listing data used");
				detail = Map.of();
			}
			this.capture.submit(workspaceId, actor, new OpportunityCapture.Submission(OpportunityCapture.TENDER,
					row.key(), text(row, detail), (row.published() != null) ? row.published() : LocalDate.now()));
			imported++;
		}
		return new Report(imported, known, problems);
	}

	boolean alreadyImported(UUID workspaceId, String key) {
		return this.jdbc
			.sql("SELECT COUNT(*) FROM opp_drafts WHERE workspace_id = ? AND source_kind = ? AND source_name = ?")
			.params(workspaceId, OpportunityCapture.TENDER, key)
			.query(Long.class)
			.single() > 0;
	}

	static String text(TenderPages.Row row, Map<String, String> detail) {
		StringBuilder text = new StringBuilder("Avis d'appel d'offres\n");
		text.append("Référence : ").append(row.reference()).append('\n');
		String object = detail.getOrDefault("objet", row.object());
		if (object != null) {
			text.append("Objet : ").append(object).append('\n');
		}
		String authority = detail.getOrDefault("autorite contractante", row.authority());
		if (authority != null) {
			text.append("Autorité contractante : ").append(authority).append('\n');
		}
		String deadline = detail.get("date limite");
		if (deadline == null && row.deadline() != null) {
			deadline = row.deadline().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
		}
		if (deadline != null) {
			text.append("Date limite : ").append(deadline).append('\n');
		}
		if (detail.containsKey("description")) {
			text.append(detail.get("description")).append('\n');
		}
		return text.toString();
	}

	private static String resource(String path) {
		try (InputStream in = SampleTenderImports.class.getClassLoader().getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("missing " + path);
			}
			return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot read " + path, ex);
		}
	}

}

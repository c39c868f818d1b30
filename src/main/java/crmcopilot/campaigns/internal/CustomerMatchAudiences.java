package crmcopilot.campaigns.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

import crmcopilot.audit.AuditEvent;
import crmcopilot.audit.AuditJournal;
import crmcopilot.audit.Consents;
import crmcopilot.campaigns.CampaignRun;
import crmcopilot.campaigns.ColumnMapping;
import crmcopilot.shared.NotFoundException;
import crmcopilot.shared.SecureTokens;

import org.springframework.stereotype.Service;

/**
 * The chosen persona's customers as a Customer Match audience: only those whose
 * {@code ad_user_data} and {@code ad_personalization} consents are both granted, read
 * from the customer file's consent columns or, where a cell is empty, from the audit
 * module's consent store (subject: the e-mail, the phone or the customer id). E-mails and
 * phones are normalised and hashed as Google asks. Every export is journalled with the
 * counts and the consent basis.
 */
@Service
public class CustomerMatchAudiences {

	/** Consent purposes, as Google names the two signals. */
	public static final String AD_USER_DATA = "ad_user_data";

	public static final String AD_PERSONALIZATION = "ad_personalization";

	/** Google's Customer Match file template, the columns this export fills. */
	static final String[] HEADER = { "Email", "Phone" };

	private final CampaignRunStore store;

	private final RunCustomers customers;

	private final Consents consents;

	private final AuditJournal journal;

	CustomerMatchAudiences(CampaignRunStore store, RunCustomers customers, Consents consents, AuditJournal journal) {
		this.store = store;
		this.customers = customers;
		this.consents = consents;
		this.journal = journal;
	}

	/**
	 * One customer that may be uploaded.
	 *
	 * @param hashedEmail SHA-256 of the normalised e-mail, or null
	 * @param hashedPhone SHA-256 of the E.164 phone, or null
	 */
	public record Contact(String customerId, @Nullable String hashedEmail, @Nullable String hashedPhone) {
	}

	/**
	 * The audience of a run's chosen persona.
	 *
	 * @param persona 1-based
	 * @param segmentSize customers of the persona
	 * @param excluded per reason ({@code ad_user_data.denied}, {@code
	 * ad_personalization.missing}, {@code no_contact}...), how many were left out
	 * @param basis per source of the consents ({@code column}, {@code consent-store}),
	 * how many contacts were kept
	 */
	public record Audience(UUID runId, int persona, String personaName, int segmentSize, List<Contact> contacts,
			Map<String, Integer> excluded, Map<String, Integer> basis) {

		public int excludedTotal() {
			return this.excluded.values().stream().mapToInt(Integer::intValue).sum();
		}

	}

	/**
	 * The audience of the chosen persona.
	 * @throws StepMissingException before a persona is chosen
	 */
	public Audience audience(UUID workspaceId, UUID runId) {
		CampaignRun run = this.store.find(workspaceId, runId).orElseThrow(() -> new NotFoundException("campaign run"));
		if (run.chosenPersona() == null) {
			throw StepMissingException.chooseFirst();
		}
		int chosen = run.chosenPersona();
		Analysis analysis = this.store.analysis(workspaceId, runId).orElseThrow(StepMissingException::segmentFirst);
		Analysis.Assignments assignments = this.store.assignments(workspaceId, runId)
			.orElseThrow(StepMissingException::segmentFirst);
		Set<String> members = new HashSet<>();
		for (int i = 0; i < assignments.labels().length && i < assignments.ids().size(); i++) {
			if (assignments.labels()[i] == chosen) {
				members.add(assignments.ids().get(i));
			}
		}
		RunCustomers.Data data = this.customers.read(workspaceId, run);
		ColumnMapping mapping = (run.mapping() != null) ? run.mapping()
				: ColumnMapping.guess(data.clients().columnNames());
		JoinedCustomers table = JoinedCustomers.join(data.clients(), data.enrichment(), mapping);
		AudienceColumns columns = AudienceColumns.of(table.columns());
		List<Contact> contacts = new ArrayList<>();
		Map<String, Integer> excluded = new TreeMap<>();
		Map<String, Integer> basis = new TreeMap<>();
		for (int i = 0; i < table.rows().size(); i++) {
			String id = table.ids().get(i);
			if (!members.remove(id)) {
				continue;
			}
			List<@Nullable String> row = table.rows().get(i);
			String email = cell(row, columns.email());
			String phone = cell(row, columns.phone());
			List<String> subjects = new ArrayList<>();
			if (email != null) {
				subjects.add(email);
			}
			if (phone != null) {
				subjects.add(phone);
			}
			subjects.add(id);
			Signal userData = signal(workspaceId, cell(row, columns.adUserData()), subjects, AD_USER_DATA);
			Signal personalization = signal(workspaceId, cell(row, columns.adPersonalization()), subjects,
					AD_PERSONALIZATION);
			String reason = (userData.granted() != Boolean.TRUE) ? AD_USER_DATA + userData.state()
					: (personalization.granted() != Boolean.TRUE) ? AD_PERSONALIZATION + personalization.state() : null;
			String normalisedEmail = ContactNormaliser.email(email);
			String normalisedPhone = ContactNormaliser.phone(phone);
			if (reason == null && normalisedEmail == null && normalisedPhone == null) {
				reason = "no_contact";
			}
			if (reason != null) {
				excluded.merge(reason, 1, Integer::sum);
				continue;
			}
			basis.merge(userData.source().equals(personalization.source()) ? userData.source()
					: userData.source() + "+" + personalization.source(), 1, Integer::sum);
			contacts.add(new Contact(id, (normalisedEmail != null) ? ContactNormaliser.sha256(normalisedEmail) : null,
					(normalisedPhone != null) ? ContactNormaliser.sha256(normalisedPhone) : null));
		}
		if (!members.isEmpty()) {
			excluded.merge("not_in_source", members.size(), Integer::sum);
		}
		Persona persona = analysis.personas().get(chosen);
		return new Audience(runId, chosen + 1, persona.text().name(), persona.size(), List.copyOf(contacts),
				Map.copyOf(excluded), Map.copyOf(basis));
	}

	/**
	 * The audience as Google's Customer Match CSV (hashed), journalled.
	 */
	public String exportCsv(UUID workspaceId, UUID runId, String actor) {
		Audience audience = audience(workspaceId, runId);
		String csv = csv(audience);
		Map<String, Object> details = details(audience);
		details.put("format", "customer-match-csv");
		details.put("sha256", SecureTokens.hash(csv));
		this.journal
			.record(AuditEvent
				.of(workspaceId, "campaigns.audience.exported", "campaign-run", runId.toString(),
						"only customers with ad_user_data and ad_personalization both granted", details)
				.by(actor, "user"));
		return csv;
	}

	/** The counts and the consent basis, as journalled. */
	static Map<String, Object> details(Audience audience) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("persona", audience.persona());
		details.put("segmentSize", audience.segmentSize());
		details.put("exported", audience.contacts().size());
		details.put("excludedTotal", audience.excludedTotal());
		details.put("excluded", audience.excluded());
		details.put("consentBasis", audience.basis());
		return details;
	}

	static String csv(Audience audience) {
		StringBuilder out = new StringBuilder();
		try (CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader(HEADER).get().print(out)) {
			for (Contact contact : audience.contacts()) {
				csv.printRecord((contact.hashedEmail() != null) ? contact.hashedEmail() : "",
						(contact.hashedPhone() != null) ? contact.hashedPhone() : "");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	/**
	 * @param granted null when missing
	 * @param source {@code column} or {@code consent-store}
	 */
	private record Signal(@Nullable Boolean granted, String source) {

		String state() {
			return (this.granted == null) ? ".missing" : ".denied";
		}

	}

	private Signal signal(UUID workspaceId, @Nullable String cell, List<String> subjects, String purpose) {
		Boolean fromColumn = AudienceColumns.consent(cell);
		if (fromColumn != null) {
			return new Signal(fromColumn, "column");
		}
		for (String subject : subjects) {
			var stored = this.consents.current(workspaceId, subject.strip().toLowerCase(Locale.ROOT), purpose);
			if (stored.isPresent()) {
				return new Signal(stored.get().granted(), "consent-store");
			}
		}
		return new Signal(null, "none");
	}

	private static @Nullable String cell(List<@Nullable String> row, int column) {
		if (column < 0 || column >= row.size()) {
			return null;
		}
		String value = row.get(column);
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}

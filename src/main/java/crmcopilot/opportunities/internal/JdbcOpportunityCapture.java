package crmcopilot.opportunities.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import crmcopilot.ai.TaskOutcome;
import crmcopilot.audit.AuditEvent;
import crmcopilot.audit.AuditJournal;
import crmcopilot.crm.AccountDirectory;
import crmcopilot.crm.AccountMatch;
import crmcopilot.opportunities.ExtractionRequest;
import crmcopilot.opportunities.OpportunityApproved;
import crmcopilot.opportunities.OpportunityCapture;
import crmcopilot.opportunities.OpportunityDraft;
import crmcopilot.opportunities.OpportunityExtraction;
import crmcopilot.opportunities.OpportunityExtractor;
import crmcopilot.shared.InvalidInputException;
import crmcopilot.shared.NotFoundException;
import crmcopilot.shared.PageQuery;
import crmcopilot.shared.PageResponse;
import crmcopilot.workspace.WorkspaceSettings;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcOpportunityCapture implements OpportunityCapture {

	/** The contact's role on the opportunity when the reviewer chose none. */
	static final String DEFAULT_CONTACT_ROLE = "Decision Maker";

	static final String LEAD_SOURCES_KEY = "opportunities.lead-sources";

	static final String AUTO_APPROVE_PREFIX = "opportunities.auto-approve.";

	private static final int MAX_TEXT = 100_000;

	private final JdbcClient jdbc;

	private final OpportunityExtractor extractor;

	private final AccountDirectory directory;

	private final AuditJournal journal;

	private final WorkspaceSettings settings;

	private final ApplicationEventPublisher events;

	private final JsonMapper json;

	private final SourceFiles files;

	JdbcOpportunityCapture(JdbcClient jdbc, OpportunityExtractor extractor, AccountDirectory directory,
			AuditJournal journal, WorkspaceSettings settings, ApplicationEventPublisher events, JsonMapper json,
			SourceFiles files) {
		this.files = files;
		this.jdbc = jdbc;
		this.extractor = extractor;
		this.directory = directory;
		this.journal = journal;
		this.settings = settings;
		this.events = events;
		this.json = json;
	}

	@Override
	@Transactional
	public OpportunityDraft submit(UUID workspaceId, String actor, Submission submission) {
		String text = (submission.text() != null) ? submission.text().strip() : "";
		if (text.isEmpty()) {
			throw new InvalidInputException("text", "is empty");
		}
		if (text.length() > MAX_TEXT) {
			throw new InvalidInputException("text", "is longer than " + MAX_TEXT + " characters");
		}
		String hash = contentHash(text);
		Optional<OpportunityDraft> known = byHash(workspaceId, hash);
		if (known.isPresent()) {
			return known.get().asDuplicate();
		}
		LocalDate documentDate = (submission.documentDate() != null) ? submission.documentDate() : LocalDate.now();
		TaskOutcome<OpportunityExtraction> outcome = this.extractor.extract(workspaceId,
				new ExtractionRequest(text, documentDate, leadSources(workspaceId)));
		OpportunityExtraction extraction = outcome.result();
		Map<String, String> values = new LinkedHashMap<>();
		extraction.fields().forEach((key, field) -> {
			if (field.value() != null) {
				values.put(key, field.value());
			}
		});
		AccountMatch accountMatch = (values.get("accountName") != null)
				? this.directory.matchAccount(workspaceId, values.get("accountName")) : AccountMatch.none();
		AccountMatch contactMatch = this.directory.matchContact(workspaceId,
				(accountMatch.kind() == AccountMatch.Kind.SURE) ? accountMatch.existingId() : null,
				extraction.contactName(), values.get("email"), values.get("phone"));
		UUID id = UUID.randomUUID();
		try {
			this.jdbc
				.sql("""
						INSERT INTO opp_drafts (id, workspace_id, source_kind, source_name, content_hash, text, document_date,
						  extraction, field_values, confidence, engine, status, account_match, contact_match, created_by,
						  created_at)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, workspaceId, submission.sourceKind(), truncate(submission.sourceName(), 255), hash, text,
						documentDate, this.json.writeValueAsString(extraction), this.json.writeValueAsString(values),
						extraction.confidence(), truncate(outcome.engine(), 40), OpportunityDraft.Status.DRAFT.name(),
						this.json.writeValueAsString(accountMatch), this.json.writeValueAsString(contactMatch),
						truncate(actor, 254), OffsetDateTime.now(ZoneOffset.UTC))
				.update();
		}
		catch (DuplicateKeyException ex) {
			return byHash(workspaceId, hash).orElseThrow().asDuplicate();
		}
		OpportunityDraft draft = draft(workspaceId, id).orElseThrow();
		return autoApprove(draft);
	}

	@Override
	public OpportunityDraft submitFile(UUID workspaceId, String actor, @Nullable String fileName, byte[] content,
			@Nullable LocalDate documentDate, @Nullable String language) {
		return submit(workspaceId, actor, this.files.read(fileName, content, documentDate, language));
	}

	private OpportunityDraft autoApprove(OpportunityDraft draft) {
		Optional<Double> threshold = this.settings.get(draft.workspaceId(), AUTO_APPROVE_PREFIX + draft.sourceKind())
			.flatMap(JdbcOpportunityCapture::parseDouble);
		if (threshold.isEmpty() || draft.confidence() < threshold.get() || draft.needsReview()
				|| draft.values().get("accountName") == null) {
			return draft;
		}
		return approve(draft.workspaceId(), "ai", draft.id(), new Approval(Map.of(), null, null,
				"auto-approved: confidence " + draft.confidence() + " >= " + threshold.get()));
	}

	@Override
	public Optional<OpportunityDraft> draft(UUID workspaceId, UUID id) {
		return this.jdbc.sql("SELECT * FROM opp_drafts WHERE workspace_id = ? AND id = ?")
			.params(workspaceId, id)
			.query(this::draft)
			.optional();
	}

	private Optional<OpportunityDraft> byHash(UUID workspaceId, String hash) {
		return this.jdbc.sql("SELECT * FROM opp_drafts WHERE workspace_id = ? AND content_hash = ?")
			.params(workspaceId, hash)
			.query(this::draft)
			.optional();
	}

	@Override
	public PageResponse<OpportunityDraft> drafts(UUID workspaceId, OpportunityDraft.@Nullable Status status,
			PageQuery page) {
		String where = "workspace_id = ?" + ((status != null) ? " AND status = ?" : "");
		Object[] params = (status != null) ? new Object[] { workspaceId, status.name() } : new Object[] { workspaceId };
		long total = this.jdbc.sql("SELECT COUNT(*) FROM opp_drafts WHERE " + where)
			.params(params)
			.query(Long.class)
			.single();
		List<OpportunityDraft> items = this.jdbc
			.sql("SELECT * FROM opp_drafts WHERE " + where + " ORDER BY created_at DESC, id LIMIT " + page.size()
					+ " OFFSET " + page.offset())
			.params(params)
			.query(this::draft)
			.list();
		return PageResponse.of(items, page, total);
	}

	@Override
	public Optional<OpportunityDraft> latest(UUID workspaceId) {
		return drafts(workspaceId, null, new PageQuery(0, 1)).items().stream().findFirst();
	}

	@Override
	@Transactional
	public OpportunityDraft approve(UUID workspaceId, String actor, UUID id, Approval approval) {
		OpportunityDraft draft = draft(workspaceId, id).orElseThrow(() -> new NotFoundException("draft"));
		if (draft.status() != OpportunityDraft.Status.DRAFT) {
			throw new InvalidInputException("status", "this draft is already " + draft.status().name().toLowerCase());
		}
		Map<String, String> values = new LinkedHashMap<>(draft.values());
		approval.values().forEach((key, value) -> {
			if (value == null || value.isBlank()) {
				values.remove(key);
			}
			else {
				values.put(key, value.strip());
			}
		});
		String accountName = values.get("accountName");
		if (accountName == null) {
			throw new InvalidInputException("accountName", "is required");
		}
		LocalDate closeDate = date(values.get("closeDate"));
		Double amount = amount(values.get("amount"));
		UUID accountId = account(workspaceId, accountName, values, approval.accountChoice());
		UUID contactId = contact(workspaceId, accountId, values, approval.contactChoice());
		String name = values.getOrDefault("opportunityName", accountName);
		var opportunity = this.directory.createOpportunity(workspaceId,
				new AccountDirectory.NewOpportunity(accountId, contactId, name,
						values.getOrDefault("stage", RuleBasedOpportunityExtractor.STAGE), closeDate,
						values.get("type"), values.get("leadSource"), values.get("country"), amount,
						values.get("currency"), values.get("description"), values.get("nextStep"), id.toString(),
						values.getOrDefault("contactRole", (contactId != null) ? DEFAULT_CONTACT_ROLE : null)));
		this.jdbc.sql("""
				UPDATE opp_drafts SET status = ?, field_values = ?, account_id = ?, contact_id = ?, opportunity_id = ?,
				  decided_by = ?, decided_at = ?, decision_note = ?
				WHERE workspace_id = ? AND id = ? AND status = ?""")
			.params(OpportunityDraft.Status.APPROVED.name(), this.json.writeValueAsString(values), accountId, contactId,
					opportunity.id(), truncate(actor, 254), OffsetDateTime.now(ZoneOffset.UTC), approval.note(),
					workspaceId, id, OpportunityDraft.Status.DRAFT.name())
			.update();
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("opportunityId", opportunity.id().toString());
		details.put("accountId", accountId.toString());
		details.put("opportunityName", name);
		details.put("confidence", draft.confidence());
		details.put("edited", changedKeys(draft.values(), values));
		AuditEvent event = AuditEvent.of(workspaceId, "opportunities.draft.approved", "opportunity-draft",
				id.toString(), approval.note(), details);
		this.journal.record(actor.equals("ai") ? event.by("ai", "ai") : event);
		this.events.publishEvent(new OpportunityApproved(workspaceId, id, opportunity.id(), accountId));
		return draft(workspaceId, id).orElseThrow();
	}

	private UUID account(UUID workspaceId, String accountName, Map<String, String> values, @Nullable String choice) {
		if (choice != null && choice.startsWith("link:")) {
			UUID existing = uuid("accountChoice", choice.substring(5));
			return this.directory.account(workspaceId, existing)
				.orElseThrow(() -> new InvalidInputException("accountChoice", "no such account"))
				.id();
		}
		if (!"new".equals(choice)) {
			AccountMatch match = this.directory.matchAccount(workspaceId, accountName);
			if (match.kind() == AccountMatch.Kind.SURE && match.existingId() != null) {
				return match.existingId();
			}
			if (match.kind() == AccountMatch.Kind.UNCERTAIN) {
				throw new InvalidInputException("accountChoice",
						"\"" + accountName + "\" looks like the existing account \"" + match.existingName() + "\" ("
								+ match.reason() + "): choose to link it or to create a new account");
			}
		}
		return this.directory
			.createAccount(workspaceId,
					new AccountDirectory.NewAccount(accountName, values.get("country"), values.get("city"),
							values.get("industry"), values.get("website"), values.get("accountPhone")))
			.id();
	}

	private @Nullable UUID contact(UUID workspaceId, UUID accountId, Map<String, String> values,
			@Nullable String choice) {
		if ("none".equals(choice)) {
			return null;
		}
		if (choice != null && choice.startsWith("link:")) {
			UUID existing = uuid("contactChoice", choice.substring(5));
			return this.directory.contact(workspaceId, existing)
				.orElseThrow(() -> new InvalidInputException("contactChoice", "no such contact"))
				.id();
		}
		String first = values.get("contactFirstName");
		String last = values.get("contactLastName");
		String email = values.get("email");
		String phone = values.get("phone");
		if (first == null && last == null && email == null) {
			return null;
		}
		String fullName = ((first != null) ? first + " " : "") + ((last != null) ? last : "");
		if (!"new".equals(choice)) {
			AccountMatch match = this.directory.matchContact(workspaceId, accountId, fullName.trim(), email, phone);
			if (match.kind() == AccountMatch.Kind.SURE && match.existingId() != null) {
				return match.existingId();
			}
			if (match.kind() == AccountMatch.Kind.UNCERTAIN) {
				throw new InvalidInputException("contactChoice", "\"" + fullName.trim()
						+ "\" looks like the existing contact \"" + match.existingName() + "\": choose link or new");
			}
		}
		return this.directory
			.createContact(workspaceId,
					new AccountDirectory.NewContact(accountId, first, last, values.get("contactTitle"), email, phone))
			.id();
	}

	@Override
	@Transactional
	public OpportunityDraft reject(UUID workspaceId, String actor, UUID id, @Nullable String reason) {
		OpportunityDraft draft = draft(workspaceId, id).orElseThrow(() -> new NotFoundException("draft"));
		if (draft.status() != OpportunityDraft.Status.DRAFT) {
			throw new InvalidInputException("status", "this draft is already " + draft.status().name().toLowerCase());
		}
		this.jdbc.sql("""
				UPDATE opp_drafts SET status = ?, decided_by = ?, decided_at = ?, decision_note = ?
				WHERE workspace_id = ? AND id = ?""")
			.params(OpportunityDraft.Status.REJECTED.name(), truncate(actor, 254), OffsetDateTime.now(ZoneOffset.UTC),
					reason, workspaceId, id)
			.update();
		this.journal.record(AuditEvent.of(workspaceId, "opportunities.draft.rejected", "opportunity-draft",
				id.toString(), reason, Map.of("confidence", draft.confidence())));
		return draft(workspaceId, id).orElseThrow();
	}

	List<String> leadSources(UUID workspaceId) {
		return this.settings.get(workspaceId, LEAD_SOURCES_KEY)
			.map((value) -> List.of(value.split("\\s*\\|\\s*")))
			.filter((list) -> !list.isEmpty())
			.orElse(ExtractionRequest.DEFAULT_LEAD_SOURCES);
	}

	static String contentHash(String text) {
		String normalised = text.strip().replaceAll("\\s+", " ");
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(normalised.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static List<String> changedKeys(Map<String, String> before, Map<String, String> after) {
		java.util.Set<String> keys = new java.util.TreeSet<>(before.keySet());
		keys.addAll(after.keySet());
		return keys.stream().filter((k) -> !java.util.Objects.equals(before.get(k), after.get(k))).toList();
	}

	private static LocalDate date(@Nullable String value) {
		if (value == null) {
			throw new InvalidInputException("closeDate", "is required");
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException("closeDate", "must be a date (YYYY-MM-DD)");
		}
	}

	private static @Nullable Double amount(@Nullable String value) {
		if (value == null) {
			return null;
		}
		try {
			BigDecimal amount = new BigDecimal(value.replaceAll("[\\s\\u00a0\\u202f]", "").replace(',', '.'));
			if (amount.signum() < 0) {
				throw new InvalidInputException("amount", "must not be negative");
			}
			return amount.doubleValue();
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException("amount", "must be a number");
		}
	}

	private static UUID uuid(String field, String value) {
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException(field, "is not an id");
		}
	}

	private static Optional<Double> parseDouble(String value) {
		try {
			return Optional.of(Double.parseDouble(value));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private static @Nullable String truncate(@Nullable String value, int max) {
		return (value == null || value.length() <= max) ? value : value.substring(0, max);
	}

	@SuppressWarnings("unchecked")
	private OpportunityDraft draft(ResultSet rs, int row) throws SQLException {
		OffsetDateTime decidedAt = rs.getObject("decided_at", OffsetDateTime.class);
		return new OpportunityDraft(rs.getObject("id", UUID.class), rs.getObject("workspace_id", UUID.class),
				rs.getString("source_kind"), rs.getString("source_name"), rs.getString("text"),
				rs.getObject("document_date", LocalDate.class),
				this.json.readValue(rs.getString("field_values"), LinkedHashMap.class),
				this.json.readValue(rs.getString("extraction"), OpportunityExtraction.class),
				rs.getDouble("confidence"), rs.getString("engine"),
				OpportunityDraft.Status.valueOf(rs.getString("status")),
				this.json.readValue(rs.getString("account_match"), AccountMatch.class),
				this.json.readValue(rs.getString("contact_match"), AccountMatch.class),
				rs.getObject("account_id", UUID.class), rs.getObject("contact_id", UUID.class),
				rs.getObject("opportunity_id", UUID.class), rs.getString("created_by"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("decided_by"),
				(decidedAt != null) ? decidedAt.toInstant() : null, rs.getString("decision_note"), false);
	}

}

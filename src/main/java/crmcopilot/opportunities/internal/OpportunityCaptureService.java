package crmcopilot.opportunities.internal;

import java.time.LocalDate;
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
import crmcopilot.opportunities.OpportunityExtraction;
import crmcopilot.shared.InvalidInputException;
import crmcopilot.shared.NotFoundException;
import crmcopilot.shared.PageQuery;
import crmcopilot.shared.PageResponse;
import crmcopilot.shared.SecureTokens;
import crmcopilot.workspace.WorkspaceSettings;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Captures: a text (or a file read into text) extracted into a draft once per content,
 * matched against the CRM, auto-approved above the workspace's threshold, then approved
 * or rejected by a reviewer.
 */
@Service
class OpportunityCaptureService implements OpportunityCapture {

	static final String LEAD_SOURCES_KEY = "opportunities.lead-sources";

	static final String AUTO_APPROVE_PREFIX = "opportunities.auto-approve.";

	private static final int MAX_TEXT = 100_000;

	private final DraftStore store;

	private final DraftApproval approval;

	private final OpportunityExtractor extractor;

	private final AccountDirectory directory;

	private final AuditJournal journal;

	private final WorkspaceSettings settings;

	private final SourceFiles files;

	private final MatchReasons reasons;

	private final WorkspaceCalendar calendar;

	OpportunityCaptureService(DraftStore store, DraftApproval approval, OpportunityExtractor extractor,
			AccountDirectory directory, AuditJournal journal, WorkspaceSettings settings, SourceFiles files,
			MatchReasons reasons, WorkspaceCalendar calendar) {
		this.reasons = reasons;
		this.calendar = calendar;
		this.store = store;
		this.approval = approval;
		this.extractor = extractor;
		this.directory = directory;
		this.journal = journal;
		this.settings = settings;
		this.files = files;
	}

	@Override
	@Transactional
	public OpportunityDraft submit(UUID workspaceId, String actor, Submission submission) {
		String text = (submission.text() != null) ? submission.text().strip() : "";
		if (text.isEmpty()) {
			throw new InvalidInputException("text", "opportunities.error.emptyText", new Object[0], "is empty");
		}
		if (text.length() > MAX_TEXT) {
			throw new InvalidInputException("text", "opportunities.error.textTooLong", new Object[] { MAX_TEXT },
					"is longer than " + MAX_TEXT + " characters");
		}
		String hash = contentHash(text);
		Optional<OpportunityDraft> known = this.store.byHash(workspaceId, hash);
		if (known.isPresent()) {
			return known.get().asDuplicate();
		}
		LocalDate documentDate = (submission.documentDate() != null) ? submission.documentDate()
				: this.calendar.today(workspaceId);
		TaskOutcome<OpportunityExtraction> outcome = this.extractor.extract(workspaceId,
				new ExtractionRequest(text, documentDate, leadSources(workspaceId)));
		OpportunityExtraction extraction = outcome.result();
		Map<String, String> values = new LinkedHashMap<>();
		extraction.fields().forEach((key, field) -> {
			if (field.value() != null) {
				values.put(key, field.value());
			}
		});
		List<String> registries = RegistryNumbers.find(text);
		if (!registries.isEmpty()) {
			values.put(CompanyClueReader.REGISTRY_NUMBERS, String.join(" ", registries));
		}
		AccountMatch accountMatch = this.reasons.explained(workspaceId,
				this.directory.matchAccount(workspaceId, CompanyClueReader.read(text, values)));
		AccountMatch contactMatch = this.directory.matchContact(workspaceId,
				(accountMatch.kind() == AccountMatch.Kind.SURE) ? accountMatch.existingId() : null,
				extraction.contactName(), values.get("email"), values.get("phone"));
		if (contactMatch.existingId() != null) {
			contactMatch = this.reasons.withContactChanges(workspaceId, contactMatch,
					this.directory.contact(workspaceId, contactMatch.existingId()).orElse(null), values.get("email"),
					values.get("phone"));
		}
		OpportunityMatch opportunityMatch = (accountMatch.existingId() != null) ? OpportunityMatcher
			.match(text, values, extraction, documentDate,
					this.directory.opportunitiesOf(workspaceId, accountMatch.existingId()),
					this.store.lastActivity(workspaceId, accountMatch.existingId()))
			.map((found) -> this.reasons.deal(workspaceId, found))
			.orElse(null) : null;
		UUID id = UUID.randomUUID();
		try {
			this.store.insert(new DraftStore.NewDraft(id, workspaceId, submission.sourceKind(), submission.sourceName(),
					hash, text, documentDate, extraction, values, outcome.engine(), accountMatch, contactMatch,
					opportunityMatch, actor));
		}
		catch (DuplicateKeyException ex) {
			return this.store.byHash(workspaceId, hash).orElseThrow().asDuplicate();
		}
		return autoApprove(this.store.find(workspaceId, id).orElseThrow());
	}

	@Override
	public OpportunityDraft submitFile(UUID workspaceId, String actor, @Nullable String fileName, byte[] content,
			@Nullable LocalDate documentDate, @Nullable String language) {
		return submit(workspaceId, actor, this.files.read(fileName, content, documentDate, language));
	}

	private OpportunityDraft autoApprove(OpportunityDraft draft) {
		Optional<Double> threshold = this.settings.get(draft.workspaceId(), AUTO_APPROVE_PREFIX + draft.sourceKind())
			.flatMap(OpportunityCaptureService::parseDouble);
		if (threshold.isEmpty() || draft.confidence() < threshold.get() || draft.needsReview()
				|| draft.values().get("accountName") == null) {
			return draft;
		}
		return approve(draft.workspaceId(), "ai", draft.id(), new Approval(Map.of(), null, null,
				"auto-approved: confidence " + draft.confidence() + " >= " + threshold.get()));
	}

	@Override
	public Optional<OpportunityDraft> draft(UUID workspaceId, UUID id) {
		return this.store.find(workspaceId, id);
	}

	@Override
	public UUID approvedOpportunity(UUID workspaceId, UUID draftId) {
		OpportunityDraft draft = this.store.find(workspaceId, draftId)
			.orElseThrow(() -> new NotFoundException("draft"));
		if (draft.opportunityId() == null) {
			throw new InvalidInputException("id", "opportunities.salesforce.approveFirst", new Object[0],
					"approve the draft before pushing it");
		}
		return draft.opportunityId();
	}

	@Override
	public PageResponse<OpportunityDraft> drafts(UUID workspaceId, OpportunityDraft.@Nullable Status status,
			PageQuery page) {
		return this.store.page(workspaceId, status, page);
	}

	@Override
	public Optional<OpportunityDraft> latest(UUID workspaceId) {
		return drafts(workspaceId, null, new PageQuery(0, 1)).items().stream().findFirst();
	}

	@Override
	@Transactional
	public OpportunityDraft approve(UUID workspaceId, String actor, UUID id, Approval approval) {
		return this.approval.approve(workspaceId, actor, id, approval);
	}

	@Override
	@Transactional
	public OpportunityDraft reject(UUID workspaceId, String actor, UUID id, @Nullable String reason) {
		OpportunityDraft draft = this.store.find(workspaceId, id).orElseThrow(() -> new NotFoundException("draft"));
		DraftApproval.requireUndecided(draft);
		this.store.rejected(workspaceId, id, actor, reason);
		this.journal.record(AuditEvent.of(workspaceId, "opportunities.draft.rejected", "opportunity-draft",
				id.toString(), reason, Map.of("confidence", draft.confidence())));
		return this.store.find(workspaceId, id).orElseThrow();
	}

	List<String> leadSources(UUID workspaceId) {
		return this.settings.get(workspaceId, LEAD_SOURCES_KEY)
			.map((value) -> List.of(value.split("\\s*\\|\\s*")))
			.filter((list) -> !list.isEmpty())
			.orElse(ExtractionRequest.DEFAULT_LEAD_SOURCES);
	}

	/** The hash under which a text is captured once per workspace (spacing ignored). */
	static String contentHash(String text) {
		return SecureTokens.hash(text.strip().replaceAll("\\s+", " "));
	}

	private static Optional<Double> parseDouble(String value) {
		try {
			return Optional.of(Double.parseDouble(value));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

}

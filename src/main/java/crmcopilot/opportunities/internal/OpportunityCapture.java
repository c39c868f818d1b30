package crmcopilot.opportunities.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import crmcopilot.shared.PageQuery;
import crmcopilot.shared.PageResponse;

import org.jspecify.annotations.Nullable;

/**
 * The capture pipeline: a text (typed, pasted, read from an email, a document, a memo or
 * a tender) becomes a draft once (content hash), matched against the CRM; a reviewer
 * approves it into an account, a contact and an opportunity, or rejects it.
 */
public interface OpportunityCapture {

	/** Source kinds. */
	String TEXT = "text";

	String EMAIL = "email";

	String DOCUMENT = "document";

	String AUDIO = "audio";

	String TENDER = "tender";

	OpportunityDraft submit(UUID workspaceId, String actor, Submission submission);

	/**
	 * A file read by its content: email (.eml), text, image or PDF (OCR), audio
	 * (speech-to-text). Bad or unsupported files are rejected with a clear message.
	 */
	default OpportunityDraft submitFile(UUID workspaceId, String actor, @Nullable String fileName, byte[] content,
			@Nullable LocalDate documentDate) {
		return submitFile(workspaceId, actor, fileName, content, documentDate, null);
	}

	/**
	 * A file, as above; audio is transcribed in the given language.
	 * @param language ISO 639-1 code of the speech ({@code fr}, {@code en}), or null to
	 * let the engine detect it
	 */
	OpportunityDraft submitFile(UUID workspaceId, String actor, @Nullable String fileName, byte[] content,
			@Nullable LocalDate documentDate, @Nullable String language);

	Optional<OpportunityDraft> draft(UUID workspaceId, UUID id);

	/**
	 * The CRM opportunity an approved draft created (what a Salesforce push sends).
	 * @throws crmcopilot.shared.NotFoundException when there is no such draft
	 * @throws crmcopilot.shared.InvalidInputException when the draft is not approved
	 */
	UUID approvedOpportunity(UUID workspaceId, UUID draftId);

	PageResponse<OpportunityDraft> drafts(UUID workspaceId, OpportunityDraft.@Nullable Status status, PageQuery page);

	/** The most recently processed draft, for "create the account from the last text". */
	Optional<OpportunityDraft> latest(UUID workspaceId);

	OpportunityDraft approve(UUID workspaceId, String actor, UUID id, Approval approval);

	OpportunityDraft reject(UUID workspaceId, String actor, UUID id, @Nullable String reason);

	/**
	 * @param documentDate the document's date (relative dates and the default close date
	 * start from it); today when null
	 */
	record Submission(String sourceKind, @Nullable String sourceName, String text, @Nullable LocalDate documentDate) {
	}

	/**
	 * @param values edited field values (missing keys keep the draft's values)
	 * @param accountChoice {@code new}, {@code link:<account id>}, or null to follow a
	 * sure match
	 * @param contactChoice {@code new}, {@code link:<contact id>}, {@code none}, or null
	 * likewise
	 * @param opportunityChoice {@code new}, {@code update:<opportunity id>}, or null to
	 * update the draft's sure opportunity match (and create otherwise)
	 */
	record Approval(Map<String, String> values, @Nullable String accountChoice, @Nullable String contactChoice,
			@Nullable String note, @Nullable String opportunityChoice) {

		public Approval(Map<String, String> values, @Nullable String accountChoice, @Nullable String contactChoice,
				@Nullable String note) {
			this(values, accountChoice, contactChoice, note, null);
		}

	}

}

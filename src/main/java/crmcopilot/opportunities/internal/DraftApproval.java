package crmcopilot.opportunities.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import crmcopilot.audit.AuditEvent;
import crmcopilot.audit.AuditJournal;
import crmcopilot.crm.AccountDirectory;
import crmcopilot.crm.AccountMatch;
import crmcopilot.crm.CompanyClues;
import crmcopilot.crm.Opportunity;
import crmcopilot.opportunities.internal.OpportunityCapture.Approval;
import crmcopilot.shared.InvalidInputException;
import crmcopilot.shared.NotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * A reviewer's (or the auto-approval's) decision on a draft: the corrected values, the
 * account and contact linked or created, the opportunity created in the CRM (or the open
 * one the draft is about updated), the journal entry and the {@link OpportunityApproved}
 * event.
 */
@Component
class DraftApproval {

	/** The contact's role on the opportunity when the reviewer chose none. */
	static final String DEFAULT_CONTACT_ROLE = "Decision Maker";

	private final DraftStore store;

	private final AccountDirectory directory;

	private final AuditJournal journal;

	private final ApplicationEventPublisher events;

	private final OpportunityUpdates updates;

	private final FollowUpService followUps;

	DraftApproval(DraftStore store, AccountDirectory directory, AuditJournal journal, ApplicationEventPublisher events,
			OpportunityUpdates updates, FollowUpService followUps) {
		this.updates = updates;
		this.followUps = followUps;
		this.store = store;
		this.directory = directory;
		this.journal = journal;
		this.events = events;
	}

	OpportunityDraft approve(UUID workspaceId, String actor, UUID id, Approval approval) {
		OpportunityDraft draft = this.store.find(workspaceId, id).orElseThrow(() -> new NotFoundException("draft"));
		requireUndecided(draft);
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
			throw new InvalidInputException("accountName", "opportunities.error.accountRequired", new Object[0],
					"is required");
		}
		LocalDate closeDate = date(values.get("closeDate"));
		Double amount = amount(values.get("amount"));
		UUID accountId = account(workspaceId, accountName, values, approval.accountChoice(), draft.text());
		this.directory.rememberAccountClues(workspaceId, accountId, rememberedClues(values));
		UUID contactId = contact(workspaceId, accountId, values, approval.contactChoice());
		Optional<Opportunity> deal = this.updates.target(workspaceId, draft, approval.opportunityChoice(), accountId);
		Opportunity opportunity = deal.orElseGet(() -> this.directory.createOpportunity(workspaceId,
				new AccountDirectory.NewOpportunity(accountId, contactId,
						values.getOrDefault("opportunityName", accountName),
						values.getOrDefault("stage", RuleBasedOpportunityExtractor.STAGE), closeDate,
						values.get("type"), values.get("leadSource"), values.get("country"), amount,
						values.get("currency"), values.get("description"), values.get("nextStep"), id.toString(),
						values.getOrDefault("contactRole", (contactId != null) ? DEFAULT_CONTACT_ROLE : null))));
		List<OpportunityMatch.FieldChange> changes = deal.isPresent()
				? this.updates.apply(workspaceId, opportunity, draft, values, amount, closeDate) : List.of();
		this.store.approved(workspaceId, id, values, accountId, contactId, opportunity.id(), deal.isPresent(), actor,
				approval.note());
		List<FollowUp> followUps = this.followUps.createFor(draft, actor.equals("ai") ? draft.createdBy() : actor,
				opportunity.id(), accountId);
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("opportunityId", opportunity.id().toString());
		details.put("followUps", followUps.size());
		details.put("accountId", accountId.toString());
		details.put("opportunityName", opportunity.name());
		details.put("confidence", draft.confidence());
		details.put("edited", changedKeys(draft.values(), values));
		if (deal.isPresent()) {
			details.put("opportunityUpdated", true);
			details.put("changes",
					changes.stream()
						.map((c) -> c.field() + ": " + ((c.old() != null) ? c.old() : "-") + " -> " + c.proposed())
						.toList());
		}
		AuditEvent event = AuditEvent.of(workspaceId, "opportunities.draft.approved", "opportunity-draft",
				id.toString(), approval.note(), details);
		this.journal.record(actor.equals("ai") ? event.by("ai", "ai") : event);
		this.events.publishEvent(new OpportunityApproved(workspaceId, id, opportunity.id(), accountId));
		return this.store.find(workspaceId, id).orElseThrow();
	}

	static void requireUndecided(OpportunityDraft draft) {
		if (draft.status() != OpportunityDraft.Status.DRAFT) {
			throw new InvalidInputException("status", "opportunities.error.alreadyDecided." + draft.status().name(),
					new Object[0], "this draft is already " + draft.status().name().toLowerCase());
		}
	}

	/**
	 * What the account is found by next time: the contact's company e-mail domain, the
	 * website and the registry numbers (not every address of the text: a forwarded e-mail
	 * holds our own).
	 */
	private static CompanyClues rememberedClues(Map<String, String> values) {
		String registries = values.get(CompanyClueReader.REGISTRY_NUMBERS);
		return new CompanyClues(null, (values.get("email") != null) ? List.of(values.get("email")) : List.of(),
				List.of(), (registries != null) ? List.of(registries.split("\\s+")) : List.of(), values.get("website"));
	}

	private UUID account(UUID workspaceId, String accountName, Map<String, String> values, @Nullable String choice,
			String text) {
		if (choice != null && choice.startsWith("link:")) {
			UUID existing = uuid("accountChoice", choice.substring(5));
			return this.directory.account(workspaceId, existing)
				.orElseThrow(() -> new InvalidInputException("accountChoice", "opportunities.error.noSuchAccount",
						new Object[0], "no such account"))
				.id();
		}
		if (!"new".equals(choice)) {
			AccountMatch match = this.directory.matchAccount(workspaceId, CompanyClueReader.read(text, values));
			if (match.kind() == AccountMatch.Kind.SURE && match.existingId() != null) {
				return match.existingId();
			}
			if (match.kind() == AccountMatch.Kind.UNCERTAIN) {
				throw new InvalidInputException("accountChoice", "opportunities.error.accountLooksLike",
						new Object[] { accountName, match.existingName(), match.reason() },
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
			this.directory.contact(workspaceId, existing)
				.orElseThrow(() -> new InvalidInputException("contactChoice", "opportunities.error.noSuchContact",
						new Object[0], "no such contact"));
			return this.directory.updateContactPoints(workspaceId, existing, values.get("email"), values.get("phone"))
				.id();
		}
		String first = values.get("contactFirstName");
		String last = values.get("contactLastName");
		String email = values.get("email");
		String phone = values.get("phone");
		if (first == null && last == null && email == null) {
			return null;
		}
		String fullName = (((first != null) ? first + " " : "") + ((last != null) ? last : "")).trim();
		if (!"new".equals(choice)) {
			AccountMatch match = this.directory.matchContact(workspaceId, accountId, fullName, email, phone);
			if (match.kind() == AccountMatch.Kind.SURE && match.existingId() != null) {
				return this.directory.updateContactPoints(workspaceId, match.existingId(), email, phone).id();
			}
			if (match.kind() == AccountMatch.Kind.UNCERTAIN) {
				throw new InvalidInputException("contactChoice", "opportunities.error.contactLooksLike",
						new Object[] { fullName, match.existingName() },
						"\"" + fullName + "\" looks like the existing contact \"" + match.existingName()
								+ "\": choose link or new");
			}
		}
		return this.directory
			.createContact(workspaceId,
					new AccountDirectory.NewContact(accountId, first, last, values.get("contactTitle"), email, phone))
			.id();
	}

	private static List<String> changedKeys(Map<String, String> before, Map<String, String> after) {
		Set<String> keys = new TreeSet<>(before.keySet());
		keys.addAll(after.keySet());
		return keys.stream().filter((k) -> !Objects.equals(before.get(k), after.get(k))).toList();
	}

	private static LocalDate date(@Nullable String value) {
		if (value == null) {
			throw new InvalidInputException("closeDate", "opportunities.error.closeDateRequired", new Object[0],
					"is required");
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException("closeDate", "opportunities.error.closeDateFormat", new Object[0],
					"must be a date (YYYY-MM-DD)");
		}
	}

	private static @Nullable Double amount(@Nullable String value) {
		if (value == null) {
			return null;
		}
		BigDecimal amount;
		try {
			amount = new BigDecimal(value.replaceAll("[\\s\\u00a0\\u202f]", "").replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException("amount", "opportunities.error.amountFormat", new Object[0],
					"must be a number");
		}
		if (amount.signum() < 0) {
			throw new InvalidInputException("amount", "opportunities.error.amountNegative", new Object[0],
					"must not be negative");
		}
		return amount.doubleValue();
	}

	static UUID uuid(String field, String value) {
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException(field, "opportunities.error.notAnId", new Object[0], "is not an id");
		}
	}

}

package crmcopilot.opportunities.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import crmcopilot.crm.AccountDirectory;
import crmcopilot.crm.Opportunity;
import crmcopilot.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The approval of a draft about an open opportunity: the opportunity it updates (the
 * reviewer's choice, else a sure match of the same account) and the fields changed.
 */
@Component
class OpportunityUpdates {

	/** The opportunity's fields a note may change. */
	static final List<String> FIELDS = List.of("amount", "stage", "closeDate", "nextStep");

	private final AccountDirectory directory;

	OpportunityUpdates(AccountDirectory directory) {
		this.directory = directory;
	}

	/**
	 * The opportunity to update, or empty to create one.
	 * @param choice {@code new}, {@code update:<id>}, or null to follow a sure match
	 * @param accountId the account the draft is approved onto
	 */
	Optional<Opportunity> target(UUID workspaceId, OpportunityDraft draft, @Nullable String choice, UUID accountId) {
		UUID id;
		if ("new".equals(choice)) {
			return Optional.empty();
		}
		else if (choice != null && choice.startsWith("update:")) {
			id = DraftApproval.uuid("opportunityChoice", choice.substring(7));
		}
		else if (draft.opportunityMatch() != null && draft.opportunityMatch().level() == OpportunityMatch.Level.SURE) {
			id = draft.opportunityMatch().id();
		}
		else {
			return Optional.empty();
		}
		Opportunity deal = this.directory.opportunity(workspaceId, id)
			.orElseThrow(() -> new InvalidInputException("opportunityChoice", "opportunities.error.noSuchOpportunity",
					new Object[0], "no such opportunity"));
		if (!accountId.equals(deal.accountId())) {
			if (choice == null) {
				return Optional.empty();
			}
			throw new InvalidInputException("opportunityChoice", "opportunities.error.opportunityOfAnotherAccount",
					new Object[] { deal.name() }, "the opportunity belongs to another account");
		}
		return Optional.of(deal);
	}

	/**
	 * Writes the changes the draft proposed for this opportunity and the reviewer's edits
	 * of the same fields; returns them old → new.
	 */
	List<OpportunityMatch.FieldChange> apply(UUID workspaceId, Opportunity deal, OpportunityDraft draft,
			Map<String, String> values, @Nullable Double amount, LocalDate closeDate) {
		Set<String> fields = new LinkedHashSet<>();
		if (draft.opportunityMatch() != null && draft.opportunityMatch().id().equals(deal.id())) {
			draft.opportunityMatch().changes().forEach((change) -> fields.add(change.field()));
		}
		FIELDS.stream()
			.filter((field) -> !Objects.equals(draft.values().get(field), values.get(field)))
			.forEach(fields::add);
		Double newAmount = fields.contains("amount") ? amount : deal.amount();
		String stage = fields.contains("stage") ? values.getOrDefault("stage", deal.stage()) : deal.stage();
		LocalDate newClose = fields.contains("closeDate") ? closeDate : deal.closeDate();
		String nextStep = fields.contains("nextStep") ? values.get("nextStep") : deal.nextStep();
		List<OpportunityMatch.FieldChange> changes = new ArrayList<>();
		change(changes, "amount", plain(deal.amount()), plain(newAmount));
		change(changes, "stage", deal.stage(), stage);
		change(changes, "closeDate", deal.closeDate().toString(), newClose.toString());
		change(changes, "nextStep", deal.nextStep(), nextStep);
		this.directory.reviseOpportunity(workspaceId, deal.id(),
				new AccountDirectory.OpportunityRevision(newAmount, stage, newClose, nextStep));
		return changes;
	}

	private static void change(List<OpportunityMatch.FieldChange> changes, String field, @Nullable String old,
			@Nullable String proposed) {
		if (proposed != null && !proposed.equals(old)) {
			changes.add(new OpportunityMatch.FieldChange(field, old, proposed));
		}
	}

	private static @Nullable String plain(@Nullable Double amount) {
		return (amount != null) ? BigDecimal.valueOf(amount).stripTrailingZeros().toPlainString() : null;
	}

}

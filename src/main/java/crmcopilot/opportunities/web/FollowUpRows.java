package crmcopilot.opportunities.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import crmcopilot.crm.Account;
import crmcopilot.crm.AccountDirectory;
import crmcopilot.crm.Opportunity;
import crmcopilot.opportunities.internal.FollowUp;
import crmcopilot.opportunities.internal.FollowUpService;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Follow-ups as their owner reads them: the due date in words ("demain", "en retard de 3
 * jours", "vendredi 11 décembre"), with the account and the deal they are about.
 */
@Component
class FollowUpRows {

	private final FollowUpService followUps;

	private final AccountDirectory directory;

	private final MessageSource messages;

	FollowUpRows(FollowUpService followUps, AccountDirectory directory, MessageSource messages) {
		this.followUps = followUps;
		this.directory = directory;
		this.messages = messages;
	}

	/**
	 * @param due when it is due, in words ("demain", "en retard de 3 jours")
	 * @param date the due date written out ("vendredi 11 décembre 2026")
	 */
	record Row(FollowUp followUp, boolean overdue, String due, String date, @Nullable Account account,
			@Nullable Opportunity deal) {

	}

	/** The owner's open follow-ups, overdue first, at most {@code limit}. */
	List<Row> openOf(UUID workspaceId, String owner, int limit, Locale locale) {
		LocalDate today = this.followUps.today(workspaceId);
		Map<UUID, @Nullable Account> accounts = new HashMap<>();
		return this.followUps.openOf(workspaceId, owner)
			.stream()
			.limit(limit)
			.map((f) -> new Row(f, f.overdue(today), due(f.dueDate(), today, locale),
					f.dueDate().format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale)),
					(f.accountId() != null) ? accounts.computeIfAbsent(f.accountId(),
							(id) -> this.directory.account(workspaceId, id).orElse(null)) : null,
					(f.opportunityId() != null)
							? this.directory.opportunity(workspaceId, f.opportunityId()).orElse(null) : null))
			.toList();
	}

	private String due(LocalDate due, LocalDate today, Locale locale) {
		long days = ChronoUnit.DAYS.between(today, due);
		if (days < 0) {
			return this.messages.getMessage("opportunities.followup.when.late", new Object[] { -days }, locale);
		}
		if (days <= 1) {
			return this.messages.getMessage("opportunities.followup.when." + days, null, locale);
		}
		return this.messages.getMessage("opportunities.followup.when.later", new Object[] { days }, locale);
	}

}

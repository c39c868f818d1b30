package crmcopilot.crm;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import crmcopilot.shared.PageQuery;
import crmcopilot.shared.PageResponse;

import org.jspecify.annotations.Nullable;

/**
 * The local CRM's accounts, contacts and opportunities, every call scoped by workspace,
 * with de-duplication: registry numbers, contacts' e-mails and phones, company domains
 * and names compared word by word (legal forms, accents, abbreviations, typos) inside
 * blocks of accounts sharing a key.
 */
public interface AccountDirectory {

	Account createAccount(UUID workspaceId, NewAccount account);

	Contact createContact(UUID workspaceId, NewContact contact);

	Opportunity createOpportunity(UUID workspaceId, NewOpportunity opportunity);

	/**
	 * Writes a reviewed change of an opportunity (a note about the same deal) onto it.
	 * @return the opportunity as changed
	 */
	Opportunity reviseOpportunity(UUID workspaceId, UUID id, OpportunityRevision revision);

	Optional<Account> account(UUID workspaceId, UUID id);

	Optional<Contact> contact(UUID workspaceId, UUID id);

	Optional<Opportunity> opportunity(UUID workspaceId, UUID id);

	PageResponse<Account> accounts(UUID workspaceId, @Nullable String search, PageQuery page);

	PageResponse<Contact> contacts(UUID workspaceId, @Nullable String search, PageQuery page);

	PageResponse<Opportunity> opportunities(UUID workspaceId, @Nullable String search, PageQuery page);

	List<Contact> contactsOf(UUID workspaceId, UUID accountId);

	List<Opportunity> opportunitiesOf(UUID workspaceId, UUID accountId);

	/** The existing account a note's company clues point to, and why. */
	AccountMatch matchAccount(UUID workspaceId, CompanyClues clues);

	default AccountMatch matchAccount(UUID workspaceId, String name) {
		return matchAccount(workspaceId, CompanyClues.ofName(name));
	}

	/**
	 * Keeps the company domains and registry numbers of the clues as keys of the account,
	 * so the next note that gives them finds it.
	 */
	void rememberAccountClues(UUID workspaceId, UUID accountId, CompanyClues clues);

	/**
	 * Gives a contact a newer e-mail or phone; the one it replaces is kept as the
	 * contact's secondary e-mail or phone, never dropped.
	 */
	Contact updateContactPoints(UUID workspaceId, UUID contactId, @Nullable String email, @Nullable String phone);

	/** The account's registry numbers as {@code type:value} (siren:..., ninea:...). */
	List<String> registryNumbers(UUID workspaceId, UUID accountId);

	AccountMatch matchContact(UUID workspaceId, @Nullable UUID accountId, @Nullable String fullName,
			@Nullable String email, @Nullable String phone);

	long countOpportunities(UUID workspaceId);

	record NewAccount(String name, @Nullable String country, @Nullable String city, @Nullable String industry,
			@Nullable String website, @Nullable String phone) {
	}

	record NewContact(@Nullable UUID accountId, @Nullable String firstName, @Nullable String lastName,
			@Nullable String title, @Nullable String email, @Nullable String phone) {
	}

	/** The fields of an opportunity a later note may change. */
	record OpportunityRevision(@Nullable Double amount, String stage, LocalDate closeDate, @Nullable String nextStep) {
	}

	record NewOpportunity(@Nullable UUID accountId, @Nullable UUID contactId, String name, String stage,
			LocalDate closeDate, @Nullable String type, @Nullable String leadSource, @Nullable String country,
			@Nullable Double amount, @Nullable String currency, @Nullable String description, @Nullable String nextStep,
			@Nullable String sourceRef, @Nullable String contactRole) {

		public NewOpportunity(@Nullable UUID accountId, @Nullable UUID contactId, String name, String stage,
				LocalDate closeDate, @Nullable String type, @Nullable String leadSource, @Nullable String country,
				@Nullable Double amount, @Nullable String currency, @Nullable String description,
				@Nullable String nextStep, @Nullable String sourceRef) {
			this(accountId, contactId, name, stage, closeDate, type, leadSource, country, amount, currency, description,
					nextStep, sourceRef, null);
		}

	}

}

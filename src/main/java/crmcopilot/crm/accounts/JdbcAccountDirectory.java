package crmcopilot.crm.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import crmcopilot.crm.Account;
import crmcopilot.crm.AccountDirectory;
import crmcopilot.crm.AccountMatch;
import crmcopilot.crm.AccountNameNormaliser;
import crmcopilot.crm.CompanyClues;
import crmcopilot.crm.Contact;
import crmcopilot.crm.Opportunity;
import crmcopilot.shared.InvalidInputException;
import crmcopilot.shared.NotFoundException;
import crmcopilot.shared.PageQuery;
import crmcopilot.shared.PageResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcAccountDirectory implements AccountDirectory {

	private final JdbcClient jdbc;

	private final AccountMatcher matcher;

	private final AccountKeys keys;

	JdbcAccountDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.keys = new AccountKeys(jdbc);
		this.matcher = new AccountMatcher(jdbc, this, this.keys);
	}

	@Override
	@Transactional
	public Account createAccount(UUID workspaceId, NewAccount account) {
		String name = required("name", account.name(), 255);
		String key = AccountNameNormaliser.normalise(name);
		if (key.isEmpty()) {
			throw new InvalidInputException("name", "crm.error.nameWithoutLetters", new Object[0],
					"must contain letters or digits");
		}
		UUID id = UUID.randomUUID();
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		this.jdbc.sql("""
				INSERT INTO crm_accounts (id, workspace_id, name, name_key, block_key, token_block_key, country, city,
				  industry, website, phone, external_id, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, workspaceId, name, key, AccountMatcher.blockKey(key), AccountMatcher.tokenBlockKey(key),
					trim(account.country(), 80), trim(account.city(), 120), trim(account.industry(), 120),
					trim(account.website(), 255), trim(account.phone(), 32), id.toString(), now, now)
			.update();
		this.keys.remember(workspaceId, id,
				AccountKeys.keysOf(name, new CompanyClues(name, List.of(), List.of(), List.of(), account.website())));
		return account(workspaceId, id).orElseThrow();
	}

	@Override
	@Transactional
	public Contact createContact(UUID workspaceId, NewContact contact) {
		if (contact.accountId() != null && account(workspaceId, contact.accountId()).isEmpty()) {
			throw new InvalidInputException("accountId", "crm.error.noSuchAccount", new Object[0], "no such account");
		}
		String full = ((contact.firstName() != null ? contact.firstName() : "") + " "
				+ (contact.lastName() != null ? contact.lastName() : ""))
			.trim();
		if (full.isEmpty() && contact.email() == null) {
			throw new InvalidInputException("lastName", "crm.error.contactWithoutName", new Object[0],
					"a contact needs a name or an email");
		}
		UUID id = UUID.randomUUID();
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		this.jdbc.sql("""
				INSERT INTO crm_contacts (id, workspace_id, account_id, first_name, last_name, name_key, title, email,
				  phone, external_id, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, workspaceId, contact.accountId(), trim(contact.firstName(), 120), trim(contact.lastName(), 120),
					AccountNameNormaliser.normalise(full), trim(contact.title(), 160),
					(contact.email() != null) ? trim(contact.email().toLowerCase(Locale.ROOT), 254) : null,
					trim(contact.phone(), 32), id.toString(), now, now)
			.update();
		if (contact.accountId() != null) {
			this.keys.remember(workspaceId, contact.accountId(), AccountKeys.domainKeys(new CompanyClues(null,
					(contact.email() != null) ? List.of(contact.email()) : List.of(), List.of(), List.of(), null)));
		}
		return contact(workspaceId, id).orElseThrow();
	}

	@Override
	@Transactional
	public Opportunity createOpportunity(UUID workspaceId, NewOpportunity opportunity) {
		String name = required("name", opportunity.name(), 255);
		String stage = required("stage", opportunity.stage(), 80);
		if (opportunity.accountId() != null && account(workspaceId, opportunity.accountId()).isEmpty()) {
			throw new InvalidInputException("accountId", "crm.error.noSuchAccount", new Object[0], "no such account");
		}
		if (opportunity.contactId() != null && contact(workspaceId, opportunity.contactId()).isEmpty()) {
			throw new InvalidInputException("contactId", "crm.error.noSuchContact", new Object[0], "no such contact");
		}
		if (opportunity.amount() != null && opportunity.amount() < 0) {
			throw new InvalidInputException("amount", "crm.error.negativeAmount", new Object[0],
					"must not be negative");
		}
		UUID id = UUID.randomUUID();
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		this.jdbc.sql("""
				INSERT INTO crm_opportunities (id, workspace_id, account_id, contact_id, name, stage, close_date, type,
				  lead_source, country, amount, currency, description, next_step, source_ref, external_id,
				  created_at, updated_at, contact_role)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, workspaceId, opportunity.accountId(), opportunity.contactId(), name, stage,
					opportunity.closeDate(), trim(opportunity.type(), 80), trim(opportunity.leadSource(), 80),
					trim(opportunity.country(), 80), opportunity.amount(), trim(opportunity.currency(), 3),
					opportunity.description(), trim(opportunity.nextStep(), 255), trim(opportunity.sourceRef(), 64),
					id.toString(), now, now, trim(opportunity.contactRole(), 80))
			.update();
		return opportunity(workspaceId, id).orElseThrow();
	}

	@Override
	public Opportunity reviseOpportunity(UUID workspaceId, UUID id, OpportunityRevision revision) {
		if (revision.amount() != null && revision.amount() < 0) {
			throw new InvalidInputException("amount", "crm.error.negativeAmount", new Object[0],
					"must not be negative");
		}
		int updated = this.jdbc.sql("""
				UPDATE crm_opportunities SET amount = ?, stage = ?, close_date = ?, next_step = ?, updated_at = ?
				WHERE workspace_id = ? AND id = ?""")
			.params(revision.amount(), trim(revision.stage(), 80), revision.closeDate(), trim(revision.nextStep(), 255),
					OffsetDateTime.now(ZoneOffset.UTC), workspaceId, id)
			.update();
		if (updated == 0) {
			throw new NotFoundException("no such opportunity");
		}
		return opportunity(workspaceId, id).orElseThrow();
	}

	@Override
	public Optional<Account> account(UUID workspaceId, UUID id) {
		return find("crm_accounts", workspaceId, id, JdbcAccountDirectory::account);
	}

	@Override
	public Optional<Contact> contact(UUID workspaceId, UUID id) {
		return find("crm_contacts", workspaceId, id, JdbcAccountDirectory::contact);
	}

	@Override
	public Optional<Opportunity> opportunity(UUID workspaceId, UUID id) {
		return find("crm_opportunities", workspaceId, id, JdbcAccountDirectory::opportunity);
	}

	@Override
	public PageResponse<Account> accounts(UUID workspaceId, @Nullable String search, PageQuery page) {
		String like = like(search);
		String where = "workspace_id = ?" + ((like != null) ? " AND name_key LIKE ?" : "");
		Object[] params = (like != null) ? new Object[] { workspaceId, like } : new Object[] { workspaceId };
		return page("crm_accounts", where, params, "name", page, JdbcAccountDirectory::account);
	}

	@Override
	public PageResponse<Contact> contacts(UUID workspaceId, @Nullable String search, PageQuery page) {
		String like = like(search);
		String where = "workspace_id = ?"
				+ ((like != null) ? " AND (name_key LIKE ? OR LOWER(COALESCE(email, '')) LIKE ?)" : "");
		Object[] params = (like != null) ? new Object[] { workspaceId, like, like } : new Object[] { workspaceId };
		return page("crm_contacts", where, params, "last_name, first_name", page, JdbcAccountDirectory::contact);
	}

	@Override
	public PageResponse<Opportunity> opportunities(UUID workspaceId, @Nullable String search, PageQuery page) {
		String raw = (search == null || search.isBlank()) ? null
				: "%" + search.toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
		String where = "workspace_id = ?" + ((raw != null) ? " AND LOWER(name) LIKE ?" : "");
		Object[] params = (raw != null) ? new Object[] { workspaceId, raw } : new Object[] { workspaceId };
		return page("crm_opportunities", where, params, "created_at DESC", page, JdbcAccountDirectory::opportunity);
	}

	@Override
	public List<Contact> contactsOf(UUID workspaceId, UUID accountId) {
		return this.jdbc.sql("SELECT * FROM crm_contacts WHERE workspace_id = ? AND account_id = ? ORDER BY last_name")
			.params(workspaceId, accountId)
			.query(JdbcAccountDirectory::contact)
			.list();
	}

	@Override
	public List<Opportunity> opportunitiesOf(UUID workspaceId, UUID accountId) {
		return this.jdbc
			.sql("SELECT * FROM crm_opportunities WHERE workspace_id = ? AND account_id = ? ORDER BY created_at DESC")
			.params(workspaceId, accountId)
			.query(JdbcAccountDirectory::opportunity)
			.list();
	}

	@Override
	public long countOpportunities(UUID workspaceId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM crm_opportunities WHERE workspace_id = ?")
			.param(workspaceId)
			.query(Long.class)
			.single();
	}

	@Override
	public AccountMatch matchAccount(UUID workspaceId, CompanyClues clues) {
		return this.matcher.matchAccount(workspaceId, clues);
	}

	@Override
	@Transactional
	public void rememberAccountClues(UUID workspaceId, UUID accountId, CompanyClues clues) {
		Set<String> remembered = new LinkedHashSet<>(AccountKeys.domainKeys(clues));
		remembered.addAll(AccountKeys.registryKeys(clues));
		this.keys.remember(workspaceId, accountId, remembered);
	}

	@Override
	@Transactional
	public Contact updateContactPoints(UUID workspaceId, UUID contactId, @Nullable String email,
			@Nullable String phone) {
		Contact contact = contact(workspaceId, contactId).orElseThrow(() -> new InvalidInputException("contactId",
				"crm.error.noSuchContact", new Object[0], "no such contact"));
		String newEmail = (email != null) ? trim(email.toLowerCase(Locale.ROOT), 254) : null;
		String newPhone = trim(phone, 32);
		boolean emailChanged = newEmail != null && !newEmail.equals(contact.email());
		boolean phoneChanged = newPhone != null && !newPhone.equals(contact.phone());
		if (emailChanged || phoneChanged) {
			this.jdbc
				.sql("""
						UPDATE crm_contacts SET email = ?, secondary_email = ?, phone = ?, secondary_phone = ?, updated_at = ?
						WHERE workspace_id = ? AND id = ?""")
				.params(emailChanged ? newEmail : contact.email(),
						(emailChanged && contact.email() != null) ? contact.email() : contact.secondaryEmail(),
						phoneChanged ? newPhone : contact.phone(),
						(phoneChanged && contact.phone() != null) ? contact.phone() : contact.secondaryPhone(),
						OffsetDateTime.now(ZoneOffset.UTC), workspaceId, contactId)
				.update();
		}
		return contact(workspaceId, contactId).orElseThrow();
	}

	@Override
	public List<String> registryNumbers(UUID workspaceId, UUID accountId) {
		return this.keys.strongKeys(workspaceId, List.of(accountId))
			.getOrDefault(accountId, Set.of())
			.stream()
			.filter((key) -> key.startsWith(AccountKeys.REGISTRY))
			.map((key) -> key.substring(AccountKeys.REGISTRY.length()))
			.sorted()
			.toList();
	}

	@Override
	public AccountMatch matchContact(UUID workspaceId, @Nullable UUID accountId, @Nullable String fullName,
			@Nullable String email, @Nullable String phone) {
		return this.matcher.matchContact(workspaceId, accountId, fullName, email, phone);
	}

	private static @Nullable String like(@Nullable String search) {
		if (search == null || search.isBlank()) {
			return null;
		}
		return "%" + AccountNameNormaliser.normalise(search).replace("%", "").replace("_", "") + "%";
	}

	private static String required(String field, @Nullable String value, int max) {
		if (value == null || value.isBlank()) {
			throw new InvalidInputException(field, "crm.error.required", new Object[] { field }, "is required");
		}
		if (value.length() > max) {
			throw new InvalidInputException(field, "crm.error.tooLong", new Object[] { field, max },
					"is longer than " + max + " characters");
		}
		return value.trim();
	}

	private static @Nullable String trim(@Nullable String value, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String trimmed = value.trim();
		return (trimmed.length() > max) ? trimmed.substring(0, max) : trimmed;
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	private <T> Optional<T> find(String table, UUID workspaceId, UUID id, RowMapper<T> mapper) {
		return this.jdbc.sql("SELECT * FROM " + table + " WHERE workspace_id = ? AND id = ?")
			.params(workspaceId, id)
			.query(mapper)
			.optional();
	}

	private <T> PageResponse<T> page(String table, String where, Object[] params, String order, PageQuery page,
			RowMapper<T> mapper) {
		long total = this.jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE " + where)
			.params(params)
			.query(Long.class)
			.single();
		List<T> items = this.jdbc
			.sql("SELECT * FROM " + table + " WHERE " + where + " ORDER BY " + order + " LIMIT " + page.size()
					+ " OFFSET " + page.offset())
			.params(params)
			.query(mapper)
			.list();
		return PageResponse.of(items, page, total);
	}

	private static Account account(ResultSet rs, int row) throws SQLException {
		return new Account(rs.getObject("id", UUID.class), rs.getObject("workspace_id", UUID.class),
				rs.getString("name"), rs.getString("country"), rs.getString("city"), rs.getString("industry"),
				rs.getString("website"), rs.getString("phone"), rs.getString("salesforce_id"),
				instant(rs, "created_at"));
	}

	static Contact contact(ResultSet rs, int row) throws SQLException {
		return new Contact(rs.getObject("id", UUID.class), rs.getObject("workspace_id", UUID.class),
				rs.getObject("account_id", UUID.class), rs.getString("first_name"), rs.getString("last_name"),
				rs.getString("title"), rs.getString("email"), rs.getString("phone"), rs.getString("salesforce_id"),
				instant(rs, "created_at"), rs.getString("secondary_email"), rs.getString("secondary_phone"));
	}

	private static Opportunity opportunity(ResultSet rs, int row) throws SQLException {
		double amount = rs.getDouble("amount");
		Double amountValue = rs.wasNull() ? null : amount;
		return new Opportunity(rs.getObject("id", UUID.class), rs.getObject("workspace_id", UUID.class),
				rs.getObject("account_id", UUID.class), rs.getObject("contact_id", UUID.class), rs.getString("name"),
				rs.getString("stage"), rs.getObject("close_date", java.time.LocalDate.class), rs.getString("type"),
				rs.getString("lead_source"), rs.getString("country"), amountValue, rs.getString("currency"),
				rs.getString("description"), rs.getString("next_step"), rs.getString("source_ref"),
				rs.getString("salesforce_id"), instant(rs, "created_at"), rs.getString("contact_role"));
	}

}

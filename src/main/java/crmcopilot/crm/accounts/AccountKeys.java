package crmcopilot.crm.accounts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import crmcopilot.crm.CompanyClues;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The keys under which accounts are found again (table {@code crm_account_keys}): blocks
 * of name words, company domains and registry numbers. Blocking keeps a match to the few
 * accounts that share a key with the note instead of the whole CRM.
 */
final class AccountKeys {

	static final String DOMAIN = "d:";

	static final String REGISTRY = "r:";

	/** Upper bound of accounts compared by name with one note. */
	static final int MAX_CANDIDATES = 200;

	private final JdbcClient jdbc;

	AccountKeys(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Candidate(UUID id, String name) {
	}

	/** The keys of an account named so, with the domains and numbers the clues give. */
	static Set<String> keysOf(String name, CompanyClues clues) {
		Set<String> keys = new LinkedHashSet<>(CompanyNames.blockKeys(CompanyNames.tokens(name)));
		keys.addAll(domainKeys(clues));
		keys.addAll(registryKeys(clues));
		return keys;
	}

	static Set<String> domainKeys(CompanyClues clues) {
		Set<String> keys = new LinkedHashSet<>();
		clues.emails().forEach((email) -> CompanyClues.companyDomain(email).ifPresent((d) -> keys.add(DOMAIN + d)));
		CompanyClues.websiteDomain(clues.website()).ifPresent((d) -> keys.add(DOMAIN + d));
		return keys;
	}

	static Set<String> registryKeys(CompanyClues clues) {
		return clues.registryNumbers()
			.stream()
			.map((number) -> REGISTRY + number.toLowerCase(Locale.ROOT).strip())
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	void remember(UUID workspaceId, UUID accountId, Collection<String> keys) {
		for (String key : keys) {
			if (key.length() > 160) {
				continue;
			}
			boolean known = this.jdbc.sql(
					"SELECT COUNT(*) FROM crm_account_keys WHERE workspace_id = ? AND match_key = ? AND account_id = ?")
				.params(workspaceId, key, accountId)
				.query(Long.class)
				.single() > 0;
			if (!known) {
				this.jdbc.sql("INSERT INTO crm_account_keys (workspace_id, account_id, match_key) VALUES (?, ?, ?)")
					.params(workspaceId, accountId, key)
					.update();
			}
		}
	}

	/** Accounts holding the key, oldest first. */
	List<UUID> accountsWith(UUID workspaceId, String key) {
		return this.jdbc.sql("""
				SELECT k.account_id FROM crm_account_keys k JOIN crm_accounts a ON a.id = k.account_id
				WHERE k.workspace_id = ? AND k.match_key = ? ORDER BY a.created_at""")
			.params(workspaceId, key)
			.query(UUID.class)
			.list();
	}

	/**
	 * The accounts sharing the most keys with the note (a shared domain counts as many
	 * words), at most {@link #MAX_CANDIDATES}.
	 */
	List<Candidate> candidates(UUID workspaceId, Collection<String> keys) {
		if (keys.isEmpty()) {
			return List.of();
		}
		List<String> words = keys.stream().filter((key) -> !key.startsWith(DOMAIN)).toList();
		List<String> domains = keys.stream().filter((key) -> key.startsWith(DOMAIN)).toList();
		String sharedKeys = "SELECT account_id, SUM(CASE WHEN match_key IN (" + marks(words.size() + 1)
				+ ") THEN 1 ELSE 10 END) AS shared FROM crm_account_keys WHERE workspace_id = ? AND match_key IN ("
				+ marks(words.size() + domains.size()) + ") GROUP BY account_id ORDER BY shared DESC LIMIT "
				+ MAX_CANDIDATES;
		List<Object> ordered = new ArrayList<>();
		ordered.addAll(words);
		ordered.add("");
		ordered.add(workspaceId);
		ordered.addAll(words);
		ordered.addAll(domains);
		ordered.add(workspaceId);
		return this.jdbc
			.sql("SELECT a.id, a.name FROM (" + sharedKeys + ") s JOIN crm_accounts a ON a.id = s.account_id "
					+ "WHERE a.workspace_id = ?")
			.params(ordered)
			.query((rs, n) -> new Candidate(rs.getObject("id", UUID.class), rs.getString("name")))
			.list();
	}

	/**
	 * Gives keys to the accounts stored before keys existed (or by another way than the
	 * directory), a batch at a time; returns how many were keyed.
	 */
	int keyUnkeyedAccounts(int batch) {
		record Unkeyed(UUID workspace, UUID id, String name, String website) {
		}
		List<Unkeyed> accounts = this.jdbc.sql("""
				SELECT a.workspace_id, a.id, a.name, a.website FROM crm_accounts a
				WHERE NOT EXISTS (SELECT 1 FROM crm_account_keys k WHERE k.account_id = a.id) LIMIT ?""")
			.param(batch)
			.query((rs, n) -> new Unkeyed(rs.getObject("workspace_id", UUID.class), rs.getObject("id", UUID.class),
					rs.getString("name"), rs.getString("website")))
			.list();
		for (Unkeyed account : accounts) {
			List<String> emails = this.jdbc
				.sql("SELECT email FROM crm_contacts WHERE workspace_id = ? AND account_id = ? AND email IS NOT NULL")
				.params(account.workspace(), account.id())
				.query(String.class)
				.list();
			Set<String> keys = keysOf(account.name(),
					new CompanyClues(account.name(), emails, List.of(), List.of(), account.website()));
			remember(account.workspace(), account.id(), keys.isEmpty() ? List.of("w:" + account.id()) : keys);
		}
		return accounts.size();
	}

	/** The domain and registry keys of some accounts. */
	Map<UUID, Set<String>> strongKeys(UUID workspaceId, Collection<UUID> accountIds) {
		if (accountIds.isEmpty()) {
			return Map.of();
		}
		List<Object> params = new ArrayList<>();
		params.add(workspaceId);
		params.addAll(accountIds);
		record Row(UUID account, String key) {
		}
		return this.jdbc
			.sql("SELECT account_id, match_key FROM crm_account_keys WHERE workspace_id = ? AND account_id IN ("
					+ marks(accountIds.size()) + ") AND (match_key LIKE 'd:%' OR match_key LIKE 'r:%')")
			.params(params)
			.query((rs, n) -> new Row(rs.getObject("account_id", UUID.class), rs.getString("match_key")))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Row::account, Collectors.mapping(Row::key, Collectors.toSet())));
	}

	private static String marks(int count) {
		return String.join(", ", java.util.Collections.nCopies(count, "?"));
	}

}

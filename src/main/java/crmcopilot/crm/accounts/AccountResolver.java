package crmcopilot.crm.accounts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import crmcopilot.crm.AccountMatch;
import crmcopilot.crm.CompanyClues;
import crmcopilot.crm.Contact;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Finds the existing account a note is about. Strongest first: the same registry number
 * (SIREN, NINEA, RCCM), the e-mail or phone of one of its contacts, then names compared
 * word by word among the accounts sharing a block key or the company's e-mail domain. A
 * different registry number of the same kind vetoes a name match, and so does a word
 * found in one name only on each side. Sure only when a wrong link is very unlikely: the
 * same number, contact or name; otherwise a person decides.
 */
final class AccountResolver {

	private final JdbcClient jdbc;

	private final AccountKeys keys;

	AccountResolver(JdbcClient jdbc, AccountKeys keys) {
		this.jdbc = jdbc;
		this.keys = keys;
	}

	AccountMatch resolve(UUID workspaceId, CompanyClues clues) {
		for (String registry : AccountKeys.registryKeys(clues)) {
			Optional<AccountMatch> same = this.keys.accountsWith(workspaceId, registry)
				.stream()
				.findFirst()
				.flatMap((id) -> sure(workspaceId, id, "crm.match.registry", registryLabel(registry)));
			if (same.isPresent()) {
				return same.get();
			}
		}
		Optional<AccountMatch> byContact = byContact(workspaceId, clues);
		if (byContact.isPresent()) {
			return byContact.get();
		}
		return byName(workspaceId, clues);
	}

	private Optional<AccountMatch> byContact(UUID workspaceId, CompanyClues clues) {
		for (String email : clues.emails()) {
			Optional<Contact> contact = contactWith(workspaceId, "email", email.toLowerCase(Locale.ROOT).strip());
			if (contact.isPresent()) {
				return sure(workspaceId, contact.get().accountId(), "crm.match.contactEmail", email,
						contact.get().fullName());
			}
		}
		for (String phone : clues.phones()) {
			Optional<Contact> contact = contactWith(workspaceId, "phone", phone.strip());
			if (contact.isPresent()) {
				return sure(workspaceId, contact.get().accountId(), "crm.match.contactPhone", phone,
						contact.get().fullName());
			}
		}
		return Optional.empty();
	}

	private Optional<Contact> contactWith(UUID workspaceId, String column, String value) {
		return this.jdbc
			.sql("SELECT * FROM crm_contacts WHERE workspace_id = ? AND " + column
					+ " = ? AND account_id IS NOT NULL ORDER BY created_at")
			.params(workspaceId, value)
			.query(JdbcAccountDirectory::contact)
			.stream()
			.findFirst();
	}

	private record Scored(AccountKeys.Candidate account, AccountMatch.Kind kind, double score, String reasonKey,
			List<String> args) {

		AccountMatch match() {
			return new AccountMatch(this.kind, this.account.id(), this.account.name(), this.score,
					this.reasonKey.substring("crm.match.".length()) + " " + this.args, this.reasonKey, this.args);
		}

	}

	private AccountMatch byName(UUID workspaceId, CompanyClues clues) {
		List<String> query = (clues.name() != null) ? CompanyNames.queryTokens(clues.name()) : List.of();
		Set<String> domains = AccountKeys.domainKeys(clues);
		List<String> blockKeys = new ArrayList<>(CompanyNames.blockKeys(query));
		blockKeys.addAll(domains);
		List<Scored> scored = new ArrayList<>();
		for (AccountKeys.Candidate candidate : this.keys.candidates(workspaceId, blockKeys)) {
			NameComparison names = NameComparison.compare(query, CompanyNames.tokens(candidate.name()));
			scored.add(score(candidate, names));
		}
		Map<UUID, Set<String>> strong = this.keys.strongKeys(workspaceId,
				scored.stream().filter((s) -> s.score() > 0).map((s) -> s.account().id()).toList());
		Set<String> registries = AccountKeys.registryKeys(clues);
		List<Scored> kept = new ArrayList<>();
		for (Scored candidate : scored) {
			Set<String> held = strong.getOrDefault(candidate.account().id(), Set.of());
			if (vetoedByRegistry(registries, held)) {
				continue;
			}
			String domain = held.stream().filter(domains::contains).findFirst().orElse(null);
			kept.add((domain != null) ? withDomain(candidate, domain.substring(2)) : candidate);
		}
		kept.removeIf((s) -> s.score() <= 0);
		kept.sort(Comparator.comparingInt((Scored s) -> s.kind().ordinal())
			.thenComparing(Scored::score, Comparator.reverseOrder()));
		if (kept.isEmpty()) {
			return AccountMatch.none();
		}
		Scored best = kept.get(0);
		if (kept.size() > 1 && kept.get(1).kind() == best.kind() && kept.get(1).score() >= best.score() - 0.005) {
			return new Scored(best.account(), AccountMatch.Kind.UNCERTAIN, best.score() - 0.05, "crm.match.ambiguous",
					List.of(best.account().name(), kept.get(1).account().name()))
				.match();
		}
		return best.match();
	}

	private static Scored score(AccountKeys.Candidate account, NameComparison names) {
		return switch (names.verdict()) {
			case SAME -> new Scored(account, AccountMatch.Kind.SURE, 1.0, "crm.match.sameName", List.of());
			case TYPO -> new Scored(account, AccountMatch.Kind.UNCERTAIN, names.score(), "crm.match.typo", List.of());
			case CONTAINED -> new Scored(account, AccountMatch.Kind.UNCERTAIN, names.score(), "crm.match.contained",
					List.of(names.differing()));
			case ACRONYM ->
				new Scored(account, AccountMatch.Kind.UNCERTAIN, names.score(), "crm.match.acronym", List.of());
			case CONFLICT, UNRELATED -> new Scored(account, AccountMatch.Kind.NONE, 0,
					(names.verdict() == NameComparison.Verdict.CONFLICT) ? "crm.match.conflict" : "crm.match.none",
					List.of(names.differing()));
		};
	}

	/**
	 * The company's own e-mail domain confirms a close name (sure) and suggests an
	 * account whose name differs (a person decides).
	 */
	private static Scored withDomain(Scored candidate, String domain) {
		return switch (candidate.reasonKey()) {
			case "crm.match.sameName", "crm.match.typo", "crm.match.contained", "crm.match.acronym" ->
				new Scored(candidate.account(), AccountMatch.Kind.SURE, Math.max(candidate.score(), 0.97),
						"crm.match.nameAndDomain", List.of(domain));
			default ->
				new Scored(candidate.account(), AccountMatch.Kind.UNCERTAIN, 0.9, "crm.match.domain", List.of(domain));
		};
	}

	/** A registry number of the same kind but a different value: another company. */
	private static boolean vetoedByRegistry(Set<String> registries, Set<String> held) {
		for (String registry : registries) {
			String kind = registry.substring(0, registry.indexOf(':', AccountKeys.REGISTRY.length()) + 1);
			if (held.stream().anyMatch((key) -> key.startsWith(kind) && !key.equals(registry))) {
				return true;
			}
		}
		return false;
	}

	private Optional<AccountMatch> sure(UUID workspaceId, @org.jspecify.annotations.Nullable UUID accountId,
			String reasonKey, String... args) {
		if (accountId == null) {
			return Optional.empty();
		}
		return this.jdbc.sql("SELECT name FROM crm_accounts WHERE workspace_id = ? AND id = ?")
			.params(workspaceId, accountId)
			.query(String.class)
			.optional()
			.map((name) -> new Scored(new AccountKeys.Candidate(accountId, name), AccountMatch.Kind.SURE, 1.0,
					reasonKey, List.of(args))
				.match());
	}

	/** "r:siren:552100554" → "SIREN 552100554". */
	private static String registryLabel(String key) {
		String[] parts = key.split(":", 3);
		return parts[1].toUpperCase(Locale.ROOT) + " " + parts[2].toUpperCase(Locale.ROOT);
	}

}

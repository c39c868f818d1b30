package crmcopilot.crm.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import crmcopilot.crm.AccountDirectory;
import crmcopilot.crm.AccountMatch;
import crmcopilot.crm.AccountNameNormaliser;
import crmcopilot.crm.CompanyClues;
import crmcopilot.crm.Contact;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * De-duplication of accounts ({@link AccountResolver}) and contacts: contacts by email,
 * phone, then names compared by Jaro-Winkler among the account's contacts. Sure above
 * {@link #SURE}, left to a person above {@link #UNCERTAIN}.
 */
final class AccountMatcher {

	/** At or above: the same account. */
	static final double SURE = 0.97;

	/** At or above (and below {@link #SURE}): a human decides. */
	static final double UNCERTAIN = 0.88;

	private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

	private final JdbcClient jdbc;

	private final AccountDirectory directory;

	private final AccountResolver resolver;

	AccountMatcher(JdbcClient jdbc, AccountDirectory directory, AccountKeys keys) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.resolver = new AccountResolver(jdbc, keys);
	}

	AccountMatch matchAccount(UUID workspaceId, CompanyClues clues) {
		return this.resolver.resolve(workspaceId, clues);
	}

	/**
	 * Jaro-Winkler on the normalised names, and on their tokens sorted (word order
	 * varies).
	 */
	static double similarity(String a, String b) {
		double direct = JARO_WINKLER.apply(a, b);
		double sorted = JARO_WINKLER.apply(sortedTokens(a), sortedTokens(b));
		return Math.max(direct, sorted);
	}

	private static String sortedTokens(String key) {
		List<String> tokens = new ArrayList<>(List.of(key.split(" ")));
		tokens.sort(null);
		return String.join(" ", tokens);
	}

	AccountMatch matchContact(UUID workspaceId, @Nullable UUID accountId, @Nullable String fullName,
			@Nullable String email, @Nullable String phone) {
		if (email != null && !email.isBlank()) {
			Optional<Contact> same = this.jdbc.sql("SELECT * FROM crm_contacts WHERE workspace_id = ? AND email = ?")
				.params(workspaceId, email.toLowerCase(Locale.ROOT).trim())
				.query(JdbcAccountDirectory::contact)
				.stream()
				.findFirst();
			if (same.isPresent()) {
				return new AccountMatch(AccountMatch.Kind.SURE, same.get().id(), same.get().fullName(), 1.0,
						"même e-mail qu'un contact connu");
			}
		}
		if (phone != null && !phone.isBlank()) {
			Optional<Contact> same = this.jdbc.sql("SELECT * FROM crm_contacts WHERE workspace_id = ? AND phone = ?")
				.params(workspaceId, phone.trim())
				.query(JdbcAccountDirectory::contact)
				.stream()
				.findFirst();
			if (same.isPresent()) {
				return new AccountMatch(AccountMatch.Kind.SURE, same.get().id(), same.get().fullName(), 1.0,
						"même téléphone qu'un contact connu");
			}
		}
		if (fullName == null || fullName.isBlank() || accountId == null) {
			return AccountMatch.none();
		}
		String key = AccountNameNormaliser.normalise(fullName);
		AccountMatch best = AccountMatch.none();
		for (Contact contact : this.directory.contactsOf(workspaceId, accountId)) {
			double score = similarity(key, AccountNameNormaliser.normalise(contact.fullName()));
			if (score > best.score() && score >= UNCERTAIN) {
				best = new AccountMatch((score >= SURE) ? AccountMatch.Kind.SURE : AccountMatch.Kind.UNCERTAIN,
						contact.id(), contact.fullName(), score, String.format(Locale.FRENCH,
								"nom proche d'un contact du même compte (similarité %.2f)", score));
			}
		}
		return best;
	}

	static String blockKey(String key) {
		String compact = key.replace(" ", "");
		return compact.substring(0, Math.min(3, compact.length()));
	}

	static String tokenBlockKey(String key) {
		String longest = "";
		for (String token : key.split(" ")) {
			if (token.length() > longest.length()) {
				longest = token;
			}
		}
		return longest.substring(0, Math.min(3, longest.length()));
	}

}

package crmcopilot.crm;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * How a new account or contact compares with the CRM: a sure match links to the existing
 * record, an uncertain one goes to human review, none creates.
 *
 * @param existingId the best existing record, or null when {@link Kind#NONE}
 * @param score similarity in 0..1 (1 for an exact key: registry number, name, email or
 * phone)
 * @param reason why, in words a sales rep reads (resolved from {@code reasonKey} by the
 * module that shows it; an English default until then)
 * @param reasonKey the message key of the reason ({@code crm.match.*})
 * @param reasonArgs the message's arguments
 */
public record AccountMatch(Kind kind, @Nullable UUID existingId, @Nullable String existingName, double score,
		String reason, @Nullable String reasonKey, @Nullable List<String> reasonArgs) {

	public enum Kind {

		SURE, UNCERTAIN, NONE

	}

	public AccountMatch {
		reasonArgs = (reasonArgs != null) ? List.copyOf(reasonArgs) : List.of();
	}

	public AccountMatch(Kind kind, @Nullable UUID existingId, @Nullable String existingName, double score,
			String reason) {
		this(kind, existingId, existingName, score, reason, null, List.of());
	}

	public static AccountMatch none() {
		return new AccountMatch(Kind.NONE, null, null, 0, "no similar record", "crm.match.none", List.of());
	}

	/** The same match with its reason in the reader's words. */
	public AccountMatch withReason(String text) {
		return new AccountMatch(this.kind, this.existingId, this.existingName, this.score, text, this.reasonKey,
				this.reasonArgs);
	}

	/** The reason's arguments as an array, for a message source. */
	public Object[] reasonArguments() {
		return (this.reasonArgs != null) ? this.reasonArgs.toArray() : new Object[0];
	}

}

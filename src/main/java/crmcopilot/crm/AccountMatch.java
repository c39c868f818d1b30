package crmcopilot.crm;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * How a new account or contact compares with the CRM: a sure match links to the existing
 * record, an uncertain one goes to human review, none creates.
 *
 * @param existingId the best existing record, or null when {@link Kind#NONE}
 * @param score similarity in 0..1 (1 for an exact key: name, email or phone)
 * @param reason what matched ("same email", "name similarity 0.93")
 */
public record AccountMatch(Kind kind, @Nullable UUID existingId, @Nullable String existingName, double score,
		String reason) {

	public enum Kind {

		SURE, UNCERTAIN, NONE

	}

	public static AccountMatch none() {
		return new AccountMatch(Kind.NONE, null, null, 0, "no similar record");
	}

}

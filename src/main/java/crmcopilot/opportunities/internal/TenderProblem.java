package crmcopilot.opportunities.internal;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;

/**
 * A row or page of a tender listing that could not be read completely: pages show the
 * message {@code opportunities.tender.problem.<code>} with its arguments in the reader's
 * language; crawl records keep the code and arguments, logs the English text.
 *
 * @param code the kind of problem, naming its message
 * @param arguments the message's arguments (row number, reference, values)
 */
public record TenderProblem(String code, List<String> arguments) {

	private static final String PREFIX = "opportunities.tender.problem.";

	public TenderProblem {
		arguments = List.copyOf(arguments);
	}

	static TenderProblem of(String code, Object... arguments) {
		return new TenderProblem(code, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
	}

	static TenderProblem expiredSkipped(TenderPages.Row row) {
		return of("expiredSkipped", row.reference(), (row.deadline() != null)
				? row.deadline().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")) : "");
	}

	/** The key of the message bundles giving the text shown to people. */
	public String messageKey() {
		return PREFIX + this.code;
	}

	/** The arguments as the message source takes them. */
	public Object[] messageArguments() {
		return this.arguments.toArray();
	}

	/** The English text, for crawl records and logs. */
	public String english() {
		String pattern = switch (this.code) {
			case "noDetailLink" -> "row {0} ({1}): no detail link with a key, skipped";
			case "noObject" -> "row {0} ({1}): no object";
			case "deadlineBeforePublication" -> "row {0} ({1}): deadline {2} before publication {3}, deadline ignored";
			case "noPublished" -> "row {0} ({1}): no published date";
			case "noDeadline" -> "row {0} ({1}): no deadline date";
			case "badPublished" -> "row {0} ({1}): published date ''{2}'' is not dd/mm/yyyy";
			case "badDeadline" -> "row {0} ({1}): deadline date ''{2}'' is not dd/mm/yyyy";
			case "detailMissing" -> "{0}: detail page missing, listing data used";
			case "expiredSkipped" -> "{0}: deadline {1} passed, not imported";
			case "listingNotFound" -> "listing {0} not found (HTTP {1}): {2} found from the home page''s links; "
					+ "set COPILOT_TENDERS_LISTING_URL to it";
			case "listingMoved" -> "listing {0} has no tender rows: {1} found from the home page''s links; "
					+ "set COPILOT_TENDERS_LISTING_URL to it";
			case "noRows" -> "{0}: no tender rows found";
			case "detailUnreadable" -> "{0}: detail page unreadable, listing data used";
			case "detailUnavailable" -> "{0}: detail page unavailable ({1} {2}), listing data used";
			case "text" -> "{0}";
			default -> this.code + " " + this.arguments;
		};
		return new MessageFormat(pattern, Locale.ROOT).format(messageArguments());
	}

	@Override
	public String toString() {
		return english();
	}

}

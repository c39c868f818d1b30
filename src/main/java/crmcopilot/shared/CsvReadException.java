package crmcopilot.shared;

/**
 * A CSV or TSV file that cannot be read within its limits. The message key
 * ({@code csv.error.*}, in the web bundle) gives the text shown to people.
 */
public class CsvReadException extends InvalidInputException {

	private final boolean tooLarge;

	CsvReadException(String field, String messageKey, Object[] arguments, String defaultMessage, boolean tooLarge) {
		super(field, messageKey, arguments, defaultMessage);
		this.tooLarge = tooLarge;
	}

	/** True when the file is over its size limit (HTTP 413 rather than 400). */
	public boolean tooLarge() {
		return this.tooLarge;
	}

}

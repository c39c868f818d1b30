package crmcopilot.crm;

/** The type detected for a column of customer data. */
public enum ColumnType {

	/** Whole numbers. */
	INTEGER,
	/** Decimal numbers (a decimal comma is accepted). */
	DECIMAL,
	/** Dates (ISO {@code yyyy-MM-dd}, {@code dd/MM/yyyy} or {@code dd-MM-yyyy}). */
	DATE,
	/** true/false, oui/non, yes/no. */
	BOOLEAN,
	/** Text with few distinct values. */
	CATEGORY,
	/** Free text or identifiers. */
	TEXT;

	public boolean numeric() {
		return this == INTEGER || this == DECIMAL;
	}

}

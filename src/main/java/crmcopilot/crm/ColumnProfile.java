package crmcopilot.crm;

/**
 * A column of customer data as detected.
 *
 * @param missing empty values in the rows read
 * @param distinct distinct non-empty values in the rows read (capped at 1,000)
 */
public record ColumnProfile(String name, ColumnType type, int missing, int distinct) {
}

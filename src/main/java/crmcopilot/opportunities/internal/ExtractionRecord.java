package crmcopilot.opportunities.internal;

import crmcopilot.opportunities.OpportunityExtraction;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The flat batch form of an extraction: the keys of {@code ./copilot extract} output
 * lines and of the {@code expected} object of labelled lines.
 */
public final class ExtractionRecord {

	/** Output keys in order, after {@code id}. */
	public static final List<String> KEYS = List.of("account", "contact_name", "email", "phone", "country", "type",
			"lead_source", "close_date", "amount", "currency", "opportunity_name", "stage");

	private ExtractionRecord() {
	}

	public static Map<String, @Nullable Object> of(@Nullable String id, OpportunityExtraction extraction) {
		Map<String, @Nullable Object> line = new LinkedHashMap<>();
		line.put("id", id);
		line.put("account", extraction.accountName().value());
		line.put("contact_name", extraction.contactName());
		line.put("email", extraction.email().value());
		line.put("phone", extraction.phone().value());
		line.put("country", extraction.country().value());
		line.put("type", extraction.type().value());
		line.put("lead_source", extraction.leadSource().value());
		line.put("close_date", extraction.closeDate().value());
		String amount = extraction.amount().value();
		line.put("amount", (amount != null) ? new BigDecimal(amount) : null);
		line.put("currency", extraction.currency().value());
		line.put("opportunity_name", extraction.opportunityName().value());
		line.put("stage", extraction.stage().value());
		line.put("confidence", extraction.confidence());
		return line;
	}

}

package crmcopilot.opportunities;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the {@code extract-opportunity} task finds in a text: the opportunity, its account
 * and its contact, every field with a confidence and its source span.
 */
public record OpportunityExtraction(ExtractedField opportunityName, ExtractedField accountName,
		ExtractedField closeDate, ExtractedField stage, ExtractedField country, ExtractedField leadSource,
		ExtractedField type, ExtractedField amount, ExtractedField currency, ExtractedField description,
		ExtractedField nextStep, ExtractedField city, ExtractedField industry, ExtractedField website,
		ExtractedField accountPhone, ExtractedField contactFirstName, ExtractedField contactLastName,
		ExtractedField contactTitle, ExtractedField email, ExtractedField phone, double confidence) {

	/** Fields by their form name, in display order. */
	public Map<String, ExtractedField> fields() {
		Map<String, ExtractedField> fields = new LinkedHashMap<>();
		fields.put("opportunityName", this.opportunityName);
		fields.put("accountName", this.accountName);
		fields.put("closeDate", this.closeDate);
		fields.put("stage", this.stage);
		fields.put("country", this.country);
		fields.put("leadSource", this.leadSource);
		fields.put("type", this.type);
		fields.put("amount", this.amount);
		fields.put("currency", this.currency);
		fields.put("description", this.description);
		fields.put("nextStep", this.nextStep);
		fields.put("city", this.city);
		fields.put("industry", this.industry);
		fields.put("website", this.website);
		fields.put("accountPhone", this.accountPhone);
		fields.put("contactFirstName", this.contactFirstName);
		fields.put("contactLastName", this.contactLastName);
		fields.put("contactTitle", this.contactTitle);
		fields.put("email", this.email);
		fields.put("phone", this.phone);
		return fields;
	}

	/** The contact's full name, or null. */
	public @org.jspecify.annotations.Nullable String contactName() {
		String first = this.contactFirstName.value();
		String last = this.contactLastName.value();
		if (first == null && last == null) {
			return null;
		}
		return ((first != null) ? first : "") + ((first != null && last != null) ? " " : "")
				+ ((last != null) ? last : "");
	}

}

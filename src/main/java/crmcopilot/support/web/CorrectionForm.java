package crmcopilot.support.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * One field of a ticket's triage corrected by an agent (summary, category or priority):
 * the page has one such form per field, all posting here.
 */
class CorrectionForm {

	@NotBlank(message = "{support.correction.field}")
	private String field = "";

	@NotBlank(message = "{support.correction.empty}")
	@Size(max = 20000, message = "{support.correction.tooLong}")
	private String value = "";

	public String getField() {
		return this.field;
	}

	public void setField(String field) {
		this.field = field;
	}

	public String getValue() {
		return this.value;
	}

	public void setValue(String value) {
		this.value = value;
	}

	/**
	 * The value typed for this field when it is the one re-shown, else the stored one.
	 */
	public String valueOr(String shownField, String stored) {
		return shownField.equals(this.field) ? this.value : stored;
	}

}

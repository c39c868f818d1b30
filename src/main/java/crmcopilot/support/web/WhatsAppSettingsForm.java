package crmcopilot.support.web;

import crmcopilot.support.internal.whatsapp.WhatsAppAccounts;
import jakarta.validation.constraints.Pattern;

/**
 * The WhatsApp Business settings: the Cloud API's phone number id, the approved template
 * for replies outside the 24-hour window, and the secrets (never shown back; blank keeps
 * the one stored).
 */
class WhatsAppSettingsForm {

	@Pattern(regexp = "\\s*(\\d{5,30})?\\s*", message = "{support.whatsapp.phoneNumberId.invalid}")
	private String phoneNumberId = "";

	@Pattern(regexp = "\\s*([a-z0-9_]{1,512})?\\s*", message = "{support.whatsapp.template.invalid}")
	private String template = "";

	@Pattern(regexp = "\\s*[a-z]{2,3}(_[A-Z]{2})?\\s*", message = "{support.whatsapp.templateLanguage.invalid}")
	private String templateLanguage = "fr";

	private String accessToken = "";

	private String appSecret = "";

	private String verifyToken = "";

	static WhatsAppSettingsForm of(WhatsAppAccounts.Stored stored) {
		WhatsAppSettingsForm form = new WhatsAppSettingsForm();
		form.phoneNumberId = stored.phoneNumberId();
		form.template = stored.template();
		form.templateLanguage = stored.templateLanguage();
		return form;
	}

	WhatsAppAccounts.Changes changes() {
		return new WhatsAppAccounts.Changes(this.phoneNumberId.strip(), this.template.strip(),
				this.templateLanguage.strip(), this.accessToken, this.appSecret, this.verifyToken);
	}

	public String getPhoneNumberId() {
		return this.phoneNumberId;
	}

	public void setPhoneNumberId(String phoneNumberId) {
		this.phoneNumberId = phoneNumberId;
	}

	public String getTemplate() {
		return this.template;
	}

	public void setTemplate(String template) {
		this.template = template;
	}

	public String getTemplateLanguage() {
		return this.templateLanguage;
	}

	public void setTemplateLanguage(String templateLanguage) {
		this.templateLanguage = templateLanguage;
	}

	public String getAccessToken() {
		return this.accessToken;
	}

	public void setAccessToken(String accessToken) {
		this.accessToken = accessToken;
	}

	public String getAppSecret() {
		return this.appSecret;
	}

	public void setAppSecret(String appSecret) {
		this.appSecret = appSecret;
	}

	public String getVerifyToken() {
		return this.verifyToken;
	}

	public void setVerifyToken(String verifyToken) {
		this.verifyToken = verifyToken;
	}

}

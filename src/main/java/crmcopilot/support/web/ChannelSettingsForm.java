package crmcopilot.support.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The channel settings of the support page (IMAP, SMTP, webhooks, Twilio, notification
 * URLs, macro values). Every field is optional; a port, a Twilio SID or a Twilio sender
 * given must have its shape. Secrets are never shown back: a blank secret keeps the one
 * stored.
 */
class ChannelSettingsForm {

	private static final String PORT = "(\\d{1,5})?";

	private String imapHost = "";

	@Pattern(regexp = PORT, message = "{support.settings.port.invalid}")
	private String imapPort = "";

	private String imapSsl = "true";

	private String imapUser = "";

	private String imapPassword = "";

	private String imapFolder = "";

	private String smtpHost = "";

	@Pattern(regexp = PORT, message = "{support.settings.port.invalid}")
	private String smtpPort = "";

	private String smtpSecurity = "starttls";

	private String smtpUser = "";

	private String smtpPassword = "";

	private String smtpFrom = "";

	private String webhookSecret = "";

	@Pattern(regexp = "\\s*(AC[0-9a-zA-Z]{10,64})?\\s*", message = "{support.settings.twilioSid.invalid}")
	private String twilioAccountSid = "";

	private String twilioToken = "";

	@Pattern(regexp = "\\s*(\\+[1-9]\\d{6,15}|MG[0-9a-zA-Z]{10,64})?\\s*",
			message = "{support.settings.twilioFrom.invalid}")
	private String twilioFrom = "";

	private String callbackUrlSms = "";

	private String callbackUrlWebhook = "";

	@Size(max = 4000, message = "{support.settings.tooLong}")
	private String notifyUrls = "";

	@Size(max = 20000, message = "{support.settings.tooLong}")
	private String placeholders = "";

	/** The form as stored: each setting read by its key, the macro values as lines. */
	static ChannelSettingsForm of(Function<String, String> stored, Map<String, String> placeholders) {
		ChannelSettingsForm form = new ChannelSettingsForm();
		form.imapHost = stored.apply("imap.host");
		form.imapPort = stored.apply("imap.port");
		form.imapSsl = stored.apply("imap.ssl");
		form.imapUser = stored.apply("imap.user");
		form.imapFolder = stored.apply("imap.folder");
		form.smtpHost = stored.apply("smtp.host");
		form.smtpPort = stored.apply("smtp.port");
		form.smtpSecurity = stored.apply("smtp.security");
		form.smtpUser = stored.apply("smtp.user");
		form.smtpFrom = stored.apply("smtp.from");
		form.notifyUrls = stored.apply("notify.urls");
		form.callbackUrlSms = stored.apply("callback-url.sms");
		form.callbackUrlWebhook = stored.apply("callback-url.webhook");
		form.twilioAccountSid = stored.apply("twilio.account-sid");
		form.twilioFrom = stored.apply("twilio.from");
		StringBuilder lines = new StringBuilder();
		placeholders.forEach((key, value) -> lines.append(key).append('=').append(value).append('\n'));
		form.placeholders = lines.toString();
		return form;
	}

	/** The plain settings by their stored key. */
	Map<String, String> values() {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("imap.host", this.imapHost);
		values.put("imap.port", this.imapPort);
		values.put("imap.ssl", this.imapSsl);
		values.put("imap.user", this.imapUser);
		values.put("imap.folder", this.imapFolder);
		values.put("smtp.host", this.smtpHost);
		values.put("smtp.port", this.smtpPort);
		values.put("smtp.security", this.smtpSecurity);
		values.put("smtp.user", this.smtpUser);
		values.put("smtp.from", this.smtpFrom);
		values.put("notify.urls", this.notifyUrls);
		values.put("callback-url.sms", this.callbackUrlSms);
		values.put("callback-url.webhook", this.callbackUrlWebhook);
		values.put("twilio.account-sid", this.twilioAccountSid);
		values.put("twilio.from", this.twilioFrom);
		return values;
	}

	/** The secrets by their stored key; blank ones keep what is stored. */
	Map<String, String> secrets() {
		return Map.of("imap.password", this.imapPassword, "smtp.password", this.smtpPassword, "webhook.secret",
				this.webhookSecret, "twilio.token", this.twilioToken);
	}

	/** The macro values typed, one {@code name=value} a line; other lines are ignored. */
	Map<String, String> placeholderValues() {
		Map<String, String> values = new LinkedHashMap<>();
		for (String line : this.placeholders.split("\n")) {
			int equals = line.indexOf('=');
			if (equals > 0) {
				String name = line.substring(0, equals).strip().toLowerCase(java.util.Locale.ROOT);
				if (name.matches("[a-z_]{1,40}")) {
					values.put(name, line.substring(equals + 1).strip());
				}
			}
		}
		return values;
	}

	public String getImapHost() {
		return this.imapHost;
	}

	public void setImapHost(String imapHost) {
		this.imapHost = imapHost;
	}

	public String getImapPort() {
		return this.imapPort;
	}

	public void setImapPort(String imapPort) {
		this.imapPort = imapPort;
	}

	public String getImapSsl() {
		return this.imapSsl;
	}

	public void setImapSsl(String imapSsl) {
		this.imapSsl = imapSsl;
	}

	public String getImapUser() {
		return this.imapUser;
	}

	public void setImapUser(String imapUser) {
		this.imapUser = imapUser;
	}

	public String getImapPassword() {
		return this.imapPassword;
	}

	public void setImapPassword(String imapPassword) {
		this.imapPassword = imapPassword;
	}

	public String getImapFolder() {
		return this.imapFolder;
	}

	public void setImapFolder(String imapFolder) {
		this.imapFolder = imapFolder;
	}

	public String getSmtpHost() {
		return this.smtpHost;
	}

	public void setSmtpHost(String smtpHost) {
		this.smtpHost = smtpHost;
	}

	public String getSmtpPort() {
		return this.smtpPort;
	}

	public void setSmtpPort(String smtpPort) {
		this.smtpPort = smtpPort;
	}

	public String getSmtpSecurity() {
		return this.smtpSecurity;
	}

	public void setSmtpSecurity(String smtpSecurity) {
		this.smtpSecurity = smtpSecurity;
	}

	public String getSmtpUser() {
		return this.smtpUser;
	}

	public void setSmtpUser(String smtpUser) {
		this.smtpUser = smtpUser;
	}

	public String getSmtpPassword() {
		return this.smtpPassword;
	}

	public void setSmtpPassword(String smtpPassword) {
		this.smtpPassword = smtpPassword;
	}

	public String getSmtpFrom() {
		return this.smtpFrom;
	}

	public void setSmtpFrom(String smtpFrom) {
		this.smtpFrom = smtpFrom;
	}

	public String getWebhookSecret() {
		return this.webhookSecret;
	}

	public void setWebhookSecret(String webhookSecret) {
		this.webhookSecret = webhookSecret;
	}

	public String getTwilioAccountSid() {
		return this.twilioAccountSid;
	}

	public void setTwilioAccountSid(String twilioAccountSid) {
		this.twilioAccountSid = twilioAccountSid;
	}

	public String getTwilioToken() {
		return this.twilioToken;
	}

	public void setTwilioToken(String twilioToken) {
		this.twilioToken = twilioToken;
	}

	public String getTwilioFrom() {
		return this.twilioFrom;
	}

	public void setTwilioFrom(String twilioFrom) {
		this.twilioFrom = twilioFrom;
	}

	public String getCallbackUrlSms() {
		return this.callbackUrlSms;
	}

	public void setCallbackUrlSms(String callbackUrlSms) {
		this.callbackUrlSms = callbackUrlSms;
	}

	public String getCallbackUrlWebhook() {
		return this.callbackUrlWebhook;
	}

	public void setCallbackUrlWebhook(String callbackUrlWebhook) {
		this.callbackUrlWebhook = callbackUrlWebhook;
	}

	public String getNotifyUrls() {
		return this.notifyUrls;
	}

	public void setNotifyUrls(String notifyUrls) {
		this.notifyUrls = notifyUrls;
	}

	public String getPlaceholders() {
		return this.placeholders;
	}

	public void setPlaceholders(String placeholders) {
		this.placeholders = placeholders;
	}

}

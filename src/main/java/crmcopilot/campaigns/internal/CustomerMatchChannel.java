package crmcopilot.campaigns.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import crmcopilot.audit.AuditEvent;
import crmcopilot.audit.AuditJournal;
import crmcopilot.shared.outbox.OutboxChannel;
import crmcopilot.shared.outbox.OutboxItem;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Delivers the Customer Match uploads queued in the outbox: the hashed contacts of a
 * persona sent to the workspace's Google Ads account, then journalled with the job the
 * upload created. Refusals (bad credentials, a refused list) are given up at once,
 * outages retried.
 */
@Component
class CustomerMatchChannel implements OutboxChannel {

	static final String KIND = "campaigns.customer-match";

	private final GoogleAdsCredentials credentials;

	private final GoogleAdsCustomerMatch googleAds;

	private final JsonMapper json;

	private final AuditJournal journal;

	@Autowired
	CustomerMatchChannel(GoogleAdsCredentials credentials, JsonMapper json, AuditJournal journal,
			CampaignsSettings settings) {
		this(credentials, new GoogleAdsCustomerMatch(json, settings.googleAds().apiUrl(), settings.dv360().timeout()),
				json, journal);
	}

	CustomerMatchChannel(GoogleAdsCredentials credentials, GoogleAdsCustomerMatch googleAds, JsonMapper json,
			AuditJournal journal) {
		this.credentials = credentials;
		this.googleAds = googleAds;
		this.json = json;
		this.journal = journal;
	}

	/**
	 * An outbox item's body: the list and the hashed contacts, never a clear e-mail.
	 */
	record Upload(UUID runId, String listName, String description, List<CustomerMatchAudiences.Contact> contacts) {
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public Optional<String> deliver(OutboxItem item) {
		Upload upload = this.json.readValue(item.body(), Upload.class);
		GoogleAdsCustomerMatch.Uploaded uploaded = this.googleAds.upload(this.credentials.access(item.workspaceId()),
				upload.listName(), upload.description(), upload.contacts());
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("outboxItem", item.id().toString());
		details.put("userList", uploaded.userList());
		details.put("job", uploaded.job());
		details.put("contacts", uploaded.operations());
		details.put("consent", Map.of("adUserData", "GRANTED", "adPersonalization", "GRANTED"));
		this.journal
			.record(AuditEvent
				.of(item.workspaceId(), "campaigns.audience.uploaded", "campaign-run", upload.runId().toString(),
						"Customer Match job created with both consent signals granted", details)
				.by("system", "system"));
		return Optional.of(uploaded.job());
	}

	@Override
	public boolean permanent(Exception failure) {
		return failure instanceof GoogleAdsException refused && refused.permanent();
	}

}

package crmcopilot.campaigns.internal;

import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import crmcopilot.audit.AuditEvent;
import crmcopilot.audit.AuditJournal;
import crmcopilot.campaigns.CampaignRun;
import crmcopilot.shared.InvalidInputException;
import crmcopilot.shared.NotFoundException;
import crmcopilot.shared.Texts;
import crmcopilot.shared.outbox.Outbox;
import crmcopilot.shared.outbox.OutboxMessage;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The chosen persona's consenting customers queued for Google Ads through the outbox
 * ({@link CustomerMatchChannel} delivers them), journalled with the counts and the
 * consent basis when queued and with the job when delivered.
 */
@Service
public class CustomerMatchUploads {

	private final CampaignRunStore store;

	private final CustomerMatchAudiences audiences;

	private final Outbox outbox;

	private final GoogleAdsCredentials googleAds;

	private final AuditJournal journal;

	private final JsonMapper json;

	CustomerMatchUploads(CampaignRunStore store, CustomerMatchAudiences audiences, Outbox outbox,
			GoogleAdsCredentials googleAds, AuditJournal journal, JsonMapper json) {
		this.store = store;
		this.audiences = audiences;
		this.outbox = outbox;
		this.googleAds = googleAds;
		this.journal = journal;
		this.json = json;
	}

	/**
	 * Queues the upload of the audience to the workspace's Google Ads account (a Customer
	 * Match list named after the run and persona), journalled with the counts.
	 * @return the outbox item and the audience sent
	 * @throws InvalidInputException naming {@code googleAds} when the workspace is not
	 * connected
	 */
	@Transactional
	public Queued queueUpload(UUID workspaceId, UUID runId, String actor) {
		if (!this.googleAds.connected(workspaceId)) {
			throw new InvalidInputException("googleAds", "campaigns.google-ads.error.not-connected", new Object[0],
					"connect the workspace to Google Ads first");
		}
		CampaignRun run = this.store.find(workspaceId, runId).orElseThrow(() -> new NotFoundException("campaign run"));
		CustomerMatchAudiences.Audience audience = this.audiences.audience(workspaceId, runId);
		if (audience.contacts().isEmpty()) {
			throw new InvalidInputException("persona", "campaigns.google-ads.error.empty", new Object[0],
					"no customer of this persona granted both consents");
		}
		String listName = Texts.truncate(run.name() + " · " + audience.personaName(), 200);
		CustomerMatchChannel.Upload upload = new CustomerMatchChannel.Upload(runId, listName,
				"crm-copilot: persona " + audience.persona() + ", consenting customers only", audience.contacts());
		UUID item = this.outbox.enqueue(new OutboxMessage(workspaceId, CustomerMatchChannel.KIND, "google-ads",
				listName, this.json.writeValueAsString(upload), Map.of(), runId));
		Map<String, Object> details = CustomerMatchAudiences.details(audience);
		details.put("outboxItem", item.toString());
		details.put("listName", listName);
		this.journal
			.record(AuditEvent
				.of(workspaceId, "campaigns.audience.upload-queued", "campaign-run", runId.toString(),
						"only customers with ad_user_data and ad_personalization both granted", details)
				.by(actor, "user"));
		return new Queued(item, audience);
	}

	/** An upload queued in the outbox. */
	public record Queued(UUID outboxItem, CustomerMatchAudiences.Audience audience) {
	}

}

package crmcopilot.campaigns.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import crmcopilot.audit.AuditEvent;
import crmcopilot.audit.AuditJournal;
import crmcopilot.shared.outbox.OutboxItem;
import crmcopilot.shared.outbox.OutboxStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/** The Customer Match uploads the outbox delivers, against a local Google Ads API. */
class CustomerMatchChannelTests {

	private static final UUID WORKSPACE = UUID.randomUUID();

	private final JsonMapper json = JsonMapper.builder().build();

	private final InMemoryWorkspaceSettings settings = new InMemoryWorkspaceSettings();

	private final AuditJournal journal = mock(AuditJournal.class);

	private FakeGoogleAds googleAds;

	private CustomerMatchChannel channel;

	@BeforeEach
	void start() throws Exception {
		this.googleAds = new FakeGoogleAds();
		CampaignsSettings config = new CampaignsSettings(
				new CampaignsSettings.Dv360(null, this.googleAds.url() + "/token", null, Duration.ofSeconds(5)),
				new CampaignsSettings.GoogleAds(this.googleAds.url()), null, false);
		GoogleAdsCredentials credentials = new GoogleAdsCredentials(this.settings, new ReversingCipher(), this.json,
				config);
		credentials.save(WORKSPACE, new GoogleAdsCredentials.Connection("123-456-7890", "111-222-3333",
				FakeGoogleAds.DEVELOPER_TOKEN, "client-1.apps.googleusercontent.com", "s3cret", "refresh-1"));
		this.channel = new CustomerMatchChannel(credentials, this.json, this.journal, config);
	}

	@AfterEach
	void stop() {
		this.googleAds.close();
	}

	@Test
	void should_upload_the_hashed_contacts_in_a_job_that_grants_both_consents() {
		// given
		String email = ContactNormaliser.sha256("client.1@exemple.fr");
		String phone = ContactNormaliser.sha256("+33612345678");
		OutboxItem item = item(List.of(new CustomerMatchAudiences.Contact("1", email, phone),
				new CustomerMatchAudiences.Contact("2", null, phone)));

		// when
		String job = this.channel.deliver(item).orElseThrow();
		this.channel.deliver(item);

		// then: one CRM-based list, reused by the second delivery
		assertThat(job).startsWith("customers/1234567890/offlineUserDataJobs/");
		List<JsonNode> lists = this.googleAds.bodies("/userLists:mutate");
		assertThat(lists).hasSize(1);
		JsonNode list = lists.get(0).path("operations").path(0).path("create");
		assertThat(list.path("name").asString()).isEqualTo("Rentrée · Champions");
		assertThat(list.path("crmBasedUserList").path("uploadKeyType").asString()).isEqualTo("CONTACT_INFO");
		JsonNode metadata = this.googleAds.bodies("/offlineUserDataJobs:create")
			.get(0)
			.path("job")
			.path("customerMatchUserListMetadata");
		assertThat(metadata.path("userList").asString()).isEqualTo("customers/1234567890/userLists/9000");
		assertThat(metadata.path("consent").path("adUserData").asString()).isEqualTo("GRANTED");
		assertThat(metadata.path("consent").path("adPersonalization").asString()).isEqualTo("GRANTED");
		JsonNode operations = this.googleAds.bodies(":addOperations").get(0).path("operations");
		assertThat(operations).hasSize(2);
		assertThat(operations.path(0).path("create").path("userIdentifiers").path(0).path("hashedEmail").asString())
			.isEqualTo(email);
		assertThat(
				operations.path(1).path("create").path("userIdentifiers").path(0).path("hashedPhoneNumber").asString())
			.isEqualTo(phone);
		assertThat(this.googleAds.bodies(":run")).hasSize(2);
		assertThat(this.googleAds.headers).allSatisfy((headers) -> {
			assertThat(headers.get("authorization")).isEqualTo("Bearer ya29.ads");
			assertThat(headers.get("developer-token")).isEqualTo(FakeGoogleAds.DEVELOPER_TOKEN);
			assertThat(headers.get("login-customer-id")).isEqualTo("1112223333");
		});
		assertThat(this.settings.values()).noneMatch((v) -> v.contains("s3cret") || v.contains("refresh-1"));
		verify(this.journal, times(2)).record(any(AuditEvent.class));
	}

	@Test
	void should_give_up_at_once_when_google_ads_refuses_and_retry_an_outage() {
		// given
		OutboxItem item = item(List.of(new CustomerMatchAudiences.Contact("1", "a".repeat(64), null)));
		this.googleAds.developerTokenApproved = false;

		// when
		GoogleAdsException refused = catchThrowableOfType(GoogleAdsException.class, () -> this.channel.deliver(item));

		// then
		assertThat(refused.getMessage()).contains("The developer token is only approved for use with test accounts");
		assertThat(refused.status()).isEqualTo("authorizationError.DEVELOPER_TOKEN_NOT_APPROVED");
		assertThat(this.channel.permanent(refused)).isTrue();
		this.googleAds.developerTokenApproved = true;
		this.googleAds.unavailable = true;
		GoogleAdsException outage = catchThrowableOfType(GoogleAdsException.class, () -> this.channel.deliver(item));
		assertThat(outage.httpStatus()).isEqualTo(503);
		assertThat(this.channel.permanent(outage)).isFalse();
	}

	private OutboxItem item(List<CustomerMatchAudiences.Contact> contacts) {
		String body = this.json.writeValueAsString(
				new CustomerMatchChannel.Upload(UUID.randomUUID(), "Rentrée · Champions", "persona 1", contacts));
		return new OutboxItem(UUID.randomUUID(), WORKSPACE, CustomerMatchChannel.KIND, "google-ads",
				"Rentrée · Champions", body, Map.of(), null, OutboxStatus.PENDING, 0, Instant.now(), null,
				Instant.now(), null, null);
	}

}

package crmcopilot.campaigns.internal;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import crmcopilot.campaigns.Platform;
import crmcopilot.campaigns.CampaignBrief;
import crmcopilot.shared.InvalidInputException;
import crmcopilot.workspace.SecretCipher;
import crmcopilot.workspace.WorkspaceSettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Dv360ConnectorTests {

	private static final UUID WORKSPACE = UUID.randomUUID();

	private final JsonMapper json = JsonMapper.builder().build();

	private final InMemoryWorkspaceSettings stored = new InMemoryWorkspaceSettings();

	private KeyPair keys;

	private FakeDisplayVideo dv360;

	private Dv360Credentials credentials;

	private Dv360Connector connector;

	private CampaignsSettings settings;

	/** The waits before retries, recorded instead of waited. */
	private final List<Duration> pauses = new CopyOnWriteArrayList<>();

	@BeforeEach
	void start() throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		this.keys = generator.generateKeyPair();
		this.dv360 = new FakeDisplayVideo(this.keys.getPublic());
		this.settings = new CampaignsSettings(new CampaignsSettings.Dv360(this.dv360.url(), this.dv360.url() + "/token",
				this.dv360.url() + "/auth", Duration.ofSeconds(5)), null, null, false);
		this.credentials = new Dv360Credentials(this.stored, new ReversingCipher(), this.json, this.settings);
		this.connector = new Dv360Connector(this.credentials, this.json, this.settings, this.pauses::add);
	}

	@AfterEach
	void stop() {
		this.dv360.close();
	}

	@Test
	void should_replace_the_targeting_of_a_draft_line_item_with_a_service_account_and_leave_it_inactive() {
		// given
		this.credentials.saveServiceAccount(WORKSPACE, serviceAccountJson());
		this.dv360.lineItems.put("42", "ENTITY_STATUS_DRAFT");
		ObjectNode old = this.json.createObjectNode();
		old.put("targetingType", "TARGETING_TYPE_AGE_RANGE");
		old.put("assignedTargetingOptionId", "503001");
		old.putObject("ageRangeDetails").put("ageRange", "AGE_RANGE_18_24");
		this.dv360.assigned.put("42", new java.util.ArrayList<>(List.of(old)));
		// when
		DspConnector.Transmission sent = this.connector.transmit(WORKSPACE, instructions(),
				new DspConnector.Target(FakeDisplayVideo.ADVERTISER, "42", false));
		// then the line item is untouched in status and carries the new targeting only
		assertThat(sent.entityStatus()).isEqualTo("ENTITY_STATUS_DRAFT");
		assertThat(sent.paused()).isFalse();
		assertThat(sent.created()).contains("TARGETING_TYPE_AGE_RANGE: AGE_RANGE_25_34",
				"TARGETING_TYPE_GEO_REGION: 2250");
		assertThat(this.dv360.lineItems.get("42")).isEqualTo("ENTITY_STATUS_DRAFT");
		assertThat(this.dv360.requests).noneMatch((r) -> r.startsWith("PATCH"));
		JsonNode edit = this.dv360.bulkEdits.get(0);
		assertThat(edit.path("lineItemIds").path(0).asString()).isEqualTo("42");
		assertThat(edit.path("deleteRequests").path(0).path("assignedTargetingOptionIds").path(0).asString())
			.isEqualTo("503001");
		assertThat(edit.path("createRequests").path(0).path("targetingType").asString())
			.isEqualTo("TARGETING_TYPE_AGE_RANGE");
		assertThat(this.dv360.assigned.get("42")
			.stream()
			.map((o) -> o.path("ageRangeDetails").path("ageRange").asString())).doesNotContain("AGE_RANGE_18_24")
			.contains("AGE_RANGE_25_34", "AGE_RANGE_35_44");
		// the JWT was signed with the account's key (the fake verifies it) and exchanged
		// once
		assertThat(this.dv360.tokenRequests).hasSize(1);
		assertThat(this.dv360.tokenRequests.get(0).get("grant_type")).isEqualTo(GoogleOAuth.JWT_BEARER);
		// key and token are stored encrypted only
		assertThat(this.stored.values()).noneMatch((v) -> v.contains("PRIVATE KEY") || v.contains("ya29.fake-1"));
		// a second transmission reuses the cached token and does not duplicate options
		this.connector.transmit(WORKSPACE, instructions(),
				new DspConnector.Target(FakeDisplayVideo.ADVERTISER, "42", false));
		assertThat(this.dv360.tokenRequests).hasSize(1);
		assertThat(this.dv360.assigned.get("42")).hasSize(5);
	}

	@Test
	void should_refuse_an_active_line_item_unless_asked_to_pause_it_first() {
		this.credentials.saveServiceAccount(WORKSPACE, serviceAccountJson());
		this.dv360.lineItems.put("7", Dv360Connector.ACTIVE);
		assertThatThrownBy(() -> this.connector.transmit(WORKSPACE, instructions(),
				new DspConnector.Target(FakeDisplayVideo.ADVERTISER, "7", false)))
			.isInstanceOf(DspException.class)
			.hasMessageContaining("is active");
		assertThat(this.dv360.bulkEdits).isEmpty();
		DspConnector.Transmission sent = this.connector.transmit(WORKSPACE, instructions(),
				new DspConnector.Target(FakeDisplayVideo.ADVERTISER, "7", true));
		assertThat(sent.paused()).isTrue();
		assertThat(sent.entityStatus()).isEqualTo(Dv360Connector.PAUSED);
		assertThat(this.dv360.requests)
			.contains("PATCH /v4/advertisers/" + FakeDisplayVideo.ADVERTISER + "/lineItems/7?updateMask=entityStatus");
		assertThat(this.dv360.bulkEdits).hasSize(1);
	}

	@Test
	void should_surface_the_api_error_message_and_status() {
		this.credentials.saveServiceAccount(WORKSPACE, serviceAccountJson());
		this.dv360.lineItems.put("42", "ENTITY_STATUS_DRAFT");
		this.dv360.forbiddenUntil = 1;
		assertThatThrownBy(() -> this.connector.transmit(WORKSPACE, instructions(),
				new DspConnector.Target(FakeDisplayVideo.ADVERTISER, "42", false)))
			.isInstanceOfSatisfying(DspException.class, (ex) -> {
				assertThat(ex.getMessage()).isEqualTo("The caller does not have permission");
				assertThat(ex.status()).isEqualTo("PERMISSION_DENIED");
				assertThat(ex.code()).isEqualTo(403);
			});
		assertThatThrownBy(() -> this.connector.transmit(WORKSPACE, instructions(),
				new DspConnector.Target(FakeDisplayVideo.ADVERTISER, "999", false)))
			.isInstanceOfSatisfying(DspException.class, (ex) -> assertThat(ex.status()).isEqualTo("NOT_FOUND"));
		assertThat(this.dv360.bulkEdits).isEmpty();
	}

	@Test
	void should_connect_with_a_user_consent_and_renew_a_refused_token() {
		this.credentials.saveClient(WORKSPACE, "client-1.apps.googleusercontent.com", "s3cret");
		String url = this.credentials.consentUrl(WORKSPACE, "http://localhost:8080/campaigns/dsp/callback", "st4te");
		assertThat(url).startsWith(this.dv360.url() + "/auth?response_type=code&client_id=client-1")
			.contains("access_type=offline", "state=st4te",
					"scope=https%3A%2F%2Fwww.googleapis.com%2Fauth%2Fdisplay-video");
		assertThat(this.connector.connected(WORKSPACE)).isFalse();
		assertThatThrownBy(() -> this.credentials.completeConsent(WORKSPACE, "bad-code", "http://x/cb"))
			.isInstanceOf(DspException.class)
			.hasMessageContaining("invalid_grant");
		this.credentials.completeConsent(WORKSPACE, "good-code", "http://localhost:8080/campaigns/dsp/callback");
		assertThat(this.connector.connected(WORKSPACE)).isTrue();
		assertThat(this.stored.values()).noneMatch((v) -> v.contains("refresh-xyz") || v.contains("s3cret"));
		// the API revokes the cached token: the refresh token gets a new one, once
		this.dv360.issuedToken = "ya29.fake-2";
		this.dv360.lineItems.put("42", "ENTITY_STATUS_PAUSED");
		DspConnector.Transmission sent = this.connector.transmit(WORKSPACE, instructions(),
				new DspConnector.Target(FakeDisplayVideo.ADVERTISER, "42", false));
		assertThat(sent.entityStatus()).isEqualTo("ENTITY_STATUS_PAUSED");
		assertThat(this.dv360.tokenRequests).extracting((f) -> f.get("grant_type"))
			.containsExactly("authorization_code", "authorization_code", "refresh_token");
	}

	@Test
	void should_retry_an_unavailable_api_twice_after_a_growing_pause() {
		// given
		this.credentials.saveServiceAccount(WORKSPACE, serviceAccountJson());
		this.dv360.lineItems.put("42", "ENTITY_STATUS_DRAFT");
		this.dv360.unavailableUntil = 2;
		// when
		DspConnector.Transmission sent = this.connector.transmit(WORKSPACE, instructions(),
				new DspConnector.Target(FakeDisplayVideo.ADVERTISER, "42", false));
		// then
		assertThat(this.pauses).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000));
		assertThat(sent.entityStatus()).isEqualTo("ENTITY_STATUS_DRAFT");
		// a third 503 in a row is not retried again
		this.pauses.clear();
		this.dv360.unavailableUntil = 3;
		assertThatThrownBy(() -> this.connector.transmit(WORKSPACE, instructions(),
				new DspConnector.Target(FakeDisplayVideo.ADVERTISER, "42", false)))
			.isInstanceOf(DspException.class);
		assertThat(this.pauses).hasSize(2);
	}

	@Test
	void should_reject_bad_credentials_and_other_platforms_before_any_call() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.credentials.saveServiceAccount(WORKSPACE, "{}"))
			.withMessageContaining("service_account");
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> this.credentials.saveServiceAccount(
				WORKSPACE,
				"{\"type\":\"service_account\",\"client_email\":\"a@b.iam.gserviceaccount.com\",\"private_key\":\"nope\"}"))
			.withMessageContaining("private_key");
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> new DspConnector.Target("1001", "12; DROP", false));
		DspTargeting.Instructions pmax = new DspTargeting.Instructions(Platform.PMAX, List.of(), Map.of(), List.of());
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.connector.transmit(WORKSPACE, pmax, new DspConnector.Target("1001", "42", false)));
		assertThatThrownBy(
				() -> this.connector.transmit(WORKSPACE, instructions(), new DspConnector.Target("1001", "42", false)))
			.isInstanceOf(DspException.class)
			.hasMessageContaining("not connected");
		assertThat(this.dv360.requests).isEmpty();
	}

	private String serviceAccountJson() {
		String pem = "-----BEGIN PRIVATE KEY-----\n"
				+ Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(this.keys.getPrivate().getEncoded())
				+ "\n-----END PRIVATE KEY-----\n";
		ObjectNode key = this.json.createObjectNode();
		key.put("type", "service_account");
		key.put("project_id", "maison-demo");
		key.put("private_key_id", "abc");
		key.put("private_key", pem);
		key.put("client_email", "dv360@maison-demo.iam.gserviceaccount.com");
		key.put("token_uri", "https://oauth2.googleapis.com/token");
		return key.toString();
	}

	/** Step 9's DV360 payload as {@link DspTargeting} builds it. */
	private static DspTargeting.Instructions instructions() {
		List<Object> creates = List.of(
				create("TARGETING_TYPE_AGE_RANGE", "ageRangeDetails", "ageRange", "AGE_RANGE_25_34", "AGE_RANGE_35_44"),
				create("TARGETING_TYPE_HOUSEHOLD_INCOME", "householdIncomeDetails", "householdIncome",
						"HOUSEHOLD_INCOME_TOP_10_PERCENT"),
				create("TARGETING_TYPE_GEO_REGION", "geoRegionDetails", "targetingOptionId", DspTargeting.FRANCE),
				create("TARGETING_TYPE_DEVICE_TYPE", "deviceTypeDetails", "deviceType", "DEVICE_TYPE_SMART_PHONE"));
		DspTargeting.Instructions dsp = new DspTargeting.Instructions(Platform.DV360, List.of(),
				Map.of("lineItemIds", List.of("{lineItemId}"), "createRequests", creates), List.of());
		assertThat(TargetingValues.invalid(dsp)).isEmpty();
		return dsp;
	}

	private static Map<String, Object> create(String type, String details, String field, String... values) {
		return Map.of("targetingType", type, "assignedTargetingOptions",
				List.of(values).stream().map((v) -> Map.of(details, Map.of(field, v))).collect(Collectors.toList()));
	}

}

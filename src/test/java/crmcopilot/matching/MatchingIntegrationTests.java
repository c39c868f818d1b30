package crmcopilot.matching;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import crmcopilot.CopilotIntegrationTest;
import crmcopilot.DemoData;
import crmcopilot.TestSession;
import crmcopilot.audit.Consents;
import crmcopilot.matching.internal.ClientPhones;
import crmcopilot.matching.internal.ClientRequest;
import crmcopilot.matching.internal.MatchingService;
import crmcopilot.matching.internal.Mode;
import crmcopilot.matching.internal.SessionStatus;
import crmcopilot.matching.internal.ShopperProfile;
import crmcopilot.matching.internal.scoring.MatchWeights;
import crmcopilot.workspace.PrivacyLevel;
import crmcopilot.workspace.Role;
import crmcopilot.workspace.Workspace;
import crmcopilot.workspace.WorkspaceUsers;
import crmcopilot.workspace.Workspaces;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@CopilotIntegrationTest
class MatchingIntegrationTests {

	private static final String PASSWORD = "a-long-test-password";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Workspaces workspaces;

	@Autowired
	WorkspaceUsers users;

	@Autowired
	MatchingService matching;

	@Autowired
	Consents consents;

	private Workspace workspace() {
		String slug = "m-" + UUID.randomUUID().toString().substring(0, 8);
		return this.workspaces.create(new Workspaces.NewWorkspace(slug, "Atelier " + slug, "fr", "Europe/Paris",
				PrivacyLevel.PRIVATE, false));
	}

	private ShopperProfile shopper(Workspace ws, String name, String email, String city) {
		ShopperProfile shopper = new ShopperProfile(UUID.randomUUID(), name, email, city, null, null,
				Set.of(Mode.IN_PERSON, Mode.REMOTE), Set.of("boheme", "classique"), 50, 150, Set.of("mariage"),
				Set.of("naissance"), Set.of("sablier"), Set.of("fr", "en"), Set.of("bohème"), 3,
				Set.of("samedi", "semaine"), null, "Mariage et couleurs", 25);
		this.matching.saveShopper(ws.id(), shopper);
		return shopper;
	}

	private static Map<String, String> form(String email, boolean consent) {
		Map<String, String> fields = new LinkedHashMap<>(Map.ofEntries(Map.entry("name", "Fatou Ndiaye"),
				Map.entry("email", email), Map.entry("city", "Paris"), Map.entry("mode", "presentiel"),
				Map.entry("styles", "bohème"), Map.entry("budget", "120"), Map.entry("goals", "mariage"),
				Map.entry("morphology", "sablier"), Map.entry("preferences", "Des couleurs vives"),
				Map.entry("availability", "samedi"), Map.entry("language", "fr")));
		if (consent) {
			fields.put("consent", "true");
		}
		return fields;
	}

	@Test
	void public_form_requires_consent_and_stores_nothing_without_it() {
		Workspace ws = workspace();
		shopper(ws, "Léa Martin", "lea-" + ws.slug() + "@example.com", "Paris");
		TestSession visitor = TestSession.anonymous(this.port);
		visitor.get("/public/matching/" + ws.slug());
		String email = "fatou-" + ws.slug() + "@example.com";
		HttpResponse<String> refused = visitor.submit("/public/matching/" + ws.slug(), form(email, false));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("consentement est nécessaire");
		assertThat(this.matching.clients(ws.id())).isEmpty();
		assertThat(this.consents.current(ws.id(), email, MatchingService.CONSENT_PURPOSE)).isEmpty();

		HttpResponse<String> bad = visitor.submit("/public/matching/" + ws.slug(),
				Map.ofEntries(Map.entry("name", ""), Map.entry("email", "nope"), Map.entry("city", "Atlantis"),
						Map.entry("budget", "abc"), Map.entry("phone", "06 12"), Map.entry("consent", "true")));
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("adresse email valide", "Ville inconnue", "budget positif",
				"numéro de mobile valide");
	}

	@Test
	void public_form_records_consent_ranks_shoppers_and_explains_the_best() {
		Workspace ws = workspace();
		shopper(ws, "Léa Martin", "lea-" + ws.slug() + "@example.com", "Paris");
		shopper(ws, "Awa Diallo", "awa-" + ws.slug() + "@example.com", "Dakar");
		TestSession visitor = TestSession.anonymous(this.port);
		visitor.get("/public/matching/" + ws.slug());
		String email = "fatou-" + ws.slug() + "@example.com";
		Map<String, String> fields = form(email, true);
		fields.put("phone", "+33 6 12 34 56 78");
		fields.put("smsConsent", "true");
		HttpResponse<String> accepted = visitor.submit("/public/matching/" + ws.slug(), fields);
		assertThat(accepted.statusCode()).isEqualTo(302);
		String location = accepted.headers().firstValue("Location").orElseThrow();
		assertThat(location).contains("/public/matching/" + ws.slug() + "/result/");
		assertThat(this.consents.isGranted(ws.id(), email, MatchingService.CONSENT_PURPOSE)).isTrue();
		assertThat(this.consents.isGranted(ws.id(), email, ClientPhones.CONSENT_PURPOSE)).isTrue();

		HttpResponse<String> result = visitor.get(location.replaceFirst("^https?://[^/]+", ""));
		assertThat(result.statusCode()).isEqualTo(200);
		assertThat(result.body()).contains("Léa Martin", "id=\"explanation\"", "bohème").doesNotContain("Awa Diallo");
		assertThat(TestSession.anonymous(this.port)
			.get("/public/matching/" + ws.slug() + "/result/" + UUID.randomUUID())
			.statusCode()).isEqualTo(404);
	}

	@Test
	void a_shopper_sees_only_their_own_clients_of_their_own_workspace() {
		Workspace ws = workspace();
		String mine = "mine-" + ws.slug() + "@example.com";
		String other = "other-" + ws.slug() + "@example.com";
		ShopperProfile me = shopper(ws, "Léa Martin", mine, "Paris");
		ShopperProfile colleague = shopper(ws, "Chloé Petit", other, "Paris");
		this.users.create(ws.id(), mine, "Léa", Role.SHOPPER, PASSWORD);
		ClientRequest myClient = client("Camille Roux");
		ClientRequest theirClient = client("Inès Garcia");
		this.matching.importClients(ws.id(), List.of(myClient, theirClient));
		this.matching.assign(ws.id(), myClient.id(), me.id(), "test");
		this.matching.assign(ws.id(), theirClient.id(), colleague.id(), "test");

		Workspace elsewhere = workspace();
		ShopperProfile foreign = shopper(elsewhere, "Léa Martin", mine, "Paris");
		ClientRequest foreignClient = client("Manon Simon");
		this.matching.importClients(elsewhere.id(), List.of(foreignClient));
		this.matching.assign(elsewhere.id(), foreignClient.id(), foreign.id(), "test");

		TestSession shopper = TestSession.signedIn(this.port, mine, PASSWORD);
		HttpResponse<String> space = shopper.get("/matching/space");
		assertThat(space.statusCode()).isEqualTo(200);
		assertThat(space.body()).contains("Camille Roux").doesNotContain("Inès Garcia", "Manon Simon");
		HttpResponse<String> brief = shopper.get("/matching/space/" + myClient.id());
		assertThat(brief.statusCode()).isEqualTo(200);
		assertThat(brief.body()).contains("Pré-brief", "Questions à poser", "Camille Roux");
		assertThat(shopper.get("/matching/space/" + theirClient.id()).statusCode()).isEqualTo(404);
		assertThat(shopper.get("/matching/space/" + foreignClient.id()).statusCode()).isEqualTo(404);
		assertThat(shopper
			.submit("/matching/space/" + theirClient.id(),
					Map.ofEntries(Map.entry("status", "DONE"), Map.entry("notes", "x")))
			.statusCode()).isEqualTo(404);
		assertThat(this.matching.client(ws.id(), theirClient.id()).orElseThrow().sessionStatus())
			.isEqualTo(SessionStatus.PENDING);
		HttpResponse<String> saved = shopper.submit("/matching/space/" + myClient.id(),
				Map.ofEntries(Map.entry("status", "SCHEDULED"), Map.entry("notes", "Samedi 10h")));
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(this.matching.client(ws.id(), myClient.id()).orElseThrow().notes()).isEqualTo("Samedi 10h");
		assertThat(shopper.get("/matching/board").statusCode()).isEqualTo(403);
	}

	@Test
	void a_shopper_edits_only_their_own_profile_and_keeps_email_and_capacity() {
		Workspace ws = workspace();
		String mine = "self-" + ws.slug() + "@example.com";
		ShopperProfile me = shopper(ws, "Léa Martin", mine, "Paris");
		ShopperProfile colleague = shopper(ws, "Chloé Petit", "peer-" + ws.slug() + "@example.com", "Paris");
		this.users.create(ws.id(), mine, "Léa", Role.SHOPPER, PASSWORD);
		TestSession shopper = TestSession.signedIn(this.port, mine, PASSWORD);

		HttpResponse<String> page = shopper.get("/matching/space/profile");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Léa Martin").doesNotContain("Chloé Petit");
		// the workspace's lists are checkboxes
		assertThat(page.body()).contains("type=\"checkbox\" name=\"styles\" value=\"minimaliste\"",
				"type=\"checkbox\" name=\"availability\" value=\"samedi\"");
		HttpResponse<String> saved = shopper.submit("/matching/space/profile",
				Map.ofEntries(Map.entry("name", "Léa Martin-Roy"), Map.entry("email", "hijack@example.com"),
						Map.entry("city", "Lyon"), Map.entry("modes", "visio"), Map.entry("styles", "minimaliste"),
						Map.entry("priceMin", "60"), Map.entry("priceMax", "200"), Map.entry("capacity", "99"),
						Map.entry("description", "Capsules")));
		assertThat(saved.statusCode()).isEqualTo(302);
		ShopperProfile updated = this.matching.shopper(ws.id(), me.id()).orElseThrow();
		assertThat(updated.name()).isEqualTo("Léa Martin-Roy");
		assertThat(updated.city()).isEqualTo("Lyon");
		assertThat(updated.styles()).containsExactly("minimaliste");
		assertThat(updated.email()).isEqualTo(mine);
		assertThat(updated.capacity()).isEqualTo(me.capacity());
		assertThat(this.matching.shopper(ws.id(), colleague.id()).orElseThrow().name()).isEqualTo("Chloé Petit");
		// the manager pages stay closed to a shopper
		assertThat(shopper.get("/matching/shoppers/" + colleague.id()).statusCode()).isEqualTo(403);
		assertThat(shopper.submit("/matching/shoppers/" + colleague.id(),
				Map.ofEntries(Map.entry("name", "x"), Map.entry("email", "x@example.com"), Map.entry("city", "Paris"),
						Map.entry("priceMin", "1"), Map.entry("priceMax", "2"), Map.entry("capacity", "1")))
			.statusCode()).isEqualTo(403);
		assertThat(this.matching.shopper(ws.id(), colleague.id()).orElseThrow().name()).isEqualTo("Chloé Petit");

		// a SHOPPER user without a linked profile has nothing to edit
		String stranger = "nobody-" + ws.slug() + "@example.com";
		this.users.create(ws.id(), stranger, "Nobody", Role.SHOPPER, PASSWORD);
		assertThat(TestSession.signedIn(this.port, stranger, PASSWORD).get("/matching/space/profile").statusCode())
			.isEqualTo(404);
	}

	@Test
	void the_manager_board_assigns_pending_clients_within_capacity() {
		Workspace ws = workspace();
		String manager = "boss-" + ws.slug() + "@example.com";
		this.users.create(ws.id(), manager, "Boss", Role.MANAGER, PASSWORD);
		ShopperProfile a = shopper(ws, "Léa Martin", "a-" + ws.slug() + "@example.com", "Paris");
		ShopperProfile b = shopper(ws, "Chloé Petit", "b-" + ws.slug() + "@example.com", "Paris");
		List<ClientRequest> clients = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			clients.add(client("Client " + i));
		}
		this.matching.importClients(ws.id(), clients);
		TestSession session = TestSession.signedIn(this.port, manager, PASSWORD);
		String board = session.get("/matching/board").body();
		assertThat(board).contains("Client 0");
		// each pending client's list starts on the shopper recommended for them
		assertThat(board).containsPattern("selected=\"selected\">(Léa Martin|Chloé Petit) — meilleur choix");
		assertThat(
				session.submit("/matching/board/assign-all", Map.ofEntries(Map.entry("balance", "true"))).statusCode())
			.isEqualTo(302);
		// the board says why two clients got no place
		assertThat(session.get("/matching/board").body()).contains("id=\"left-out\"",
				"les personal shoppers qui lui conviennent sont complets");
		Map<UUID, Integer> loads = this.matching.loads(ws.id());
		assertThat(loads.get(a.id())).isEqualTo(3);
		assertThat(loads.get(b.id())).isEqualTo(3);
		assertThat(this.matching.clients(ws.id()).stream().filter((c) -> c.shopperId() == null)).hasSize(2);
		assertThat(session.get("/matching/shoppers/export.json").body()).contains("Léa Martin");
		assertThat(session.get("/matching/board").body()).contains("id=\"weights\"");
		assertThat(
				session
					.submit("/matching/weights",
							Map.ofEntries(Map.entry("style", "1"), Map.entry("goals", "0"),
									Map.entry("lifeMoments", "0"), Map.entry("morphology", "0"),
									Map.entry("budget", "0"), Map.entry("distance", "0"), Map.entry("semantic", "0")))
					.statusCode())
			.isEqualTo(302);
		assertThat(this.matching.weights(ws.id())).isEqualTo(new MatchWeights(1, 0, 0, 0, 0, 0, 0));
	}

	@Test
	void the_home_dashboard_shows_pending_weekly_and_load_figures_and_a_shopper_their_count() {
		Workspace ws = workspace();
		String manager = "home-" + ws.slug() + "@example.com";
		String mine = "home-shopper-" + ws.slug() + "@example.com";
		this.users.create(ws.id(), manager, "Boss", Role.MANAGER, PASSWORD);
		this.users.create(ws.id(), mine, "Léa", Role.SHOPPER, PASSWORD);
		ShopperProfile lea = shopper(ws, "Léa Martin", mine, "Paris");
		shopper(ws, "Chloé Petit", "peer-" + ws.slug() + "@example.com", "Paris");
		List<ClientRequest> clients = List.of(client("Client A"), client("Client B"), client("Client C"));
		this.matching.importClients(ws.id(), clients);
		this.matching.assign(ws.id(), clients.get(0).id(), lea.id(), "test");

		String home = TestSession.signedIn(this.port, manager, PASSWORD).get("/").body();
		assertThat(cardValue(home, "Personal shopping : clients en attente")).isEqualTo("2");
		assertThat(cardValue(home, "Clients affectés cette semaine")).isEqualTo("1");
		// 1 client for 6 places
		assertThat(cardValue(home, "Charge des personal shoppers")).isEqualTo("17 %");
		String shopperHome = TestSession.signedIn(this.port, mine, PASSWORD).get("/").body();
		assertThat(cardValue(shopperHome, "Mes clients")).isEqualTo("1");
		assertThat(shopperHome).doesNotContain("Charge des personal shoppers");
	}

	private static String cardValue(String page, String title) {
		java.util.regex.Matcher matcher = java.util.regex.Pattern
			.compile(java.util.regex.Pattern.quote(title) + "</span>\\s*<span class=\"card-value\">([^<]*)</span>")
			.matcher(page);
		assertThat(matcher.find()).as(title).isTrue();
		return matcher.group(1);
	}

	@Test
	void the_demo_shopper_has_assigned_clients() {
		Workspace demo = this.workspaces.demo().orElseThrow();
		DemoData.awaitSeeded(this.jdbc);
		ShopperProfile shopper = this.matching.shopperOfUser(demo.id(), "shopper@maison-demo.fr").orElse(null);
		assertThat(shopper).isNotNull();
		assertThat(this.matching.clientsOf(demo.id(), shopper.id())).isNotEmpty();
		assertThat(this.matching.shoppers(demo.id())).hasSize(20);
		assertThat(this.matching.clients(demo.id())).hasSizeGreaterThanOrEqualTo(100);
	}

	private static ClientRequest client(String name) {
		return new ClientRequest(UUID.randomUUID(), name, name.replace(' ', '.').toLowerCase() + "@example.com",
				"Paris", Mode.ANY, Set.of("boheme"), 100, Set.of("mariage"), Set.of(), null, "", Set.of("samedi"),
				"fr");
	}

}

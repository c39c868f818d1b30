package crmcopilot.matching;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import crmcopilot.CopilotIntegrationTest;
import crmcopilot.TestSession;
import crmcopilot.TestWorkspaces;
import crmcopilot.audit.Consents;
import crmcopilot.matching.internal.ClientRequest;
import crmcopilot.matching.internal.MatchingService;
import crmcopilot.matching.internal.Mode;
import crmcopilot.matching.internal.ShopperProfile;
import crmcopilot.workspace.Permissions;
import crmcopilot.workspace.Role;
import crmcopilot.workspace.Workspace;
import crmcopilot.workspace.Workspaces;
import crmcopilot.workspace.internal.AccountService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The REST API with bearer tokens: managers' routes, shoppers' own clients, isolation.
 */
@CopilotIntegrationTest
class MatchingApiIntegrationTests {

	private static final String JSON = "application/json";

	@LocalServerPort
	int port;

	@Autowired
	Workspaces workspaces;

	@Autowired
	AccountService accounts;

	@Autowired
	Permissions permissions;

	@Autowired
	MatchingService matching;

	@Autowired
	Consents consents;

	@Autowired
	JsonMapper json;

	@Test
	void a_manager_token_manages_shoppers_and_clients_and_assigns() {
		// given
		Workspace ws = TestWorkspaces.create(this.workspaces, "Atelier API");
		String manager = token(ws, "manager", Role.MANAGER);
		TestSession api = TestSession.anonymous(this.port);

		// shoppers: create, read, list with search, update, validation naming the field
		HttpResponse<String> created = call(api, "POST", "/api/v1/matching/shoppers", manager,
				shopperJson("Léa Martin", "lea@example.com", "\"presentiel\", \"visio\"", 2));
		assertThat(created.statusCode()).isEqualTo(201);
		String leaId = read(created).get("id").asString();
		call(api, "POST", "/api/v1/matching/shoppers", manager,
				shopperJson("Awa Diallo", "awa@example.com", "\"visio\"", 1));
		JsonNode page = read(call(api, "GET", "/api/v1/matching/shoppers?q=lea&size=1", manager, null));
		assertThat(page.get("totalItems").asInt()).isEqualTo(1);
		assertThat(page.get("items").get(0).get("name").asString()).isEqualTo("Léa Martin");
		assertThat(read(call(api, "GET", "/api/v1/matching/shoppers?size=1&page=1", manager, null)).get("totalPages")
			.asInt()).isEqualTo(2);
		HttpResponse<String> updated = call(api, "PUT", "/api/v1/matching/shoppers/" + leaId, manager,
				shopperJson("Léa Martin-Roy", "lea@example.com", "\"presentiel\"", 2));
		assertThat(updated.statusCode()).isEqualTo(200);
		assertThat(read(updated).get("name").asString()).isEqualTo("Léa Martin-Roy");
		HttpResponse<String> badMode = call(api, "POST", "/api/v1/matching/shoppers", manager,
				shopperJson("X", "x@example.com", "\"teleportation\"", 1));
		assertThat(badMode.statusCode()).isEqualTo(400);
		assertThat(badMode.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
		assertThat(read(badMode).get("field").asString()).isEqualTo("modes");
		HttpResponse<String> noName = call(api, "POST", "/api/v1/matching/shoppers", manager,
				shopperJson("", "x@example.com", "\"visio\"", 1));
		assertThat(read(noName).get("field").asString()).isEqualTo("name");

		// clients: consent is required and recorded
		HttpResponse<String> noConsent = call(api, "POST", "/api/v1/matching/clients", manager,
				clientJson("Camille Roux", "camille@example.com", "false"));
		assertThat(noConsent.statusCode()).isEqualTo(400);
		assertThat(read(noConsent).get("field").asString()).isEqualTo("consent");
		HttpResponse<String> missingConsent = call(api, "POST", "/api/v1/matching/clients", manager,
				clientJson("Camille Roux", "camille@example.com", null));
		assertThat(read(missingConsent).get("field").asString()).isEqualTo("consent");
		HttpResponse<String> badCity = call(api, "POST", "/api/v1/matching/clients", manager,
				clientJson("Camille Roux", "camille@example.com", "true").replace("\"Paris\"", "\"Atlantis\""));
		assertThat(read(badCity).get("field").asString()).isEqualTo("city");
		HttpResponse<String> badPhone = call(api, "POST", "/api/v1/matching/clients", manager,
				clientJson("Camille Roux", "camille@example.com", "true").replace("\"fr\"",
						"\"fr\",\"phone\":\"06 12\",\"smsConsent\":true"));
		assertThat(badPhone.statusCode()).isEqualTo(400);
		assertThat(read(badPhone).get("field").asString()).isEqualTo("phone");
		assertThat(this.matching.clients(ws.id())).isEmpty();
		HttpResponse<String> client = call(api, "POST", "/api/v1/matching/clients", manager,
				clientJson("Camille Roux", "camille@example.com", "true"));
		assertThat(client.statusCode()).isEqualTo(201);
		String clientId = read(client).get("request").get("id").asString();
		call(api, "POST", "/api/v1/matching/clients", manager, clientJson("Inès Garcia", "ines@example.com", "true"));
		call(api, "POST", "/api/v1/matching/clients", manager, clientJson("Manon Simon", "manon@example.com", "true"));
		assertThat(this.consents.isGranted(ws.id(), "camille@example.com", MatchingService.CONSENT_PURPOSE)).isTrue();
		assertThat(read(call(api, "GET", "/api/v1/matching/clients?status=pending&q=camille", manager, null))
			.get("totalItems")
			.asInt()).isEqualTo(1);
		assertThat(call(api, "GET", "/api/v1/matching/clients?status=lost", manager, null).statusCode()).isEqualTo(400);
		HttpResponse<String> csv = call(api, "GET", "/api/v1/matching/clients/export", manager, null);
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.body()).startsWith("id,name,email").contains("Camille Roux", "Manon Simon");

		// match: ranked shoppers with breakdown and the explanation of the best
		JsonNode match = read(call(api, "GET", "/api/v1/matching/clients/" + clientId + "/matches", manager, null));
		assertThat(match.get("shoppers").get(0).get("shopper").get("name").asString()).isEqualTo("Léa Martin-Roy");
		assertThat(match.get("shoppers").get(0).get("breakdown").get("parts").size()).isEqualTo(7);
		assertThat(match.get("explanation").get("headline").asString()).contains("Léa Martin-Roy");

		// batch assignment within capacity (Léa 2, Awa 1: visio only but clients accept
		// any mode)
		JsonNode batch = read(call(api, "POST", "/api/v1/matching/assignments/batch", manager, "{\"balance\":true}"));
		assertThat(batch.get("assigned").asInt()).isEqualTo(3);
		JsonNode assignments = read(call(api, "GET", "/api/v1/matching/assignments", manager, null));
		assertThat(assignments.get("totalItems").asInt()).isEqualTo(3);
		assertThat(this.matching.loads(ws.id()).get(UUID.fromString(leaId))).isEqualTo(2);

		// one client by hand: full shopper refused naming the field, unassign accepted
		String awaId = this.matching.shoppers(ws.id())
			.stream()
			.filter((s) -> s.name().equals("Awa Diallo"))
			.findFirst()
			.orElseThrow()
			.id()
			.toString();
		String leaClient = this.matching.clientsOf(ws.id(), UUID.fromString(leaId)).get(0).id().toString();
		HttpResponse<String> full = call(api, "PUT", "/api/v1/matching/clients/" + leaClient + "/assignment", manager,
				"{\"shopperId\":\"" + awaId + "\"}");
		assertThat(full.statusCode()).isEqualTo(400);
		assertThat(read(full).get("field").asString()).isEqualTo("shopperId");
		HttpResponse<String> unassigned = call(api, "PUT", "/api/v1/matching/clients/" + leaClient + "/assignment",
				manager, "{\"shopperId\":null}");
		assertThat(unassigned.statusCode()).isEqualTo(200);
		assertThat(read(unassigned).get("shopperId").isNull()).isTrue();

		// delete
		assertThat(call(api, "DELETE", "/api/v1/matching/shoppers/" + awaId, manager, null).statusCode())
			.isEqualTo(204);
		assertThat(call(api, "GET", "/api/v1/matching/shoppers/" + awaId, manager, null).statusCode()).isEqualTo(404);
	}

	@Test
	void a_manager_reads_and_replaces_the_value_lists_and_currency() {
		Workspace ws = TestWorkspaces.create(this.workspaces, "Atelier listes");
		String manager = token(ws, "manager", Role.MANAGER);
		TestSession api = TestSession.anonymous(this.port);

		JsonNode before = read(call(api, "GET", "/api/v1/matching/settings", manager, null));
		assertThat(before.get("currency").asString()).isEqualTo("EUR");
		assertThat(before.get("lists").get("styles").size()).isGreaterThan(2);
		int goals = before.get("lists").get("goals").size();

		HttpResponse<String> saved = call(api, "PUT", "/api/v1/matching/settings", manager,
				"{\"lists\": {\"styles\": [\"wax\", \"minimaliste\"]}, \"currency\": \"XOF\"}");
		assertThat(saved.statusCode()).isEqualTo(200);
		JsonNode after = read(call(api, "GET", "/api/v1/matching/settings", manager, null));
		assertThat(after.get("currency").asString()).isEqualTo("XOF");
		assertThat(after.get("lists").get("styles").toString()).isEqualTo("[\"wax\",\"minimaliste\"]");
		assertThat(after.get("lists").get("goals").size()).isEqualTo(goals);
		assertThat(before.get("ratingsChangeScores").asBoolean()).as("off by default").isFalse();
		assertThat(after.get("ratingsChangeScores").asBoolean()).as("kept when left out").isFalse();
		assertThat(read(call(api, "PUT", "/api/v1/matching/settings", manager, "{\"ratingsChangeScores\": true}"))
			.get("ratingsChangeScores")
			.asBoolean()).isTrue();
		assertThat(read(call(api, "GET", "/api/v1/matching/settings", manager, null)).get("currency").asString())
			.as("other parts kept")
			.isEqualTo("XOF");

		HttpResponse<String> badCurrency = call(api, "PUT", "/api/v1/matching/settings", manager,
				"{\"currency\": \"EURO\"}");
		assertThat(badCurrency.statusCode()).isEqualTo(400);
		assertThat(read(badCurrency).get("field").asString()).isEqualTo("currency");
		HttpResponse<String> badList = call(api, "PUT", "/api/v1/matching/settings", manager,
				"{\"lists\": {\"colours\": [\"rouge\"]}}");
		assertThat(badList.statusCode()).isEqualTo(400);
		assertThat(read(badList).get("field").asString()).isEqualTo("lists.colours");
		assertThat(read(call(api, "GET", "/api/v1/matching/settings", manager, null)).get("currency").asString())
			.isEqualTo("XOF");
		String shopper = token(ws, "shopper", Role.SHOPPER);
		assertThat(call(api, "GET", "/api/v1/matching/settings", shopper, null).statusCode()).isEqualTo(403);
	}

	@Test
	void a_shopper_token_sees_only_its_own_clients_and_foreign_ids_are_404() {
		Workspace ws = TestWorkspaces.create(this.workspaces, "Atelier API B");
		ShopperProfile lea = shopper(ws, "lea-" + ws.slug() + "@example.com");
		ShopperProfile chloe = shopper(ws, "chloe-" + ws.slug() + "@example.com");
		ClientRequest mine = client("Camille Roux");
		ClientRequest theirs = client("Inès Garcia");
		this.matching.importClients(ws.id(), List.of(mine, theirs));
		this.matching.assign(ws.id(), mine.id(), lea.id(), "test");
		this.matching.assign(ws.id(), theirs.id(), chloe.id(), "test");
		String shopperToken = token(ws, lea.email(), Role.SHOPPER);
		String manager = token(ws, "manager", Role.MANAGER);
		TestSession api = TestSession.anonymous(this.port);

		HttpResponse<String> own = call(api, "GET", "/api/v1/matching/me/clients", shopperToken, null);
		assertThat(own.statusCode()).isEqualTo(200);
		assertThat(own.body()).contains("Camille Roux").doesNotContain("Inès Garcia");
		assertThat(read(own).get("totalItems").asInt()).isEqualTo(1);
		for (String path : List.of("/api/v1/matching/clients", "/api/v1/matching/clients/" + theirs.id(),
				"/api/v1/matching/shoppers", "/api/v1/matching/assignments",
				"/api/v1/matching/clients/" + theirs.id() + "/matches")) {
			assertThat(call(api, "GET", path, shopperToken, null).statusCode()).as(path).isEqualTo(403);
		}
		assertThat(call(api, "PUT", "/api/v1/matching/clients/" + theirs.id() + "/assignment", shopperToken,
				"{\"shopperId\":\"" + lea.id() + "\"}")
			.statusCode()).isEqualTo(403);
		assertThat(this.matching.client(ws.id(), theirs.id()).orElseThrow().shopperId()).isEqualTo(chloe.id());
		String stranger = token(ws, "nobody-" + ws.slug() + "@example.com", Role.SHOPPER);
		assertThat(call(api, "GET", "/api/v1/matching/me/clients", stranger, null).statusCode()).isEqualTo(404);

		// another workspace's ids
		Workspace other = TestWorkspaces.create(this.workspaces, "Ailleurs");
		String foreign = token(other, "manager", Role.MANAGER);
		assertThat(call(api, "GET", "/api/v1/matching/shoppers/" + lea.id(), foreign, null).statusCode())
			.isEqualTo(404);
		assertThat(call(api, "GET", "/api/v1/matching/clients/" + mine.id(), foreign, null).statusCode())
			.isEqualTo(404);
		assertThat(call(api, "GET", "/api/v1/matching/clients/" + mine.id() + "/matches", foreign, null).statusCode())
			.isEqualTo(404);
		assertThat(call(api, "PUT", "/api/v1/matching/shoppers/" + lea.id(), foreign,
				shopperJson("Hijack", "h@example.com", "\"visio\"", 1))
			.statusCode()).isEqualTo(404);
		assertThat(call(api, "DELETE", "/api/v1/matching/shoppers/" + lea.id(), foreign, null).statusCode())
			.isEqualTo(404);
		assertThat(call(api, "PUT", "/api/v1/matching/clients/" + mine.id() + "/assignment", foreign,
				"{\"shopperId\":null}")
			.statusCode()).isEqualTo(404);
		assertThat(call(api, "PUT", "/api/v1/matching/clients/" + mine.id() + "/assignment", manager,
				"{\"shopperId\":\"" + UUID.randomUUID() + "\"}")
			.statusCode()).isEqualTo(400);
		assertThat(call(api, "GET", "/api/v1/matching/shoppers/not-a-uuid", manager, null).statusCode()).isEqualTo(400);
		assertThat(this.matching.shopper(ws.id(), lea.id()).orElseThrow().name()).isEqualTo("Léa Martin");
		assertThat(this.matching.client(ws.id(), mine.id()).orElseThrow().shopperId()).isEqualTo(lea.id());
	}

	private String token(Workspace ws, String name, Role role) {
		return this.accounts.issueToken(TestWorkspaces.admin(ws, this.permissions.of(Role.ADMIN)), name, role, null)
			.value();
	}

	private ShopperProfile shopper(Workspace ws, String email) {
		ShopperProfile shopper = new ShopperProfile(UUID.randomUUID(), "Léa Martin", email, "Paris", null, null,
				Set.of(Mode.IN_PERSON, Mode.REMOTE), Set.of("boheme"), 50, 150, Set.of("mariage"), Set.of(),
				Set.of("sablier"), Set.of("fr"), Set.of("bohème"), 3, Set.of("samedi"), null, "Mariage", 25);
		this.matching.saveShopper(ws.id(), shopper);
		return shopper;
	}

	private static ClientRequest client(String name) {
		return new ClientRequest(UUID.randomUUID(), name, name.replace(' ', '.').toLowerCase() + "@example.com",
				"Paris", Mode.ANY, Set.of("boheme"), 100, Set.of("mariage"), Set.of(), null, "", Set.of("samedi"),
				"fr");
	}

	private static String shopperJson(String name, String email, String modes, int capacity) {
		return """
				{"name":"%s","email":"%s","city":"Paris","modes":[%s],"styles":["bohème"],"priceMin":50,
				 "priceMax":150,"goals":["mariage"],"languages":["fr"],"capacity":%d,"availability":["samedi"],
				 "description":"Mariage et couleurs"}""".formatted(name, email, modes, capacity);
	}

	private static String clientJson(String name, String email, String consent) {
		return """
				{"name":"%s","email":"%s","city":"Paris","mode":"peu-importe","styles":["bohème"],"budget":100,
				 "goals":["mariage"],"availability":["samedi"],"language":"fr"%s}""".formatted(name, email,
				(consent != null) ? ",\"consent\":" + consent : "");
	}

	private static HttpResponse<String> call(TestSession api, String method, String path, String token, String body) {
		return api.send(method, path, JSON, (body != null) ? body : "", "Authorization", "Bearer " + token, "Accept",
				"application/json, application/problem+json, text/csv");
	}

	private JsonNode read(HttpResponse<String> response) {
		return this.json.readTree(response.body());
	}

}

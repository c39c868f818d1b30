package crmcopilot.matching;

import java.net.http.HttpResponse;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import crmcopilot.CopilotIntegrationTest;
import crmcopilot.TestSession;
import crmcopilot.TestWorkspaces;
import crmcopilot.matching.internal.MatchingService;
import crmcopilot.matching.internal.MatchingVocabulary;
import crmcopilot.matching.internal.Mode;
import crmcopilot.matching.internal.ShopperProfile;
import crmcopilot.matching.internal.VocabularyLists;
import crmcopilot.workspace.Permissions;
import crmcopilot.workspace.Role;
import crmcopilot.workspace.Workspace;
import crmcopilot.workspace.WorkspaceUser;
import crmcopilot.workspace.WorkspaceUsers;
import crmcopilot.workspace.Workspaces;
import crmcopilot.workspace.internal.AccountService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A manager edits the workspace's lists and currency; the form and profiles follow them.
 */
@CopilotIntegrationTest
class MatchingVocabularyIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Workspaces workspaces;

	@Autowired
	WorkspaceUsers users;

	@Autowired
	AccountService accounts;

	@Autowired
	Permissions permissions;

	@Autowired
	MatchingService matching;

	@Autowired
	MatchingVocabulary vocabulary;

	@Test
	void a_manager_edits_lists_and_currency_and_the_form_and_profiles_only_accept_their_values() {
		// given
		Workspace ws = TestWorkspaces.create(this.workspaces, "Atelier Dakar");
		WorkspaceUser manager = TestWorkspaces.user(this.users, ws, Role.MANAGER);
		TestSession session = TestSession.signedIn(this.port, manager.email(), TestWorkspaces.PASSWORD);
		assertThat(this.vocabulary.lists(ws.id()).currency()).isEqualTo("EUR");
		HttpResponse<String> page = session.get("/matching/settings");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("bohème", "confiance en soi", "EUR");

		// when: rename, remove, reorder and add at once, and switch to XOF
		Map<String, String> form = settings("wax et pagne\nbohème chic\nstreetwear", "XOF");
		assertThat(session.submit("/matching/settings", form).statusCode()).isEqualTo(302);

		// then
		VocabularyLists lists = this.vocabulary.lists(ws.id());
		assertThat(lists.styles()).containsExactly("wax et pagne", "bohème chic", "streetwear");
		assertThat(lists.currency()).isEqualTo("XOF");
		assertThat(lists.goals()).contains("mariage");
		String symbol = Currency.getInstance("XOF").getSymbol(Locale.FRENCH);
		String publicForm = TestSession.anonymous(this.port).get("/public/matching/" + ws.slug()).body();
		assertThat(publicForm).contains("value=\"bohème chic\"", "Budget réel par séance (" + symbol + ")")
			.doesNotContain("value=\"classique\"");

		// a value removed from the list is refused with a clear message
		TestSession visitor = TestSession.anonymous(this.port);
		HttpResponse<String> refused = visitor.submit("/public/matching/" + ws.slug(), client("classique", "fr"));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("Valeur inconnue");
		assertThat(visitor.submit("/public/matching/" + ws.slug(), client("bohème chic", "xx")).body())
			.contains("Choisissez une langue de la liste");

		// a shopper profile too, on the page and through the API, naming the field
		saveShopper(ws, Set.of("wax et pagne"));
		HttpResponse<String> badProfile = session.submit("/matching/shoppers/new",
				Map.of("name", "Awa", "email", "awa@example.com", "city", "Dakar", "modes", "visio", "styles",
						"classique", "priceMin", "10000", "priceMax", "50000", "capacity", "3"));
		assertThat(badProfile.statusCode()).isEqualTo(200);
		assertThat(badProfile.body()).contains("Valeur inconnue « classique »");
		// what was typed stays in the form
		assertThat(badProfile.body()).contains("value=\"Awa\"", "value=\"10000\"");
		String token = this.accounts
			.issueToken(TestWorkspaces.admin(ws, this.permissions.of(Role.ADMIN)), "api", Role.MANAGER, null)
			.value();
		HttpResponse<String> api = visitor.send("POST", "/api/v1/matching/shoppers", "application/json", """
				{"name":"Awa","email":"awa@example.com","city":"Dakar","modes":["visio"],"styles":["classique"],
				 "priceMin":10000,"priceMax":50000,"capacity":3}""", "Authorization", "Bearer " + token);
		assertThat(api.statusCode()).isEqualTo(400);
		assertThat(api.body()).contains("\"field\":\"styles\"");

		// prices are shown in the workspace currency
		HttpResponse<String> accepted = visitor.submit("/public/matching/" + ws.slug(), client("wax et pagne", "fr"));
		assertThat(accepted.statusCode()).isEqualTo(302);
		String result = visitor.get(accepted.headers().firstValue("Location").orElseThrow()).body();
		assertThat(result).contains("Awa Diallo", symbol + " la séance");

		// bad input changes nothing (all or nothing)
		HttpResponse<String> badCurrency = session.submit("/matching/settings", settings("rock\nvintage", "ZZZ"));
		assertThat(badCurrency.statusCode()).isEqualTo(400);
		assertThat(badCurrency.body()).contains("pas un code de devise ISO 4217");
		assertThat(session.submit("/matching/settings", settings("rock\nRock", "EUR")).body())
			.contains("apparaît deux fois");
		assertThat(this.vocabulary.lists(ws.id()).styles()).containsExactly("wax et pagne", "bohème chic",
				"streetwear");
		assertThat(this.vocabulary.lists(ws.id()).currency()).isEqualTo("XOF");
		assertThat(TestSession.anonymous(this.port).get("/matching/settings").statusCode()).isEqualTo(302);
	}

	@Test
	void another_role_cannot_edit_the_lists() {
		Workspace ws = TestWorkspaces.create(this.workspaces, "Atelier");
		WorkspaceUser viewer = TestWorkspaces.user(this.users, ws, Role.VIEWER);
		TestSession session = TestSession.signedIn(this.port, viewer.email(), TestWorkspaces.PASSWORD);
		assertThat(session.get("/matching/settings").statusCode()).isEqualTo(403);
		assertThat(session.submit("/matching/settings", settings("rock", "USD")).statusCode()).isEqualTo(403);
		assertThat(this.vocabulary.lists(ws.id()).currency()).isEqualTo("EUR");
	}

	private void saveShopper(Workspace ws, Set<String> styles) {
		this.matching.saveShopper(ws.id(),
				new ShopperProfile(UUID.randomUUID(), "Awa Diallo", "awa-" + ws.slug() + "@example.com", "Dakar", null,
						null, Set.of(Mode.IN_PERSON, Mode.REMOTE), styles, 10000, 50000, Set.of("mariage"), Set.of(),
						Set.of(), Set.of("fr", "wo"), Set.of("wax"), 3, Set.of("samedi"), null, "Wax et créateurs",
						25));
	}

	private static Map<String, String> settings(String styles, String currency) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("styles", styles);
		form.put("goals", String.join("\n", List.of("mariage", "confiance en soi")));
		form.put("lifeMoments", "naissance\nretraite");
		form.put("morphologies", "sablier\nrectangle");
		form.put("languages", "fr\nwo");
		form.put("currency", currency);
		return form;
	}

	private static Map<String, String> client(String style, String language) {
		return new LinkedHashMap<>(Map.ofEntries(Map.entry("name", "Fatou Ndiaye"),
				Map.entry("email", "fatou@example.com"), Map.entry("city", "Dakar"), Map.entry("mode", "visio"),
				Map.entry("styles", style), Map.entry("budget", "20000"), Map.entry("goals", "mariage"),
				Map.entry("availability", "samedi"), Map.entry("language", language), Map.entry("consent", "true")));
	}

}

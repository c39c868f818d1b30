package crmcopilot.support;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import crmcopilot.CopilotIntegrationTest;
import crmcopilot.support.internal.SupportStore;
import crmcopilot.workspace.Role;
import crmcopilot.workspace.WorkspaceUsers;
import crmcopilot.workspace.Workspaces;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The knowledge base and the macros through the API and the settings page: CRUD, search,
 * problem+json naming the field, isolation between workspaces, the file import, and the
 * engine's holding reply taken from the workspace's macro.
 */
@CopilotIntegrationTest
class KnowledgeAndMacrosApiIntegrationTests {

	private static final String RETURNS = """
			{"title":"Retourner un article","body":"Vous disposez de 30 jours pour nous retourner un article.",
			 "language":"fr","tags":["retour","délai"]}""";

	@LocalServerPort
	int port;

	@Autowired
	Workspaces workspaces;

	@Autowired
	WorkspaceUsers users;

	@Autowired
	JsonMapper json;

	@Autowired
	SupportStore store;

	@Test
	void should_create_find_update_and_delete_an_article_by_api() {
		SupportWebSession admin = SupportWebSession.signIn(this.port, this.workspaces, this.users, Role.ADMIN);

		HttpResponse<String> created = admin.postJson("/api/v1/support/knowledge", RETURNS);
		assertThat(created.statusCode()).isEqualTo(201);
		String id = this.json.readTree(created.body()).get("id").asString();
		assertThat(created.headers().firstValue("Location")).contains("/api/v1/support/knowledge/" + id);
		admin.postJson("/api/v1/support/knowledge",
				"{\"title\":\"Horaires\",\"body\":\"Ouvert du mardi au samedi.\",\"language\":\"fr\"}");

		JsonNode found = this.json.readTree(admin.get("/api/v1/support/knowledge?q=RETOURNER&size=10").body());
		assertThat(found.get("totalItems").asLong()).isEqualTo(1);
		assertThat(found.get("items").get(0).get("tags").toString()).contains("retour", "délai");
		assertThat(this.json.readTree(admin.get("/api/v1/support/knowledge").body()).get("totalItems").asLong())
			.isEqualTo(2);

		HttpResponse<String> updated = admin.send("PUT", "/api/v1/support/knowledge/" + id,
				RETURNS.replace("30 jours", "14 jours"));
		assertThat(updated.statusCode()).isEqualTo(200);
		assertThat(admin.get("/api/v1/support/knowledge/" + id).body()).contains("14 jours");

		assertThat(admin.send("DELETE", "/api/v1/support/knowledge/" + id, "").statusCode()).isEqualTo(204);
		assertThat(admin.get("/api/v1/support/knowledge/" + id).statusCode()).isEqualTo(404);
	}

	@Test
	void should_refuse_bad_input_with_a_problem_naming_the_field() {
		SupportWebSession admin = SupportWebSession.signIn(this.port, this.workspaces, this.users, Role.ADMIN);

		HttpResponse<String> noTitle = admin.postJson("/api/v1/support/knowledge",
				"{\"title\":\" \",\"body\":\"texte\",\"language\":\"fr\"}");
		HttpResponse<String> badLanguage = admin.postJson("/api/v1/support/knowledge",
				"{\"title\":\"t\",\"body\":\"texte\",\"language\":\"klingon\"}");
		HttpResponse<String> unknownCategory = admin.postJson("/api/v1/support/knowledge",
				"{\"title\":\"t\",\"body\":\"texte\",\"language\":\"fr\",\"categorie\":\"Jardinage\"}");
		HttpResponse<String> unknownPlaceholder = admin.postJson("/api/v1/support/macros",
				"{\"title\":\"t\",\"body\":\"Bonjour {nom}\",\"language\":\"fr\"}");

		assertThat(List.of(noTitle, badLanguage, unknownCategory, unknownPlaceholder))
			.allSatisfy((response) -> assertThat(response.statusCode()).isEqualTo(400))
			.allSatisfy((response) -> assertThat(response.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).contains("problem+json")));
		assertThat(field(noTitle)).isEqualTo("title");
		assertThat(field(badLanguage)).isEqualTo("language");
		assertThat(field(unknownCategory)).isEqualTo("categorie");
		assertThat(field(unknownPlaceholder)).isEqualTo("body");
	}

	@Test
	void should_answer_not_found_for_another_workspaces_article_and_macro() {
		SupportWebSession owner = SupportWebSession.signIn(this.port, this.workspaces, this.users, Role.ADMIN);
		SupportWebSession stranger = SupportWebSession.signIn(this.port, this.workspaces, this.users, Role.ADMIN);
		String article = id(owner.postJson("/api/v1/support/knowledge", RETURNS));
		String macro = id(owner.postJson("/api/v1/support/macros",
				"{\"title\":\"Colis\",\"body\":\"Votre commande {commande} est partie.\",\"language\":\"fr\"}"));

		assertThat(stranger.get("/api/v1/support/knowledge/" + article).statusCode()).isEqualTo(404);
		assertThat(stranger.send("PUT", "/api/v1/support/knowledge/" + article, RETURNS).statusCode()).isEqualTo(404);
		assertThat(stranger.send("DELETE", "/api/v1/support/knowledge/" + article, "").statusCode()).isEqualTo(404);
		assertThat(stranger.get("/api/v1/support/macros/" + macro).statusCode()).isEqualTo(404);
		assertThat(stranger.send("DELETE", "/api/v1/support/macros/" + macro, "").statusCode()).isEqualTo(404);
		assertThat(stranger.get("/api/v1/support/knowledge").body()).doesNotContain(article);
	}

	@Test
	void should_give_a_new_workspace_the_holding_replies_as_macros_once_and_answer_with_its_own() {
		SupportWebSession admin = SupportWebSession.signIn(this.port, this.workspaces, this.users, Role.ADMIN);
		JsonNode macros = this.json.readTree(admin.get("/api/v1/support/macros?q=Remboursement").body());
		JsonNode refund = null;
		for (JsonNode macro : macros.get("items")) {
			if ("fr".equals(macro.get("language").asString())) {
				refund = macro;
			}
		}
		assertThat(refund).isNotNull();
		assertThat(refund.get("holding").asBoolean()).isTrue();
		// one per line of support/holding-replies.csv, however often they are read
		admin.get("/api/v1/support/macros");
		assertThat(this.json.readTree(admin.get("/api/v1/support/macros").body()).get("totalItems").asLong())
			.isEqualTo(14);

		admin.send("PUT", "/api/v1/support/macros/" + refund.get("id").asString(), """
				{"title":"Attente remboursement","body":"Notre comptable vérifie votre commande {commande} dès demain.",
				 "language":"fr","categorie":"Remboursement","holding":true}""");
		HttpResponse<String> triage = admin.postJson("/api/v1/support/messages",
				SupportApiIntegrationTests.REFUND.formatted(UUID.randomUUID()));

		assertThat(this.json.readTree(triage.body()).get("reponse").asString())
			.contains("Notre comptable vérifie votre commande 48213 dès demain.");
	}

	@Test
	void should_import_valid_articles_and_list_each_refused_line() {
		SupportWebSession admin = SupportWebSession.signIn(this.port, this.workspaces, this.users, Role.ADMIN);
		String csv = "title,body,language,tags\nLivraison,Livrée en 3 jours.,fr,livraison\n,Sans titre,fr,\n"
				+ "Delivery,Delivered in 3 days.,en,\n";
		String markdown = "# Garantie\nlangue: fr\n\nDeux ans sur tout.\n\n# Vide\n\n# Returns\nlanguage: en\nThirty days.\n";

		HttpResponse<String> fromCsv = upload(admin, "articles.csv", csv);
		HttpResponse<String> fromMarkdown = upload(admin, "articles.md", markdown);

		assertThat(fromCsv.statusCode()).isEqualTo(302);
		assertThat(fromMarkdown.statusCode()).isEqualTo(302);
		String page = admin.get("/support/settings").body();
		assertThat(page).contains("Livraison", "Delivery", "Garantie", "Returns").doesNotContain("Sans titre");
		JsonNode all = this.json.readTree(admin.get("/api/v1/support/knowledge").body());
		assertThat(all.get("totalItems").asLong()).isEqualTo(4);
		String searched = admin.get("/support/settings?q=garantie").body();
		assertThat(searched).contains("Deux ans sur tout.").doesNotContain("Delivered in 3 days.");
	}

	@Test
	void should_show_the_refused_lines_of_an_import_in_french() {
		SupportWebSession admin = SupportWebSession.signIn(this.port, this.workspaces, this.users, Role.ADMIN);

		HttpResponse<String> response = upload(admin, "articles.csv",
				"title,body,language\nBon,Texte,fr\n,Sans titre,fr\nMauvaise,Texte,xx\n");
		String page = admin.get(response.headers().firstValue("Location").orElseThrow()).body();

		assertThat(page).contains("1 article(s) importé(s).", "Ligne 3 : titre manquant", "Ligne 4 : langue inconnue");
	}

	@Test
	void should_add_a_macro_on_the_settings_page_and_refuse_an_unknown_placeholder_in_french() {
		SupportWebSession admin = SupportWebSession.signIn(this.port, this.workspaces, this.users, Role.ADMIN);

		HttpResponse<String> added = admin.form("/support/settings/macros", Map.of("title", "Colis parti", "body",
				"Votre commande {commande} est partie, {client}.", "language", "fr", "categorie", "Suivi de commande"));
		String afterAdding = admin.get(added.headers().firstValue("Location").orElseThrow()).body();
		HttpResponse<String> refused = admin.form("/support/settings/macros",
				Map.of("title", "Mauvaise", "body", "Bonjour {nom}", "language", "fr"));

		assertThat(afterAdding).contains("Réglages enregistrés.", "Colis parti");
		assertThat(admin.get("/api/v1/support/macros?q=colis").body()).contains("Votre commande {commande} est partie");
		assertThat(admin.get(refused.headers().firstValue("Location").orElseThrow()).body())
			.contains("Champ inconnu {nom}");
		assertThat(admin.get("/api/v1/support/macros?q=mauvaise").body()).contains("\"totalItems\":0");
	}

	@Test
	void should_answer_a_conflict_while_a_message_with_the_same_external_id_is_being_triaged() {
		SupportWebSession agent = SupportWebSession.signIn(this.port, this.workspaces, this.users, Role.AGENT);
		String externalId = "in-flight-" + UUID.randomUUID();
		// another instance stored the message and is triaging it
		UUID thread = this.store.createThread(agent.workspace.id(), "email", "claire.dupont@exemple.fr", null, null,
				Instant.now());
		this.store.insertMessage(
				new SupportStore.NewMessage(agent.workspace.id(), thread, "in", "email", "claire.dupont@exemple.fr",
						null, "Bonjour", null, "fr", externalId, null, Instant.now(), Map.of(), List.of(), null));

		HttpResponse<String> response = agent.postJson("/api/v1/support/messages",
				SupportApiIntegrationTests.REFUND.formatted(externalId));

		assertThat(response.statusCode()).isEqualTo(409);
		assertThat(response.headers().firstValue("Retry-After")).contains("1");
		assertThat(field(response)).isEqualTo("externalId");
	}

	private HttpResponse<String> upload(SupportWebSession session, String fileName, String content) {
		String boundary = "----import" + UUID.randomUUID();
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"language\"\r\n\r\nfr\r\n" + "--"
				+ boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: text/plain\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
		return session.multipart("/support/settings/articles/import", boundary, body);
	}

	private String field(HttpResponse<String> response) {
		return this.json.readTree(response.body()).get("field").asString();
	}

	private String id(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(201);
		return this.json.readTree(response.body()).get("id").asString();
	}

}

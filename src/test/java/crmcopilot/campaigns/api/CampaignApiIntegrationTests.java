package crmcopilot.campaigns.api;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import crmcopilot.CopilotIntegrationTest;
import crmcopilot.TestSession;
import crmcopilot.TestWorkspaces;
import crmcopilot.audit.AuditEntry;
import crmcopilot.audit.AuditJournal;
import crmcopilot.audit.Consents;
import crmcopilot.campaigns.internal.Analysis;
import crmcopilot.campaigns.internal.CampaignRunStore;
import crmcopilot.shared.PageQuery;
import crmcopilot.shared.SecureTokens;
import crmcopilot.workspace.Permissions;
import crmcopilot.workspace.Role;
import crmcopilot.workspace.Workspace;
import crmcopilot.workspace.Workspaces;
import crmcopilot.workspace.internal.AccountService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The campaign API with a bearer token, on the marketing data set with e-mail, phone and
 * consent columns of its own ({@code eval/campaigns/marketing_campaign_consents.tsv}):
 * IDs ending in 0 deny {@code ad_user_data}, 1 leave it empty, 2 deny
 * {@code ad_personalization}, 3 leave it empty; the others grant both.
 */
@CopilotIntegrationTest
class CampaignApiIntegrationTests {

	static final Path CUSTOMERS = Path.of("eval/campaigns/marketing_campaign_consents.tsv");

	static final String BRIEF = "Je veux faire une campagne de recrutement de nouveaux clients sur un produit "
			+ "moyen gamme de façon à recruter autant sur les CSP que les CSP+. Je souhaite définir les paramètres "
			+ "pour ma campagne display sur Pmax de Google.";

	@LocalServerPort
	int port;

	@Autowired
	Workspaces workspaces;

	@Autowired
	AccountService accounts;

	@Autowired
	Permissions permissions;

	@Autowired
	Consents consents;

	@Autowired
	AuditJournal journal;

	@Autowired
	CampaignRunStore results;

	@Autowired
	JsonMapper json;

	@Test
	void should_take_a_campaign_from_its_brief_to_an_audience_of_consenting_customers_only() throws IOException {
		// given
		Workspace ws = TestWorkspaces.create(this.workspaces, "Campagnes API");
		String token = token(ws);
		TestSession api = TestSession.anonymous(this.port);

		// step 1: the brief, read into an objective
		HttpResponse<String> noBrief = call(api, "POST", "/api/v1/campaigns", token, "{\"name\":\"Rentrée\"}");
		assertThat(noBrief.statusCode()).isEqualTo(400);
		assertThat(noBrief.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
		assertThat(read(noBrief).get("field").asString()).isEqualTo("brief");
		HttpResponse<String> created = call(api, "POST", "/api/v1/campaigns", token,
				this.json.writeValueAsString(Map.of("name", "Rentrée CSP", "brief", BRIEF)));
		assertThat(created.statusCode()).isEqualTo(201);
		String id = read(created).get("id").asString();
		assertThat(read(created).get("objective").asString()).isEqualTo("Acquisition");
		String run = "/api/v1/campaigns/" + id;

		// a step asked before its inputs: 409 naming the missing step
		HttpResponse<String> early = call(api, "POST", run + "/segment", token, "{\"k\":4}");
		assertThat(early.statusCode()).isEqualTo(409);
		assertThat(read(early).get("missingStep").asInt()).isEqualTo(2);
		assertThat(
				read(call(api, "POST", run + "/choice", token, "{\"persona\":1,\"reason\":\"x\"}")).get("missingStep")
					.asInt())
			.isEqualTo(4);
		assertThat(call(api, "GET", run + "/dsp", token, null).statusCode()).isEqualTo(409);
		HttpResponse<String> noAudience = call(api, "GET", run + "/audience?format=customer-match", token, null);
		assertThat(noAudience.statusCode()).isEqualTo(409);
		assertThat(read(noAudience).get("missingStep").asInt()).isEqualTo(7);

		// step 2: the customer file, its e-mail and consent columns recognised by name
		HttpResponse<String> noFile = multipart(api, run + "/customers", token, "other", "x.csv", "a,b\n1,2\n");
		assertThat(noFile.statusCode()).isEqualTo(400);
		assertThat(read(noFile).get("field").asString()).isEqualTo("file");
		HttpResponse<String> uploaded = multipart(api, run + "/customers", token, "file", "clients.tsv",
				Files.readString(CUSTOMERS));
		assertThat(uploaded.statusCode()).isEqualTo(200);
		assertThat(read(uploaded).get("rows").asLong()).isEqualTo(2240);
		assertThat(read(uploaded).get("recognised").toString()).contains("email", "phone", "consent_ad_user_data",
				"consent_ad_personalization");
		assertThat(read(uploaded).get("mapping").get("spend").asString()).startsWith("sum(MntWines");

		// steps 3 to 6: personas fitted to the brief, one recommended
		assertThat(read(call(api, "POST", run + "/segment", token, "{\"method\":\"dbscan\"}")).get("field").asString())
			.isEqualTo("method");
		assertThat(read(call(api, "POST", run + "/segment", token, "{\"k\":40}")).get("field").asString())
			.isEqualTo("k");
		JsonNode personas = read(call(api, "POST", run + "/segment", token, "{\"k\":4}"));
		assertThat(personas.get("personas")).hasSize(4);
		for (JsonNode persona : personas.get("personas")) {
			assertThat(persona.get("name").asString()).isNotBlank();
			assertThat(persona.get("text").asString()).hasSizeGreaterThan(80);
			assertThat(persona.get("fit").asDouble()).isBetween(0.0, 1.0);
			assertThat(persona.get("fitReason").asString()).isNotBlank();
		}
		int recommended = personas.get("recommended").asInt();
		assertThat(recommended).isBetween(1, 4);

		// step 7: the human choice
		HttpResponse<String> outOfRange = call(api, "POST", run + "/choice", token,
				"{\"persona\":9,\"reason\":\"le plus proche\"}");
		assertThat(read(outOfRange).get("field").asString()).isEqualTo("persona");
		HttpResponse<String> noReason = call(api, "POST", run + "/choice", token, "{\"persona\":1}");
		assertThat(read(noReason).get("field").asString()).isEqualTo("reason");
		JsonNode chosen = read(call(api, "POST", run + "/choice", token,
				"{\"persona\":" + recommended + ",\"reason\":\"sert le mieux le brief\"}"));
		assertThat(chosen.get("persona").asInt()).isEqualTo(recommended);

		// steps 8 and 9: DSP targeting and the brief
		JsonNode dsp = read(call(api, "GET", run + "/dsp", token, null));
		assertThat(dsp.get("platform").asString()).isNotBlank();
		HttpResponse<String> pdf = call(api, "GET", run + "/brief.pdf", token, null);
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.body()).startsWith("%PDF");

		// consents for two customers of the persona whose file leaves one signal empty
		Set<String> members = members(ws.id(), UUID.fromString(id), recommended - 1);
		Map<String, List<String>> rows = customers();
		String storeGranted = members.stream()
			.filter((c) -> c.endsWith("1") && !email(rows, c).isEmpty())
			.findFirst()
			.orElseThrow();
		String storeDenied = members.stream()
			.filter((c) -> c.endsWith("3") && !email(rows, c).isEmpty())
			.findFirst()
			.orElseThrow();
		this.consents.record(ws.id(), email(rows, storeGranted), "ad_user_data", true, "form");
		this.consents.record(ws.id(), email(rows, storeDenied), "ad_personalization", false, "form");

		// when
		assertThat(read(call(api, "GET", run + "/audience?format=xml", token, null)).get("field").asString())
			.isEqualTo("format");
		HttpResponse<String> audience = call(api, "GET", run + "/audience?format=customer-match", token, null);

		// then: only customers who granted both signals, hashed as Google asks
		assertThat(audience.statusCode()).isEqualTo(200);
		List<String> lines = audience.body().lines().toList();
		assertThat(lines.get(0)).isEqualTo("Email,Phone");
		Set<String> exportedEmails = new HashSet<>();
		for (String line : lines.subList(1, lines.size())) {
			exportedEmails.add(line.split(",", -1)[0]);
		}
		int expected = 0;
		for (String member : members) {
			String digit = member.substring(member.length() - 1);
			boolean granted = !Set.of("0", "1", "2", "3").contains(digit) || member.equals(storeGranted);
			String hashed = email(rows, member).isEmpty() ? null : SecureTokens.hash(email(rows, member));
			if (granted) {
				expected++;
			}
			else if (hashed != null) {
				assertThat(exportedEmails).as("customer %s must not be exported", member).doesNotContain(hashed);
			}
		}
		assertThat(lines).hasSize(expected + 1);
		assertThat(exportedEmails).contains(SecureTokens.hash(email(rows, storeGranted)));
		assertThat(lines.get(1)).matches("([0-9a-f]{64})?,[0-9a-f]{64}");

		// and the export is journalled with its counts and consent basis
		AuditEntry entry = this.journal
			.search(ws.id(), new AuditJournal.Filter(null, "campaigns.audience.exported", null, null, null),
					PageQuery.of(0, 5))
			.items()
			.get(0);
		JsonNode details = this.json.readTree(entry.details());
		assertThat(details.get("exported").asInt()).isEqualTo(expected);
		assertThat(details.get("excludedTotal").asInt()).isEqualTo(members.size() - expected);
		assertThat(details.get("excluded").get("ad_user_data.denied").asInt()).isPositive();
		assertThat(details.get("excluded").get("ad_personalization.missing").asInt()).isPositive();
		assertThat(details.get("consentBasis").get("consent-store+column").asInt()).isEqualTo(1);
	}

	@Test
	void should_segment_by_rfm_into_named_groups_with_the_same_personas() throws IOException {
		// given
		Workspace ws = TestWorkspaces.create(this.workspaces, "Campagnes RFM");
		String token = token(ws);
		TestSession api = TestSession.anonymous(this.port);
		String run = newRun(api, token, "Fidélisation");
		multipart(api, run + "/customers", token, "file", "clients.tsv", Files.readString(CUSTOMERS));

		// when
		JsonNode personas = read(call(api, "POST", run + "/segment", token, "{\"method\":\"rfm\"}"));

		// then
		assertThat(personas.get("method").asString()).isEqualTo("rfm");
		List<String> names = new ArrayList<>();
		int total = 0;
		for (JsonNode persona : personas.get("personas")) {
			names.add(persona.get("name").asString());
			total += persona.get("size").asInt();
			assertThat(persona.get("text").asString()).isNotBlank();
		}
		assertThat(total).isEqualTo(2240);
		assertThat(names).hasSizeGreaterThanOrEqualTo(4);
		assertThat(names).anyMatch((n) -> n.startsWith("Champions · "));
		assertThat(names).anyMatch((n) -> n.startsWith("En sommeil · ") || n.startsWith("Perdus · "));
		assertThat(personas.get("recommended").asInt()).isPositive();
	}

	@Test
	void should_refuse_an_unreadable_customer_file_naming_the_field_in_the_readers_language() throws IOException {
		// given
		Workspace ws = TestWorkspaces.create(this.workspaces, "Campagnes fichier");
		String token = token(ws);
		TestSession api = TestSession.anonymous(this.port);
		String customers = newRun(api, token, "Fichier") + "/customers";
		String longValue = "id,note\n1," + "x".repeat(100_001) + "\n";

		// when
		HttpResponse<String> french = multipart(api, customers, token, "file", "clients.csv", longValue);
		HttpResponse<String> english = multipart(api, customers, token, "file", "clients.csv", longValue,
				"Accept-Language", "en");
		HttpResponse<String> binary = multipart(api, customers, token, "file", "clients.csv", "PK\u0003\u0004\u0000");
		HttpResponse<String> badId = multipart(api, "/api/v1/campaigns/pas-un-id/customers", token, "file",
				"clients.csv", "a,b\n1,2\n");

		// then
		assertThat(french.statusCode()).isEqualTo(400);
		assertThat(french.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
		assertThat(read(french).get("field").asString()).isEqualTo("file");
		assertThat(read(french).get("detail").asString()).startsWith("La ligne 2 contient une valeur de plus de");
		assertThat(read(english).get("field").asString()).isEqualTo("file");
		assertThat(read(english).get("detail").asString()).startsWith("Line 2 has a value longer than");
		assertThat(binary.statusCode()).isEqualTo(400);
		assertThat(read(binary).get("field").asString()).isEqualTo("file");
		assertThat(read(binary).get("detail").asString()).startsWith("Le fichier n'est pas du texte");
		assertThat(badId.statusCode()).isEqualTo(400);
		assertThat(read(badId).get("field").asString()).isEqualTo("id");
		assertThat(read(badId).get("detail").asString())
			.isEqualTo("Le champ « id » n'est pas valide ; vérifiez-le et réessayez.");
	}

	private Set<String> members(UUID workspaceId, UUID runId, int segment) {
		Analysis.Assignments assignments = this.results.assignments(workspaceId, runId).orElseThrow();
		Set<String> members = new HashSet<>();
		for (int i = 0; i < assignments.labels().length; i++) {
			if (assignments.labels()[i] == segment) {
				members.add(assignments.ids().get(i));
			}
		}
		return members;
	}

	/** Each customer's row of the data set by id. */
	private static Map<String, List<String>> customers() throws IOException {
		Map<String, List<String>> rows = new HashMap<>();
		for (String line : Files.readAllLines(CUSTOMERS).subList(1, 2241)) {
			List<String> cells = List.of(line.split("\t", -1));
			rows.put(cells.get(0), cells);
		}
		return rows;
	}

	/** The normalised e-mail of a customer, empty when it has none. */
	private static String email(Map<String, List<String>> rows, String id) {
		List<String> cells = rows.get(id);
		return cells.get(cells.size() - 4).strip().toLowerCase(java.util.Locale.ROOT);
	}

	private String token(Workspace ws) {
		return this.accounts
			.issueToken(TestWorkspaces.admin(ws, this.permissions.of(Role.ADMIN)), "marketing", Role.MANAGER, null)
			.value();
	}

	/** The path of a new run of the brief. */
	private String newRun(TestSession api, String token, String name) {
		return "/api/v1/campaigns/" + read(call(api, "POST", "/api/v1/campaigns", token,
				this.json.writeValueAsString(Map.of("name", name, "brief", BRIEF))))
			.get("id")
			.asString();
	}

	private static HttpResponse<String> call(TestSession api, String method, String path, String token, String body) {
		return api.send(method, path, "application/json", (body != null) ? body : "", "Authorization",
				"Bearer " + token, "Accept", "application/json, application/problem+json, text/csv, application/pdf");
	}

	private static HttpResponse<String> multipart(TestSession api, String path, String token, String part,
			String filename, String content, String... headers) {
		String boundary = "----campaigns" + UUID.randomUUID();
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\""
				+ filename + "\"\r\nContent-Type: text/tab-separated-values\r\n\r\n" + content + "\r\n--" + boundary
				+ "--\r\n";
		List<String> all = new ArrayList<>(
				List.of("Authorization", "Bearer " + token, "Accept", "application/json, application/problem+json"));
		all.addAll(List.of(headers));
		return api.send("POST", path, "multipart/form-data; boundary=" + boundary, body, all.toArray(String[]::new));
	}

	private JsonNode read(HttpResponse<String> response) {
		return this.json.readTree(response.body());
	}

}

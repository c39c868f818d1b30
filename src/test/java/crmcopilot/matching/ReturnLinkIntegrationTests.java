package crmcopilot.matching;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.Test;

import crmcopilot.CopilotIntegrationTest;
import crmcopilot.TestSession;
import crmcopilot.audit.Consents;
import crmcopilot.matching.internal.ClientRequest;
import crmcopilot.matching.internal.MatchingService;
import crmcopilot.matching.internal.Mode;
import crmcopilot.matching.internal.ReturnLinkMailer;
import crmcopilot.matching.internal.ReturnLinks;
import crmcopilot.matching.internal.ShopperProfile;
import crmcopilot.shared.SecureTokens;
import crmcopilot.workspace.PrivacyLevel;
import crmcopilot.workspace.Workspace;
import crmcopilot.workspace.Workspaces;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client's return link: shown once, mailed, reopens, updates, withdraws; dead links
 * are a 404 page.
 */
@CopilotIntegrationTest
class ReturnLinkIntegrationTests {

	private static final Pattern LINK = Pattern.compile("(/public/matching/[a-z0-9-]+/return/[A-Za-z0-9_-]{43})");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Workspaces workspaces;

	@Autowired
	MatchingService matching;

	@Autowired
	ReturnLinks returnLinks;

	@Autowired
	Consents consents;

	@Autowired
	MessageSource messages;

	@Test
	void a_client_gets_a_link_shown_once_that_reopens_chooses_updates_and_withdraws() {
		// given
		Workspace ws = workspace();
		ShopperProfile lea = shopper(ws, "Léa Martin");
		String email = "fatou-" + ws.slug() + "@example.com";
		TestSession visitor = TestSession.anonymous(this.port);

		// when
		Map<String, String> form = form(email);
		form.put("returnLink", "true");
		HttpResponse<String> accepted = visitor.submit("/public/matching/" + ws.slug(), form);
		String result = accepted.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
		HttpResponse<String> first = visitor.get(result);

		// then: the link is shown once, and only its hash is stored
		assertThat(first.statusCode()).isEqualTo(200);
		Matcher matcher = LINK.matcher(first.body());
		assertThat(matcher.find()).isTrue();
		String link = matcher.group(1);
		String token = link.substring(link.lastIndexOf('/') + 1);
		assertThat(link).startsWith("/public/matching/" + ws.slug() + "/return/");
		assertThat(first.body()).contains("il ne sera plus affiché");
		assertThat(visitor.get(result).body()).doesNotContain("/return/");
		List<String> stored = this.jdbc.sql("SELECT token_hash FROM matching_return_link WHERE workspace_id = ?")
			.param(ws.id())
			.query(String.class)
			.list();
		assertThat(stored).containsExactly(SecureTokens.hash(token)).doesNotContain(token);

		// the link opens the result page in another browser, with the assignment status
		TestSession later = TestSession.anonymous(this.port);
		HttpResponse<String> reopened = later.get(link);
		assertThat(reopened.statusCode()).isEqualTo(200);
		assertThat(reopened.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
		assertThat(reopened.body()).contains("Léa Martin", "id=\"explanation\"", "Détail du score",
				"Aucun personal shopper ne vous est encore attribué");

		// the client picks the shopper shown
		assertThat(later.submit(link + "/choose", Map.of("shopperId", UUID.randomUUID().toString())).statusCode())
			.isEqualTo(302);
		UUID clientId = this.matching.clients(ws.id()).get(0).id();
		assertThat(this.matching.client(ws.id(), clientId).orElseThrow().shopperId()).isNull();
		assertThat(later.submit(link + "/choose", Map.of("shopperId", lea.id().toString())).statusCode())
			.isEqualTo(302);
		assertThat(this.matching.client(ws.id(), clientId).orElseThrow().shopperId()).isEqualTo(lea.id());
		assertThat(later.get(link).body()).contains("Votre personal shopper : Léa Martin — séance : À planifier");

		// the client updates the form (the email stays: it is the consent's subject)
		HttpResponse<String> edit = later.get(link + "/edit");
		assertThat(edit.statusCode()).isEqualTo(200);
		assertThat(edit.body()).contains("value=\"120\"", "Mettre à jour ma demande");
		Map<String, String> changed = form("someone-else@example.com");
		changed.put("budget", "90");
		changed.put("city", "Lyon");
		assertThat(later.submit(link + "/edit", changed).statusCode()).isEqualTo(302);
		ClientRequest updated = this.matching.client(ws.id(), clientId).orElseThrow().request();
		assertThat(updated.budget()).isEqualTo(90);
		assertThat(updated.city()).isEqualTo("Lyon");
		assertThat(updated.email()).isEqualTo(email);
		changed.put("budget", "abc");
		HttpResponse<String> refused = later.submit(link + "/edit", changed);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("budget positif");

		// the client withdraws consent: journalled, request deleted, link dead
		HttpResponse<String> withdrawn = later.submit(link + "/withdraw", Map.of());
		assertThat(withdrawn.statusCode()).isEqualTo(200);
		assertThat(withdrawn.body()).contains("Votre consentement est retiré");
		assertThat(this.consents.current(ws.id(), email, MatchingService.CONSENT_PURPOSE).orElseThrow().granted())
			.isFalse();
		assertThat(this.matching.client(ws.id(), clientId)).isEmpty();
		HttpResponse<String> dead = later.get(link);
		assertInvalid(dead);
	}

	@Test
	void expired_revoked_replaced_foreign_and_malformed_tokens_get_a_clear_404() {
		Workspace ws = workspace();
		shopper(ws, "Léa Martin");
		Workspace other = workspace();
		ClientRequest client = client();
		this.matching.importClients(ws.id(), List.of(client));
		TestSession visitor = TestSession.anonymous(this.port);
		String base = "/public/matching/" + ws.slug() + "/return/";

		String expired = this.returnLinks.issue(ws.id(), client.id());
		assertThat(visitor.get(base + expired).statusCode()).isEqualTo(200);
		this.jdbc.sql("UPDATE matching_return_link SET expires_at = ? WHERE token_hash = ?")
			.params(OffsetDateTime.now().minusMinutes(1), SecureTokens.hash(expired))
			.update();
		assertInvalid(visitor.get(base + expired));

		String replaced = this.returnLinks.issue(ws.id(), client.id());
		String current = this.returnLinks.issue(ws.id(), client.id());
		assertInvalid(visitor.get(base + replaced));
		assertThat(visitor.get(base + current).statusCode()).isEqualTo(200);
		assertInvalid(visitor.get("/public/matching/" + other.slug() + "/return/" + current));
		assertInvalid(visitor.get(base + "not-a-token"));
		assertInvalid(visitor.get(base + current.substring(0, 42) + (current.endsWith("A") ? "B" : "A")));
		assertInvalid(visitor.get("/public/matching/no-such-space-" + ws.slug() + "/return/" + current));

		assertThat(visitor.submit(base + current + "/revoke", Map.of()).statusCode()).isEqualTo(200);
		assertInvalid(visitor.get(base + current));
		assertInvalid(visitor.submit(base + current + "/withdraw", Map.of()));
		assertThat(this.matching.client(ws.id(), client.id())).isPresent();
	}

	@Test
	void the_link_is_mailed_through_spring_mail_and_works() throws Exception {
		GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", "smtp").dynamicPort());
		smtp.start();
		try {
			Workspace ws = workspace();
			shopper(ws, "Léa Martin");
			ClientRequest client = client();
			this.matching.importClients(ws.id(), List.of(client));
			JavaMailSenderImpl sender = new JavaMailSenderImpl();
			sender.setHost("127.0.0.1");
			sender.setPort(smtp.getSmtp().getPort());
			ReturnLinkMailer mailer = new ReturnLinkMailer(sender, this.messages, "no-reply@atelier.test");
			String link = "http://localhost:" + this.port + "/public/matching/" + ws.slug() + "/return/"
					+ this.returnLinks.issue(ws.id(), client.id());

			assertThat(mailer.send(client.email(), ws.name(), link, Locale.FRENCH)).isTrue();

			assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
			MimeMessage mail = smtp.getReceivedMessages()[0];
			assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(client.email());
			assertThat(mail.getSubject()).isEqualTo(ws.name() + " — votre lien pour revenir");
			String body = (String) mail.getContent();
			Matcher matcher = LINK.matcher(body);
			assertThat(matcher.find()).isTrue();
			assertThat(body).contains("30 jours");
			HttpResponse<String> page = TestSession.anonymous(this.port).get(matcher.group(1));
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).contains("Léa Martin", client.name());
		}
		finally {
			smtp.stop();
		}
		ReturnLinkMailer unconfigured = new ReturnLinkMailer(null, this.messages, "no-reply@atelier.test");
		assertThat(unconfigured.send("x@example.com", "Atelier", "http://localhost/x", Locale.FRENCH)).isFalse();
	}

	private static void assertInvalid(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("id=\"return-invalid\"", "expiré (30 jours)");
	}

	private Workspace workspace() {
		String slug = "rl-" + UUID.randomUUID().toString().substring(0, 8);
		return this.workspaces.create(new Workspaces.NewWorkspace(slug, "Atelier " + slug, "fr", "Europe/Paris",
				PrivacyLevel.PRIVATE, false));
	}

	private ShopperProfile shopper(Workspace ws, String name) {
		ShopperProfile shopper = new ShopperProfile(UUID.randomUUID(), name, "s-" + UUID.randomUUID() + "@example.com",
				"Paris", null, null, Set.of(Mode.IN_PERSON, Mode.REMOTE), Set.of("boheme"), 50, 150, Set.of("mariage"),
				Set.of(), Set.of("sablier"), Set.of("fr"), Set.of("bohème"), 3, Set.of("samedi"), null,
				"Mariage et couleurs", 25);
		this.matching.saveShopper(ws.id(), shopper);
		return shopper;
	}

	private static ClientRequest client() {
		return new ClientRequest(UUID.randomUUID(), "Camille Roux", "camille-" + UUID.randomUUID() + "@example.com",
				"Paris", Mode.ANY, Set.of("boheme"), 100, Set.of("mariage"), Set.of(), null, "", Set.of("samedi"),
				"fr");
	}

	private static Map<String, String> form(String email) {
		return new LinkedHashMap<>(Map.ofEntries(Map.entry("name", "Fatou Ndiaye"), Map.entry("email", email),
				Map.entry("city", "Paris"), Map.entry("mode", "presentiel"), Map.entry("styles", "bohème"),
				Map.entry("budget", "120"), Map.entry("goals", "mariage"), Map.entry("morphology", "sablier"),
				Map.entry("preferences", "Des couleurs vives"), Map.entry("availability", "samedi"),
				Map.entry("language", "fr"), Map.entry("consent", "true")));
	}

}

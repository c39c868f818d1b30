package crmcopilot.support.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import crmcopilot.shared.outbox.Outbox;
import crmcopilot.support.InboundMessage;
import crmcopilot.support.Ingestion;
import crmcopilot.support.SupportMessage;
import crmcopilot.support.TriageResult;
import crmcopilot.workspace.WorkspaceCreated;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import static crmcopilot.support.internal.SupportStore.at;

/**
 * Gives the demo workspace its default categories, a French and English knowledge base
 * and about 200 messages of the last 30 days, triaged by the real pipeline, some answered
 * and corrected by an agent (fixed seed: the same every time).
 */
@Component
class DemoSupportData {

	static final int DEMO_MESSAGES = 200;

	private static final Logger log = LoggerFactory.getLogger(DemoSupportData.class);

	private static final String AGENT = "agent@maison-demo.fr";

	private static final List<String> FIRST_NAMES = List.of("camille", "lucas", "chloe", "hugo", "lea", "louis",
			"manon", "jules", "ines", "arthur", "sarah", "nathan", "emma", "paul", "zoe", "julien");

	private static final List<String> LAST_NAMES = List.of("martin", "bernard", "dubois", "thomas", "robert", "richard",
			"petit", "durand", "leroy", "moreau", "simon", "laurent");

	private static final List<String> PRODUCTS_FR = List.of("la lampe Oslo", "le fauteuil Lina", "la veste en lin",
			"la cafetière Moka", "le plaid en laine", "la table basse en chêne", "le robot mixeur Turbo",
			"le vase en grès", "l'aspirateur Sirius", "la robe Capucine");

	private static final List<String> PRODUCTS_EN = List.of("the Oslo lamp", "the Lina armchair", "the linen jacket",
			"the Moka coffee maker", "the wool throw", "the oak coffee table", "the Turbo blender",
			"the Sirius vacuum");

	private final TriageSetups setups;

	private final KnowledgeStore knowledge;

	private final SupportIntakeService intake;

	private final WorkspaceSupportConfig config;

	private final JdbcClient jdbc;

	private final Outbox outbox;

	DemoSupportData(TriageSetups setups, KnowledgeStore knowledge, SupportIntakeService intake,
			WorkspaceSupportConfig config, JdbcClient jdbc, Outbox outbox) {
		this.setups = setups;
		this.knowledge = knowledge;
		this.intake = intake;
		this.config = config;
		this.jdbc = jdbc;
		this.outbox = outbox;
	}

	@ApplicationModuleListener
	void on(WorkspaceCreated event) {
		// other workspaces get their default categories lazily, on first use of the
		// support copilot
		if (!event.demo()) {
			return;
		}
		this.setups.ensureDefaults(event.workspaceId());
		if (this.knowledge.articles(event.workspaceId()).isEmpty()) {
			long start = System.nanoTime();
			seed(event.workspaceId());
			log.info("Support demo data: {} messages in {} ms", DEMO_MESSAGES, (System.nanoTime() - start) / 1_000_000);
		}
	}

	void seed(UUID workspaceId) {
		this.config.put(workspaceId, "placeholder.horaires", "du lundi au vendredi de 9 h à 18 h");
		for (Article article : demoKnowledge()) {
			this.knowledge.addArticle(workspaceId, article);
		}
		this.setups.invalidate(workspaceId);
		List<CsvRows.Row> templates = CsvRows.resource("support/demo-messages.csv");
		Random random = new Random(20261122L);
		ZoneId zone = this.config.workspace(workspaceId).timeZone();
		ZonedDateTime today = ZonedDateTime.now(zone).truncatedTo(ChronoUnit.DAYS);
		for (int i = 0; i < DEMO_MESSAGES; i++) {
			CsvRows.Row template = templates.get(random.nextInt(templates.size()));
			boolean english = "en".equals(template.raw("language"));
			int daysAgo = 29 - (i * 30 / DEMO_MESSAGES);
			Instant received = today.minusDays(daysAgo)
				.plusHours(8 + random.nextInt(12))
				.plusMinutes(random.nextInt(60))
				.toInstant();
			if (received.isAfter(Instant.now())) {
				received = Instant.now().minusSeconds(60L * (DEMO_MESSAGES - i));
			}
			String first = FIRST_NAMES.get(random.nextInt(FIRST_NAMES.size()));
			String last = LAST_NAMES.get(random.nextInt(LAST_NAMES.size()));
			String product = english ? PRODUCTS_EN.get(random.nextInt(PRODUCTS_EN.size()))
					: PRODUCTS_FR.get(random.nextInt(PRODUCTS_FR.size()));
			String body = template.raw("body")
				.replace("{order}", Integer.toString(41000 + random.nextInt(9000)))
				.replace("{product}", product)
				.replace("{days}", Integer.toString(3 + random.nextInt(12)));
			int channelDraw = random.nextInt(100);
			String channel = (channelDraw < 45) ? "email"
					: (channelDraw < 70) ? "form" : (channelDraw < 85) ? "sms" : "api";
			String from = "sms".equals(channel) ? "+336" + (10000000 + random.nextInt(89999999))
					: first + "." + last + "@" + (english ? "example.com" : "exemple.fr");
			String subject = "sms".equals(channel) ? null : template.raw("subject");
			Map<String, String> metadata = (random.nextInt(10) == 0) ? Map.of("customerValue", "vip") : Map.of();
			Ingestion ingestion = this.intake.ingest(workspaceId, new InboundMessage(channel, from, subject, body,
					false, template.raw("language"), "demo-" + i, List.of(), received, metadata, List.of(), null));
			settle(workspaceId, ingestion, template.raw("categorie"), received, random);
		}
		// the demo's history is not to be mailed to anyone
		this.outbox.discardUnsent(workspaceId, OutboxKinds.ALL);
	}

	/** What the team did next: answer times, an agent's replies and corrections. */
	private void settle(UUID workspaceId, Ingestion ingestion, String trueCategory, Instant received, Random random) {
		SupportMessage message = ingestion.message();
		TriageResult triage = message.triage();
		if (triage == null || ingestion.duplicate()) {
			return;
		}
		if (triage.automatic()) {
			Instant answered = received.plusSeconds(2 + random.nextInt(5));
			answer(workspaceId, message.threadId(), answered);
			return;
		}
		UUID ticketId = ingestion.ticketId();
		boolean old = received.isBefore(Instant.now().minus(Duration.ofDays(2)));
		if (ticketId == null || !old || random.nextInt(10) < 2) {
			return;
		}
		Instant answered = received.plus(Duration.ofMinutes(15 + random.nextInt(900)));
		if (!trueCategory.equals(triage.categorie())) {
			this.knowledge.addCorrection(workspaceId, message.id(), "categorie", triage.categorie(), trueCategory,
					AGENT);
			this.jdbc.sql("UPDATE support_message SET categorie = ? WHERE workspace_id = ? AND id = ?")
				.params(trueCategory, workspaceId, message.id())
				.update();
			this.jdbc.sql("UPDATE support_ticket SET categorie = ? WHERE workspace_id = ? AND id = ?")
				.params(trueCategory, workspaceId, ticketId)
				.update();
		}
		this.jdbc
			.sql("INSERT INTO support_message (id, workspace_id, thread_id, direction, channel, sender, subject, body, "
					+ "language, received_at, author, created_at) SELECT ?, workspace_id, thread_id, 'out', channel, ?, "
					+ "subject, ?, language, ?, ?, ? FROM support_message WHERE workspace_id = ? AND id = ?")
			.params(UUID.randomUUID(), AGENT, triage.reponse(), at(answered), AGENT, at(answered), workspaceId,
					message.id())
			.update();
		answer(workspaceId, message.threadId(), answered);
		String status = (random.nextInt(10) < 7) ? "resolu" : "en_attente";
		this.jdbc
			.sql("UPDATE support_ticket SET first_response_at = ?, status = ?, assignee = ?, resolved_at = ?, "
					+ "updated_at = ? WHERE workspace_id = ? AND id = ?")
			.params(at(answered), status, AGENT, "resolu".equals(status) ? at(answered.plusSeconds(600)) : null,
					at(answered), workspaceId, ticketId)
			.update();
	}

	private void answer(UUID workspaceId, UUID threadId, Instant answered) {
		this.jdbc.sql(
				"UPDATE support_message SET answered_at = ? WHERE workspace_id = ? AND thread_id = ? AND direction = 'in'")
			.params(at(answered), workspaceId, threadId)
			.update();
		this.jdbc
			.sql("UPDATE support_message SET received_at = ? WHERE workspace_id = ? AND thread_id = ? "
					+ "AND direction = 'out' AND author = 'ai'")
			.params(at(answered), workspaceId, threadId)
			.update();
	}

	/** The demo knowledge base, French and English. */
	static List<Article> demoKnowledge() {
		return CsvRows.resource("support/demo-knowledge.csv")
			.stream()
			.map((row) -> new Article(UUID.randomUUID(), row.raw("kind"), row.raw("title"), row.raw("body"),
					row.raw("language"), row.raw("categorie"), row.raw("keywords")))
			.toList();
	}

}

package crmcopilot.support.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import crmcopilot.support.TriageResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13's acceptance messages on the demo knowledge base: an article only when it
 * answers the question, otherwise a holding reply naming what the customer said; the
 * intents kept for a person never go out automatically.
 */
class GroundedAnswersTests {

	private static final String MIXER = "Bonjour, mon mixeur est arrivé cassé (commande 4521). Je voudrais être remboursée.";

	private static final String COMPLAINT = "C'est inacceptable, on m'a raccroché au nez deux fois. "
			+ "Si je n'ai pas de réponse je saisis une association de consommateurs.";

	private static final String LAMP = "J'ai retourné la lampe il y a trois semaines et je n'ai toujours pas été remboursé.";

	private static final OfflineTriageEngine ENGINE = new OfflineTriageEngine(
			new crmcopilot.ai.offline.ExtractiveSummariser(), new crmcopilot.ai.offline.LexiconUrgencyCues());

	private static TriageResult triage(String subject, String text, TriageSetup setup) {
		TriageRequest request = new TriageRequest(subject, text, "email", "fr", Map.of(), false, "Claire", setup);
		TriageResult result = TriagePostProcessor.finish(ENGINE.triage(request), request);
		return result;
	}

	/** The demo's setup with a knowledge base of one product article. */
	private static TriageSetup shopWithOneArticle(String shop, String title, String body, String tags) {
		TriageSetup demo = TriageFixtures.SETUP;
		return new TriageSetup(
				shop, demo.categories(), demo.classifier(), new KnowledgeIndex(List.of(new Article(UUID.randomUUID(),
						Article.ARTICLE, title, body, "fr", "Information produit", tags))),
				demo.threshold(), demo.placeholders(), demo.defaultLanguage());
	}

	private static TriageResult triage(String subject, String text) {
		return triage(subject, text, TriageFixtures.SETUP);
	}

	@Test
	void should_answer_the_broken_mixer_by_naming_it_with_the_order_and_an_apology_not_the_returns_article() {
		TriageResult result = triage("Commande 4521", MIXER);

		assertThat(result.article()).isNull();
		assertThat(result.automatic()).isFalse();
		assertThat(result.reponse()).startsWith("Bonjour Claire,")
			.contains("désolés d'apprendre que votre mixeur est arrivé cassé")
			.contains("commande 4521")
			.doesNotContain("non porté");
	}

	@Test
	void should_escalate_the_urgent_complaint_with_a_holding_reply_and_no_article() {
		TriageResult result = triage("Plainte", COMPLAINT);

		assertThat(result.automatic()).isFalse();
		assertThat(result.article()).isNull();
		assertThat(result.reponse()).contains("désolés d'apprendre qu'on vous a raccroché au nez deux fois")
			.doesNotContain("Visa")
			.doesNotContain("paiement");
		assertThat(result.raisons().get("action")).contains("human-only:reclamation")
			.contains("human-only:menace-juridique");
	}

	@Test
	void should_escalate_a_refund_already_requested_and_still_awaited() {
		TriageResult result = triage(null, LAMP);

		assertThat(result.automatic()).isFalse();
		assertThat(result.article()).isNull();
		assertThat(result.raisons().get("action")).contains("human-only:relance-remboursement");
		assertThat(result.reponse()).contains("vous n'avez toujours pas été remboursé").doesNotContain("non lavé");
	}

	@Test
	void should_summarise_what_the_customer_reports_and_asks_rather_than_copy_the_message() {
		assertThat(triage("Commande 4521", MIXER).resume()).isEqualTo(
				"Le client signale que son mixeur est arrivé cassé (commande 4521) et demande un remboursement.");
		assertThat(triage(null, LAMP).resume()).startsWith("Le client signale qu'il n'a toujours pas été remboursé")
			.contains("demande où en est son remboursement");
	}

	@Test
	void should_let_a_workspace_switch_a_never_automatic_intent_off() {
		TriageSetup setup = TriageFixtures.SETUP;
		TriageSetup permissive = new TriageSetup(setup.workspaceName(), setup.categories(), setup.classifier(),
				setup.knowledge(), setup.threshold(), setup.placeholders(), setup.defaultLanguage(), Set.of());

		assertThat(triage(null, LAMP, permissive).raisons().get("action")).doesNotContain("human-only");
	}

	@Test
	void should_still_answer_a_plain_question_from_its_article() {
		TriageResult result = triage(null, "Bonjour, quels sont vos horaires d'ouverture le samedi ?");

		assertThat(result.article()).isNotNull();
		assertThat(result.article().titre()).isEqualTo("Horaires d'ouverture");
		assertThat(result.automatic()).isTrue();
	}

	@Test
	void should_keep_a_reseller_or_wholesaler_request_for_a_person_even_when_it_names_the_shop() {
		TriageResult result = triage(null,
				"Nous tenons une boutique à Lyon et voudrions devenir revendeurs : quels sont vos tarifs professionnels ?");

		assertThat(result.automatic()).isFalse();
		assertThat(result.article()).isNull();
		assertThat(result.raisons().get("action")).contains("human-only:partenariat");
		assertThat(
				HumanOnlyIntent.detect("Je suis grossiste, vendez-vous à des distributeurs ?", HumanOnlyIntent.all()))
			.contains(HumanOnlyIntent.PARTNERSHIP);
	}

	@Test
	void should_read_a_lost_password_as_a_question_and_a_lost_parcel_as_a_problem() {
		assertThat(MessageFacts.of("J'ai perdu mon mot de passe, comment me reconnecter ?", "fr").reportsProblem())
			.isFalse();
		assertThat(MessageFacts.of("Le transporteur a perdu mon colis.", "fr").reportsProblem()).isTrue();
	}

	@Test
	void should_keep_a_double_debit_or_a_wrong_amount_for_a_person_whatever_the_wording() {
		assertThat(
				HumanOnlyIntent.detect("ma carte a ete debitee deux fois pour la meme commande", HumanOnlyIntent.all()))
			.contains(HumanOnlyIntent.PAYMENT_INCIDENT);
		assertThat(HumanOnlyIntent.detect(
				"La réduction n'a pas été appliquée au paiement. Vous pouvez me rembourser la différence ?",
				HumanOnlyIntent.all()))
			.contains(HumanOnlyIntent.PAYMENT_INCIDENT);
		assertThat(HumanOnlyIntent.detect(
				"J'ai envoyé l'acompte deux fois par Orange Money par erreur. Remboursez-moi le doublon svp",
				HumanOnlyIntent.all()))
			.contains(HumanOnlyIntent.PAYMENT_INCIDENT);
		assertThat(HumanOnlyIntent.detect("Comment utiliser mon code promo ?", HumanOnlyIntent.all())).isEmpty();
		assertThat(HumanOnlyIntent.detect("Je peux envoyer l'acompte par Wave ?", HumanOnlyIntent.all())).isEmpty();
	}

	@Test
	void should_keep_a_broken_assurance_or_losses_asked_back_for_a_person_but_not_a_refund_of_postage() {
		assertThat(HumanOnlyIntent.detect(
				"Les plaquettes ne vont pas sur ma voiture alors que vous m'aviez confirmé "
						+ "la compatibilité ! Je veux que vous me remboursiez aussi la main d'oeuvre.",
				HumanOnlyIntent.all()))
			.contains(HumanOnlyIntent.COMPLAINT);
		assertThat(HumanOnlyIntent.detect("Le frigo ne refroidit plus, tout a pourri dedans. Je veux être dédommagé.",
				HumanOnlyIntent.all()))
			.contains(HumanOnlyIntent.COMPLAINT);
		assertThat(HumanOnlyIntent.detect("Vous remboursez les frais de port si je renvoie les sandales compensées ?",
				HumanOnlyIntent.all()))
			.isEmpty();
		assertThat(
				HumanOnlyIntent.detect("Il y a un système qui récompense les clients fidèles ?", HumanOnlyIntent.all()))
			.isEmpty();
	}

	@Test
	void should_answer_the_opening_on_a_holiday_only_from_an_article_that_speaks_of_it() {
		TriageSetup usualHours = shopWithOneArticle("Jeux", "Magasin, horaires et retrait de commande",
				"Le magasin est ouvert du lundi au samedi de 10 h à 21 h et le dimanche de 15 h à 20 h.",
				"magasin, horaires, retrait");
		TriageSetup holidays = shopWithOneArticle("Bricolage", "Horaires et accès du magasin",
				"Le magasin est ouvert du lundi au samedi de 8 h à 19 h 30. Nous sommes fermés le 1er mai "
						+ "et le 25 décembre ; les autres jours fériés, le magasin ouvre de 9 h à 18 h.",
				"horaires, adresse, jours fériés");

		assertThat(triage(null, "Bonjour, le magasin est ouvert le lundi de Pâques ?", usualHours).article()).isNull();
		assertThat(triage(null, "Bonjour, le magasin est ouvert le lundi de Pâques ?", holidays).article()).isNotNull();
		// a period is answered only by its name, not by public holidays
		assertThat(triage(null, "Les horaires du magasin changent pendant le Ramadan ?", holidays).article()).isNull();
		// a holiday named as an occasion does not ask about the opening
		assertThat(HolidayOpening.asked("Je cherche un cadeau pour Noël. Vous êtes ouverts dimanche ?")).isNull();
		assertThat(triage(null, "Le magasin est ouvert le dimanche ?", usualHours).article()).isNotNull();
	}

	@Test
	void should_read_the_wrong_item_as_a_problem_and_a_customer_s_own_mistake_as_none() {
		assertThat(MessageFacts.of("J'ai reçu une chemise bleue au lieu de la blanche.", "fr").reportsProblem())
			.isTrue();
		assertThat(MessageFacts.of("Où télécharger ma facture ? Je l'ai supprimée par erreur.", "fr").reportsProblem())
			.isFalse();
		assertThat(MessageFacts.of("Le savon noir est en rupture depuis 2 semaines, il revient quand ?", "fr")
			.reportsProblem()).isTrue();
	}

	@Test
	void should_read_what_a_customer_cannot_do_as_a_request_for_help() {
		assertThat(MessageFacts.asksSomething("j'ai oublié mon mot de passe")).isTrue();
		assertThat(MessageFacts.asksSomething("je trouve pas où mettre mon code promo")).isTrue();
		assertThat(MessageFacts.asksSomething("ou je trouve ma facture")).isTrue();
		assertThat(MessageFacts.asksSomething("mot de passe oublié, le lien a expiré")).isTrue();
		assertThat(MessageFacts.asksSomething("Le relais dit ne pas avoir mon colis.")).isFalse();
	}

	@Test
	void should_keep_health_and_safety_questions_and_suppliers_for_a_person() {
		assertThat(HumanOnlyIntent.detect("La crème au karité, on peut l'utiliser pendant la grossesse ?",
				HumanOnlyIntent.all()))
			.contains(HumanOnlyIntent.HEALTH_SAFETY);
		assertThat(HumanOnlyIntent.detect("La bouilloire sent le brûlé et fait de la fumée.", HumanOnlyIntent.all()))
			.contains(HumanOnlyIntent.HEALTH_SAFETY);
		assertThat(HumanOnlyIntent.detect("Je suis couturière, seriez-vous intéressés pour vendre mes créations ?",
				HumanOnlyIntent.all()))
			.contains(HumanOnlyIntent.PARTNERSHIP);
	}

	@Test
	void should_keep_sign_ins_the_customer_did_not_make_for_a_person() {
		assertThat(HumanOnlyIntent.detect("Quelqu'un d'autre utilise mon compte, que faire ?", HumanOnlyIntent.all()))
			.contains(HumanOnlyIntent.ACCOUNT_SECURITY);
		assertThat(HumanOnlyIntent.detect("J'ai reçu une alerte de sécurité alors que je ne me suis pas connectée.",
				HumanOnlyIntent.all()))
			.contains(HumanOnlyIntent.ACCOUNT_SECURITY);
		assertThat(HumanOnlyIntent.detect("Comment me connecter à mon compte ?", HumanOnlyIntent.all())).isEmpty();
	}

	@Test
	void should_read_a_supposed_problem_as_a_question_and_a_stuck_parcel_as_a_problem() {
		assertThat(
				MessageFacts.of("Avant de commander : si jamais les mangues arrivent abîmées, vous faites quoi ?", "fr")
					.reportsProblem())
			.isFalse();
		assertThat(MessageFacts.of("Le suivi n'a plus bougé depuis une semaine, vous pouvez voir ?", "fr")
			.reportsProblem()).isTrue();
		assertThat(MessageFacts.of("Les tomates étaient écrasées, vous livrez le mercredi ?", "fr").reportsProblem())
			.isTrue();
	}

	@Test
	void should_read_a_question_about_stock_and_leave_money_asked_back_after_a_return_to_the_returns_article() {
		assertThat(MessageFacts.asksAboutStock("Vous avez encore du riz parfumé en sac de 50 kg ?")).isTrue();
		assertThat(MessageFacts.asksAboutStock("Le riz parfumé existe en sac de 50 kg ?")).isFalse();
		assertThat(HumanOnlyIntent.detect(
				"Une fois l'article renvoyé, il faut combien de temps pour récupérer mon argent ?",
				HumanOnlyIntent.all()))
			.isEmpty();
		assertThat(MessageFacts.asksSomething("est ce que le téléphone est livré avec le chargeur")).isTrue();
	}

	@Test
	void should_not_read_a_problem_inside_another_word_and_read_what_a_question_about_the_offer_names() {
		assertThat(MessageFacts.of("je prends quelle pointure pour les mocassins ?", "fr").reportsProblem()).isFalse();
		assertThat(MessageFacts.of("Pourriez-vous établir une facture ?", "fr").reportsProblem()).isFalse();
		assertThat(MessageFacts.offerWords("Vous faites aussi des soins ou des massages à la boutique ?"))
			.isEqualTo("soins ou des massages");
		assertThat(MessageFacts.offerWords("vous livrez à Thiès ?")).isNull();
	}

	@Test
	void should_hand_a_question_about_today_s_stock_to_a_person_and_read_worn_goods_as_a_problem() {
		TriageResult stock = triage("Stock", "Bonjour, vous avez encore le mixeur Oslo en rayon à la boutique ?");

		assertThat(stock.article()).isNull();
		assertThat(stock.raisons().get("reponse")).contains("holding-stock");
		assertThat(stock.resume()).isEqualTo("Le client demande si le produit est en stock.");
		assertThat(MessageFacts.asksAboutStock("Ça me reviendra à combien avec le port ?")).isFalse();
		assertThat(
				MessageFacts.of("Le nom du maillot se décolle après un lavage, c'est normal ?", "fr").reportsProblem())
			.isTrue();
		assertThat(HumanOnlyIntent.detect("Le maillot est trop court, je peux le changer ?", HumanOnlyIntent.all()))
			.isEmpty();
	}

	@Test
	void should_keep_a_product_used_on_a_baby_for_a_person_but_not_every_question_naming_a_baby() {
		assertThat(HumanOnlyIntent.detect("On peut l'appliquer sur un bébé de 3 mois ?", HumanOnlyIntent.all()))
			.contains(HumanOnlyIntent.HEALTH_SAFETY);
		assertThat(HumanOnlyIntent.detect("La balance bébé livrée à Toulouse, je la reçois quand ?",
				HumanOnlyIntent.all()))
			.isEmpty();
		assertThat(HumanOnlyIntent.detect("Le saumon fumé se conserve combien de temps ?", HumanOnlyIntent.all()))
			.isEmpty();
	}

	@Test
	void should_read_a_cracked_delivery_as_a_problem_and_a_subcontractor_as_a_partner() {
		assertThat(MessageFacts.of("L'armoire est arrivée avec une porte fendue.", "fr").reportsProblem()).isTrue();
		assertThat(HumanOnlyIntent.detect(
				"Je suis menuisier, je souhaiterais travailler avec vous comme sous-traitant.", HumanOnlyIntent.all()))
			.contains(HumanOnlyIntent.PARTNERSHIP);
		assertThat(HumanOnlyIntent.detect("Depuis la crème, j'ai le visage rouge, ça brûle et mes yeux gonflent.",
				HumanOnlyIntent.all()))
			.contains(HumanOnlyIntent.HEALTH_SAFETY);
	}

	@Test
	void should_ask_an_article_of_a_wrong_item_to_speak_of_a_mistake_read_a_bare_offer_and_a_maker_s_catalogue() {
		assertThat(MessageFacts.of("J'ai reçu de la litière minérale à la place de la litière en silice.", "fr")
			.problemWords()).isEqualTo("erreur");
		assertThat(MessageFacts.of("Le colis est arrivé cassé.", "fr").problemWords()).isEqualTo("cass");
		MessageFacts another = MessageFacts.of("J'avais commandé un Pessac-Léognan blanc et j'ai reçu du rouge, "
				+ "c'était pour un dîner. Vous pouvez m'envoyer le bon vite ?", "fr");
		assertThat(another.problemWords()).isEqualTo("erreur");
		assertThat(another.problemForReply()).isEqualTo("vous avez reçu du rouge");
		assertThat(
				MessageFacts.of("J'ai commandé lundi et j'ai reçu un mail de confirmation, c'est livré quand ?", "fr")
					.reportsProblem())
			.isFalse();
		// a problem feared is not reported
		assertThat(MessageFacts.of("Comment on le nettoie sans l'abîmer ?", "fr").reportsProblem()).isFalse();
		assertThat(MessageFacts.of("J'ai peur de l'abîmer, je la lave avec quoi ?", "fr").reportsProblem()).isFalse();
		assertThat(MessageFacts.of("Je l'ai lavé sans le frotter et il est abîmé.", "fr").reportsProblem()).isTrue();
		assertThat(MessageFacts.offerWords("est-ce que vous faites aussi pension ou garde pour les chats ?"))
			.isEqualTo("pension ou garde");
		assertThat(MessageFacts.offerWords("vous avez reçu mon mail ?")).isNull();
		assertThat(MessageFacts.offerWords("l'huile de palme que vous proposez provient de quelle région ?")).isNull();
		assertThat(HumanOnlyIntent.detect("Dear partner, nous sommes une usine de cheveux. Pouvons-nous vous envoyer "
				+ "notre catalogue et nos tarifs ?", HumanOnlyIntent.all()))
			.contains(HumanOnlyIntent.PARTNERSHIP);
	}

	@Test
	void should_hold_a_delivery_to_a_country_no_article_speaks_of_and_say_what_a_person_will_check() {
		TriageResult result = triage("Livraison",
				"Bonjour, je suis à Dakar. Vous pouvez m'envoyer le mixeur Oslo jusqu'ici ? Ça prendrait combien de temps ?");

		assertThat(result.article()).isNull();
		assertThat(result.automatic()).isFalse();
		assertThat(result.reponse()).contains("ce que nous pouvons proposer pour Dakar");
		assertThat(result.resume()).isEqualTo("Le client demande les conditions de livraison.");
		assertThat(triage(null, "Où en est ma livraison ? Commande 4521.").resume())
			.startsWith("Le client demande où en est sa commande");
	}

	@Test
	void should_keep_a_complaint_about_staff_a_message_passing_for_the_shop_and_a_toxic_product_for_a_person() {
		assertThat(HumanOnlyIntent.detect("Je veux me plaindre de votre livreur, il m'a mal parlé devant mon portail.",
				HumanOnlyIntent.all()))
			.contains(HumanOnlyIntent.COMPLAINT);
		assertThat(HumanOnlyIntent.detect(
				"Quelqu'un m'a écrit sur WhatsApp avec votre logo pour demander 5 000 F. " + "C'est vraiment vous ?",
				HumanOnlyIntent.all()))
			.contains(HumanOnlyIntent.ACCOUNT_SECURITY);
		assertThat(HumanOnlyIntent.detect("Mon petit a des plaques rouges après la pâte à modeler, c'est toxique ?",
				HumanOnlyIntent.all()))
			.contains(HumanOnlyIntent.HEALTH_SAFETY);
		assertThat(HumanOnlyIntent.detect("Vous livrez la cavalerie de jouets à Lille ?", HumanOnlyIntent.all()))
			.isEmpty();
		assertThat(MessageFacts.of("Mon colis devait arriver lundi, on est jeudi.", "fr").reportsProblem()).isTrue();
	}

	@Test
	void should_ask_an_article_to_name_the_noun_of_an_offer_not_only_its_adjective() {
		TriageSetup stationery = shopWithOneArticle("Papeterie", "Faire préparer sa liste de fournitures scolaires",
				"Envoyez la liste scolaire de votre enfant "
						+ "en photo : nous préparons cahiers, stylos et classeurs sous 48 h, prêts à retirer.",
				"liste scolaire, fournitures, rentrée");

		assertThat(MessageFacts.offerWords("vous vendez aussi les manuels scolaires ?")).isEqualTo("manuels scolaires");
		assertThat(triage(null, "Bonjour, vous vendez aussi les manuels scolaires ? Je cherche le livre de maths.",
				stationery)
			.article()).isNull();
	}

	@Test
	void should_read_a_wrong_item_told_the_other_way_a_service_asked_by_its_verb_and_wilted_flowers() {
		MessageFacts instead = MessageFacts
			.of("J'ai reçu la monture en noir alors que j'avais commandé l'écaille. Vous livrez en express ?", "fr");
		assertThat(instead.problemWords()).isEqualTo("erreur");
		assertThat(instead.problemForReply()).isEqualTo("vous avez reçu la monture en noir");
		// only part of the order came: not the wrong item
		assertThat(MessageFacts
			.of("Je n'ai reçu qu'un seul carton alors que j'avais commandé un tapis et un trotteur.", "fr")
			.problemWords()).isNotEqualTo("erreur");
		assertThat(MessageFacts.offerWords("Bonjour, est-ce que vous louez des vélos électriques à la journée ?"))
			.isEqualTo("location de velos electriques");
		assertThat(MessageFacts.offerWords("vous réparez les chaussures ?")).isEqualTo("reparation de chaussures");
		assertThat(MessageFacts.offerWords("vous vendez des vélos électriques ?")).isEqualTo("velos electriques");
		assertThat(
				MessageFacts.of("Mercredi soir le bouquet était déjà fané. Je fais comment ?", "fr").reportsProblem())
			.isTrue();
		assertThat(MessageFacts.asksAboutStock("Le MacBook Pro grade A, vous l'avez encore en 16 Go de RAM ?"))
			.isTrue();
		assertThat(MessageFacts.asksAboutStock("Le riz brisé, vous l'avez en sac de 25 kilos ?")).isFalse();
		assertThat(MessageFacts.asksAboutStock("Mon colis, vous l'avez bien expédié ?")).isFalse();
		assertThat(MessageFacts.of("La moitié des bouchées sont fondues. Je fais comment ?", "fr").reportsProblem())
			.isTrue();
		assertThat(
				MessageFacts.of("Le livreur n'est jamais venu hier. Vous livrez le dimanche ?", "fr").reportsProblem())
			.isTrue();
		assertThat(MessageFacts.of("Vous vendez des fondants au chocolat ?", "fr").reportsProblem()).isFalse();
		assertThat(HumanOnlyIntent.detect("URGENT mon chat a mangé une feuille du lys, c'est dangereux ?? il vomit",
				HumanOnlyIntent.all()))
			.contains(HumanOnlyIntent.HEALTH_SAFETY);
	}

	@Test
	void should_ask_a_service_asked_by_its_verb_to_be_named_with_what_it_applies_to() {
		TriageSetup outdoor = shopWithOneArticle("Montagne", "Location de matériel : tarifs et conditions",
				"Nous louons tentes, sacs de couchage et réchauds à la journée : 12 € la tente, 6 € le sac, "
						+ "caution par empreinte bancaire, retour avant 18 h.",
				"location, tente, tarifs, caution");

		assertThat(
				triage(null, "Vous louez des DVA pelle sonde pour le ski de rando ? C'est quoi le tarif à la journée ?",
						outdoor)
					.article())
			.isNull();
		assertThat(triage(null, "Bonjour, vous louez des tentes ? C'est quoi le tarif à la journée et la caution ?",
				outdoor)
			.article()).isNotNull();
	}

	@Test
	void should_tell_a_problem_from_the_message_rather_than_a_subject_line_that_only_names_it() {
		TriageResult result = triage("Erreur de couleur", "Bonjour, j'ai reçu la lampe Nova en blanc alors que j'avais "
				+ "commandé la noire (commande 4533). Vous pouvez me l'échanger rapidement ?");

		assertThat(result.reponse()).contains("désolés d'apprendre que vous avez reçu la lampe Nova en blanc")
			.doesNotContain("qu'erreur");
		assertThat(result.resume()).doesNotContain("qu'erreur");
		assertThat(MessageFacts.namesOnly("Erreur de couleur")).isTrue();
		assertThat(MessageFacts.namesOnly("Colis abîmé")).isTrue();
		assertThat(MessageFacts.namesOnly("mon mixeur est arrivé cassé")).isFalse();
		assertThat(MessageFacts.namesOnly("j'ai reçu un colis abîmé")).isFalse();
		MessageFacts subjectOnly = MessageFacts.of("Colis abîmé\nBonjour, vous pouvez m'aider ?", "fr");
		assertThat(subjectOnly.reportsProblem()).isTrue();
		assertThat(subjectOnly.problemForReply()).isNull();
	}

	@Test
	void should_keep_a_mail_asking_for_bank_details_and_a_maker_selling_in_the_shop_for_a_person() {
		assertThat(HumanOnlyIntent.detect("J'ai reçu un mail me demandant de confirmer mes coordonnées bancaires "
				+ "pour débloquer ma commande, avec un lien. C'est bien vous ?", HumanOnlyIntent.all()))
			.contains(HumanOnlyIntent.ACCOUNT_SECURITY);
		assertThat(HumanOnlyIntent
			.detect("Je fabrique des meubles en bois de récupération. Serait-il possible de les vendre en dépôt "
					+ "dans votre magasin ?", HumanOnlyIntent.all()))
			.contains(HumanOnlyIntent.PARTNERSHIP);
		assertThat(HumanOnlyIntent.detect("Vous me confirmez mes horaires de retrait ?", HumanOnlyIntent.all()))
			.isEmpty();
	}

	@Test
	void should_read_a_wrong_item_brought_by_the_courier_and_a_missed_delivery_as_problems() {
		MessageFacts brought = MessageFacts.of("Le livreur m'a amené des amortisseurs arrière alors que j'avais "
				+ "commandé ceux de l'avant. Je fais comment ? Le garagiste m'attend.", "fr");
		assertThat(brought.problemWords()).isEqualTo("erreur");
		assertThat(brought.problemForReply()).isEqualTo("le livreur vous a amené des amortisseurs arrière");
		// the courier is no question about where the order is;
		// "l'avant" and the garagiste are no product
		assertThat(brought.summary("fr")).hasValueSatisfying((summary) -> assertThat(summary)
			.startsWith("Le client signale que le livreur lui a amené des amortisseurs arrière")
			.doesNotContain("où en est"));
		assertThat(brought.product()).isNull();
		assertThat(MessageFacts
			.of("J'ai reçu un shampoing pour cheveux gras alors que j'avais pris celui pour cheveux secs.", "fr")
			.problemWords()).isEqualTo("erreur");
		assertThat(MessageFacts.of("Le livreur m'a appelée 3 fois et je n'ai pas pu décrocher. Elle est où ?", "fr")
			.reportsProblem()).isTrue();
	}

	@Test
	void should_not_read_a_refund_asked_after_unopened_boxes_as_a_refund_late() {
		assertThat(HumanOnlyIntent.detect("Il me reste 4 cartons jamais ouverts. Vous me remboursez sur la carte ?",
				HumanOnlyIntent.all()))
			.doesNotContain(HumanOnlyIntent.REFUND_DELAY);
		assertThat(HumanOnlyIntent.detect("Je n'ai toujours pas été remboursée.", HumanOnlyIntent.all()))
			.contains(HumanOnlyIntent.REFUND_DELAY);
	}

	@Test
	void should_answer_a_pro_account_from_the_shop_s_article_on_it_and_read_stock_in_the_question() {
		TriageSetup hardware = shopWithOneArticle("Bricolage", "Compte professionnel et factures",
				"Artisans et entreprises ouvrent gratuitement un compte pro à l'accueil avec un extrait Kbis : "
						+ "5 % de remise sur tout le magasin et factures mensuelles.",
				"professionnel, artisan, remise, facture");
		String question = "Je suis artisan plombier. Comment on ouvre un compte pro chez vous, et il y a une remise ?";

		assertThat(HumanOnlyIntent.detect(question, HumanOnlyIntent.all(), hardware.knowledge()::aboutAll))
			.doesNotContain(HumanOnlyIntent.PARTNERSHIP);
		assertThat(HumanOnlyIntent.detect(question, HumanOnlyIntent.all(), TriageFixtures.SETUP.knowledge()::aboutAll))
			.contains(HumanOnlyIntent.PARTNERSHIP);
		assertThat(triage(null, question, hardware).article()).isNotNull();

		TriageSetup collect = shopWithOneArticle("Bricolage", "Retrait en magasin (click & collect)",
				"Commandez en ligne et retirez gratuitement votre commande au comptoir Retrait : les articles en "
						+ "stock sont prêts en 2 heures, vous recevez un SMS dès que la commande est prête.",
				"retrait, click and collect, comptoir, délai");
		assertThat(
				triage(null,
						"J'ai passé une commande à retirer ce matin, un mitigeur indiqué en stock. "
								+ "Au bout de combien de temps je peux venir la chercher ?",
						collect)
					.article())
			.isNotNull();
		assertThat(triage(null, "Vous avez encore le mitigeur Grohe en stock ? Je passerais le chercher.", collect)
			.article()).isNull();
	}

	@Test
	void should_not_read_what_the_customer_would_rather_do_nor_a_past_delay_that_did_not_matter_as_problems() {
		assertThat(MessageFacts.of("Je peux venir chercher ma commande au magasin au lieu de payer le port ?", "fr")
			.reportsProblem()).isFalse();
		assertThat(MessageFacts.of("Je peux passer la prendre moi-même au lieu de la faire livrer ?", "fr")
			.reportsProblem()).isFalse();
		assertThat(MessageFacts.of("J'ai reçu du 140 au lieu du 160, vous pouvez l'échanger ?", "fr").problemWords())
			.isEqualTo("erreur");
		assertThat(
				MessageFacts.of("J'ai reçu la taille S au lieu de la taille M, je fais comment ?", "fr").problemWords())
			.isEqualTo("erreur");
		assertThat(MessageFacts
			.of("J'ai eu un petit retard sur ma dernière commande mais pas grave. " + "Vous livrez en Belgique ?", "fr")
			.reportsProblem()).isFalse();
		assertThat(MessageFacts.of("Ma commande a du retard, vous pouvez regarder ?", "fr").reportsProblem()).isTrue();
	}

}

package crmcopilot.opportunities.internal;

import java.time.LocalDate;
import java.util.List;

import crmcopilot.opportunities.ExtractionRequest;
import crmcopilot.opportunities.OpportunityExtraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractionRulesTests {

	private static final LocalDate WEDNESDAY = LocalDate.of(2026, 4, 8);

	private final RuleBasedOpportunityExtractor extractor = new RuleBasedOpportunityExtractor();

	private OpportunityExtraction extract(String text) {
		return this.extractor.extract(ExtractionRequest.of(text, WEDNESDAY));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Décision avant le 10 janvier               | 2027-01-10
			Décision avant le 15 mai                   | 2026-05-15
			À livrer d'ici fin juin                    | 2026-06-30
			Réponse sous 10 jours                      | 2026-04-18
			Offre à remettre dans deux semaines        | 2026-04-22
			Signature fin de semaine prochaine         | 2026-04-17
			Réponse attendue fin de semaine            | 2026-04-10
			Démarrage début de semaine prochaine       | 2026-04-13
			Date limite : 28/05/2026                   | 2026-05-28
			Date limite de dépôt : 2026-06-12          | 2026-06-12
			Réponse sous huitaine                      | 2026-04-16
			Décision d'ici la fin du mois              | 2026-04-30
			Closing fin du mois prochain               | 2026-05-31
			Projet pour le deuxième trimestre          | 2026-06-30
			Réponse avant vendredi prochain            | 2026-04-17
			Signature prévue le 1er juillet            | 2026-07-01
			Livraison d'ici 3 mois                     | 2026-07-08
			Budget validé, décision fin d'année        | 2026-12-31
			""")
	void should_resolve_french_dates_from_the_document_date(String text, String expected) {
		assertThat(extract(text).closeDate().value()).isEqualTo(expected);
	}

	@Test
	void should_default_the_close_date_to_creation_plus_seven_days() {
		OpportunityExtraction extraction = extract("Besoin de 3 imprimantes pour l'agence.");
		assertThat(extraction.closeDate().value()).isEqualTo("2026-04-15");
		assertThat(extraction.closeDate().hasSpan()).isFalse();
	}

	@Test
	void should_leave_a_next_step_date_to_the_follow_up_and_not_close_the_deal_on_it() {
		OpportunityExtraction quote = extract("RDV Garage Central : le gérant veut un logiciel. Devis pour vendredi.");
		assertThat(quote.closeDate().value()).isEqualTo("2026-04-15");
		assertThat(quote.closeDate().hasSpan()).isFalse();
		assertThat(extract("Devis pour vendredi, décision fin avril.").closeDate().value()).isEqualTo("2026-04-30");
		assertThat(extract("Relance Sonatel : Awa confirme les 800 licences Microsoft 365, budget 48 millions FCFA, "
				+ "devis pour vendredi.")
			.closeDate()
			.hasSpan()).isFalse();
		assertThat(extract("Ils veulent 800 licences. Budget 45 millions FCFA. Démo mardi.").closeDate().hasSpan())
			.isFalse();
		assertThat(FollowUpReader.read("Devis pour vendredi, décision fin avril.", WEDNESDAY))
			.extracting(FollowUpReader.Stated::due)
			.containsExactlyInAnyOrder(LocalDate.of(2026, 4, 10), LocalDate.of(2026, 4, 30));
	}

	@Test
	void should_ignore_past_dates_and_meeting_dates() {
		assertThat(extract("Réunion le 2 avril, relancer le 20 avril.").closeDate().value()).isEqualTo("2026-04-15");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Budget : 45 millions FCFA                      | 45000000   | XOF
			Enveloppe de 1,5 milliard de F CFA            | 1500000000 | XOF
			Montant 120 M XOF                             | 120000000  | XOF
			Prix : 45 000 €                               | 45000     | EUR
			Budget €12k                                   | 12000     | EUR
			Devis de 3 500 000 F CFA                      | 3500000   | XOF
			Budget trente millions                        | 30000000  | XOF
			Montant : 2 500 000 MAD                       | 2500000   | MAD
			Coût 15 000 USD                               | 15000     | USD
			""")
	void should_read_amounts_and_currencies(String text, String amount, String currency) {
		OpportunityExtraction extraction = extract(text);
		assertThat(extraction.amount().value()).isEqualTo(amount);
		assertThat(extraction.currency().value()).isEqualTo(currency);
	}

	@Test
	void should_map_fcfa_to_xaf_in_central_africa() {
		OpportunityExtraction extraction = extract("Client à Douala, Cameroun. Budget 40 millions FCFA.");
		assertThat(extraction.country().value()).isEqualTo("Cameroun");
		assertThat(extraction.currency().value()).isEqualTo("XAF");
	}

	@Test
	void should_not_take_quantities_for_amounts() {
		assertThat(extract("Besoin de 200 licences et 40 postes.").amount().present()).isFalse();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Tél : 77 123 45 67                         | +221771234567
			Standard +221 33 869 12 34                 | +221338691234
			Abidjan, mobile +225 07 08 09 10 11        | +2250708091011
			Bamako, tél. +223 76 12 34 56              | +22376123456
			Douala : +237 6 77 12 34 56                | +237677123456
			Paris : +33 6 12 34 56 78                  | +33612345678
			""")
	void should_normalise_phones_of_several_countries_to_e164(String text, String expected) {
		assertThat(extract(text).phone().value()).isEqualTo(expected);
	}

	@Test
	void should_prefer_the_mobile_number_for_the_contact() {
		OpportunityExtraction extraction = extract("T. 33 963 88 00 / M. 77 560 70 80");
		assertThat(extraction.phone().value()).isEqualTo("+221775607080");
	}

	@Test
	void should_ignore_fax_numbers() {
		assertThat(extract("Fax : 33 869 12 35").phone().present()).isFalse();
	}

	@Test
	void should_apply_the_defaults_when_nothing_is_said() {
		OpportunityExtraction extraction = extract("Besoin de 3 imprimantes.");
		assertThat(extraction.stage().value()).isEqualTo("Prospection");
		assertThat(extraction.country().value()).isEqualTo("Sénégal");
		assertThat(extraction.leadSource().value()).isEqualTo("Demande client spontanée");
		assertThat(extraction.type().value()).isEqualTo("Vente directe");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Client ivoirien basé à Abidjan                   | Côte d'Ivoire
			Rendez-vous à Bamako                             | Mali
			La société est au Burkina Faso                   | Burkina Faso
			Filiale togolaise                                | Togo
			Contact : +229 97 12 34 56                       | Bénin
			Siège à Niamey                                   | Niger
			Usine au Nigeria                                 | Nigeria
			""")
	void should_find_countries_by_name_demonym_city_or_dialling_code(String text, String expected) {
		assertThat(extract(text).country().value()).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Ils veulent renouveler leurs licences arrivées à expiration | Renouvellement hors contrat
			Contrat de maintenance annuel des serveurs                 | Contrat de maintenance
			Mise en place d'un ERP et migration des données            | Projet
			Commande de 40 ordinateurs portables                       | Vente directe
			""")
	void should_choose_the_type_from_cues(String text, String expected) {
		assertThat(extract(text).type().value()).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Avis d'appel d'offres : fourniture de serveurs       | Appel d'offres
			Recommandé par notre client CSS                      | Recommandation
			Rencontré au salon SIDEV                             | Salon / Événement
			Demande reçue via le formulaire de notre site web    | Site web
			Visite de prospection chez le client                 | Prospection commerciale
			Affaire apportée par notre partenaire intégrateur    | Partenaire
			""")
	void should_choose_the_lead_source_from_cues(String text, String expected) {
		assertThat(extract(text).leadSource().value()).isEqualTo(expected);
	}

	@Test
	void should_restrict_lead_sources_to_the_workspace_list() {
		OpportunityExtraction extraction = this.extractor.extract(new ExtractionRequest(
				"Rencontré au salon SIDEV, contact via Kompass", WEDNESDAY, List.of("Kompass", "Autre")));
		assertThat(extraction.leadSource().value()).isEqualTo("Kompass");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Rencontre avec le DSI de Transports Diallo SARL hier         | Transports Diallo SARL
			Offre pour SARL Dakar Logistique                              | SARL Dakar Logistique
			Autorité contractante : Ministère de la Santé                | Ministère de la Santé
			RDV chez Orabank Togo à Lomé                                  | Orabank Togo
			Le GIE Femmes Transformatrices de Rufisque a besoin d'un site | GIE Femmes Transformatrices de Rufisque
			""")
	void should_find_account_names_and_legal_forms(String text, String expected) {
		assertThat(extract(text).accountName().value()).isEqualTo(expected);
	}

	@Test
	void should_find_the_contact_its_title_and_email() {
		OpportunityExtraction extraction = extract(
				"Rencontre avec Awa Ndiaye, DSI de la Sonatel. awa.ndiaye@sonatel.sn, contact@sonatel.sn");
		assertThat(extraction.contactFirstName().value()).isEqualTo("Awa");
		assertThat(extraction.contactLastName().value()).isEqualTo("Ndiaye");
		assertThat(extraction.contactTitle().value()).isEqualTo("DSI");
		assertThat(extraction.email().value()).isEqualTo("awa.ndiaye@sonatel.sn");
		assertThat(extraction.accountName().value()).isEqualTo("Sonatel");
	}

	@Test
	void should_name_the_opportunity_after_account_and_object_with_spans() {
		String text = "Objet : Migration de la messagerie\nClient : Kirène SA";
		OpportunityExtraction extraction = extract(text);
		assertThat(extraction.opportunityName().value()).isEqualTo("Kirène SA – Migration de la messagerie");
		assertThat(extraction.accountName().hasSpan()).isTrue();
		assertThat(text.substring(extraction.accountName().start(), extraction.accountName().end()))
			.isEqualTo("Kirène SA");
	}

	@Test
	void should_survive_empty_text() {
		OpportunityExtraction extraction = extract("");
		assertThat(extraction.stage().value()).isEqualTo("Prospection");
		assertThat(extraction.accountName().present()).isFalse();
	}

}

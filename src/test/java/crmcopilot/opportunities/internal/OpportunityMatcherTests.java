package crmcopilot.opportunities.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import crmcopilot.crm.Opportunity;
import crmcopilot.opportunities.ExtractionRequest;
import crmcopilot.opportunities.OpportunityExtraction;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OpportunityMatcherTests {

	private static final LocalDate NOTE_DATE = LocalDate.of(2026, 2, 10);

	private static final UUID WORKSPACE = UUID.randomUUID();

	private static final UUID ACCOUNT = UUID.randomUUID();

	private final RuleBasedOpportunityExtractor extractor = new RuleBasedOpportunityExtractor();

	private static Opportunity deal(String name, String description, Double amount, String stage, int daysBefore) {
		return new Opportunity(UUID.randomUUID(), WORKSPACE, ACCOUNT, null, name, stage, LocalDate.of(2026, 3, 15),
				null, null, null, amount, "XOF", description, null, null, null,
				NOTE_DATE.minusDays(daysBefore).atStartOfDay().toInstant(ZoneOffset.UTC), null);
	}

	private Optional<OpportunityMatcher.Found> match(String text, List<Opportunity> deals) {
		OpportunityExtraction extraction = this.extractor.extract(ExtractionRequest.of(text, NOTE_DATE));
		Map<String, String> values = new LinkedHashMap<>();
		extraction.fields().forEach((key, field) -> {
			if (field.value() != null) {
				values.put(key, field.value());
			}
		});
		return OpportunityMatcher.match(text, values, extraction, NOTE_DATE, deals, Map.of());
	}

	@Test
	void should_be_sure_when_the_note_names_the_same_need_and_amount() {
		Opportunity laptops = deal("Transports Diallo – 40 ordinateurs portables", "40 ordinateurs portables",
				30_000_000.0, "Prospection", 5);
		Opportunity printers = deal("Transports Diallo – imprimantes", "3 imprimantes pour l'agence", 2_000_000.0,
				"Prospection", 20);

		var found = match("Mail de Moussa Diop (Transports Diallo) : il relance pour le devis des 40 portables, "
				+ "budget 32 millions FCFA.", List.of(printers, laptops));

		assertThat(found).hasValueSatisfying((f) -> {
			assertThat(f.opportunity()).isEqualTo(laptops);
			assertThat(f.level()).isEqualTo(OpportunityMatch.Level.SURE);
			assertThat(f.changes()).extracting(OpportunityMatch.FieldChange::field).contains("amount");
			assertThat(f.changes()).filteredOn((c) -> c.field().equals("amount"))
				.singleElement()
				.satisfies((c) -> assertThat(c.old() + " -> " + c.proposed()).isEqualTo("30000000 -> 32000000"));
		});
	}

	@Test
	void should_propose_the_lone_recent_deal_as_probable_when_the_note_names_no_need() {
		Opportunity licences = deal("Sonatel – Renouvellement licences Microsoft 365",
				"renouveler 800 licences Microsoft 365", 45_000_000.0, "Prospection", 2);

		var found = match("Relance Sonatel : Awa confirme le budget, décision fin mars.", List.of(licences));

		assertThat(found).hasValueSatisfying((f) -> {
			assertThat(f.level()).isEqualTo(OpportunityMatch.Level.PROBABLE);
			assertThat(f.reasons()).extracting(OpportunityMatcher.Reason::key).contains("opportunities.dealMatch.only");
			assertThat(f.changes()).extracting(OpportunityMatch.FieldChange::field).containsExactly("closeDate");
		});
	}

	@Test
	void should_not_match_a_deal_about_another_need() {
		Opportunity licences = deal("Sonatel – Renouvellement licences Microsoft 365",
				"renouveler 800 licences Microsoft 365", 45_000_000.0, "Prospection", 2);

		assertThat(
				match("Sonatel : nouveau besoin de 12 caméras de vidéosurveillance pour le siège.", List.of(licences)))
			.isEmpty();
	}

	@Test
	void should_not_be_sure_when_the_amount_is_of_another_scale() {
		Opportunity licences = deal("Sonatel – licences Microsoft 365", "800 licences Microsoft 365", 45_000_000.0,
				"Prospection", 2);

		var found = match("Sonatel : 5 licences Microsoft 365 de plus pour la filiale, 500 000 FCFA.",
				List.of(licences));

		assertThat(found).map(OpportunityMatcher.Found::level).isNotEqualTo(Optional.of(OpportunityMatch.Level.SURE));
	}

	@Test
	void should_leave_closed_deals_alone() {
		Opportunity won = deal("Kirène – ERP usines", "projet ERP pour ses usines", 120_000_000.0, "Closed Won", 10);

		assertThat(match("Kirène : point sur le projet ERP des usines.", List.of(won))).isEmpty();
	}

	@Test
	void should_not_be_sure_between_two_deals_sharing_the_same_words() {
		Opportunity a = deal("Sedima – onduleurs siège", "onduleurs pour le siège", 5_000_000.0, "Prospection", 3);
		Opportunity b = deal("Sedima – onduleurs usine", "onduleurs pour l'usine", 5_000_000.0, "Prospection", 4);

		var found = match("Sedima : Cheikh Sy relance pour les onduleurs.", List.of(a, b));

		assertThat(found).map(OpportunityMatcher.Found::level).contains(OpportunityMatch.Level.PROBABLE);
	}

	@Test
	void should_fold_words_to_singular_without_accents() {
		assertThat(OpportunityMatcher.words("Les Caméras et 40 portables")).containsKeys("camera", "40", "portable")
			.doesNotContainKey("les");
	}

}

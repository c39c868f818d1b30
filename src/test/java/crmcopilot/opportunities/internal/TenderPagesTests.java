package crmcopilot.opportunities.internal;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import crmcopilot.opportunities.ExtractionRequest;
import crmcopilot.opportunities.OpportunityExtraction;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TenderPagesTests {

	private static String page(String name) throws Exception {
		try (InputStream in = TenderPagesTests.class.getClassLoader().getResourceAsStream("tenders/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
		}
	}

	@Test
	void should_parse_the_listing_and_report_broken_rows() throws Exception {
		TenderPages.Listing listing = TenderPages.listing(page("listing.html"));
		assertThat(listing.rows()).extracting(TenderPages.Row::key).containsExactly("48213", "48377", "48390", "48401");
		TenderPages.Row first = listing.rows().get(0);
		assertThat(first.reference()).isEqualTo("F_DAGE_045");
		assertThat(first.authority()).isEqualTo("Ministère de la Santé et de l'Action sociale");
		assertThat(first.published()).isEqualTo(LocalDate.of(2026, 4, 20));
		assertThat(first.deadline()).isEqualTo(LocalDate.of(2026, 5, 28));
		assertThat(listing.rows().get(2).deadline()).isNull();
		assertThat(listing.rows().get(3).deadline()).isNull();
		assertThat(listing.problems())
			.anyMatch((p) -> p.english().contains("DRP_2026_031") && p.english().contains("no deadline"))
			.anyMatch((p) -> p.english().contains("F_ADIE_017") && p.english().contains("before publication"))
			.anyMatch((p) -> p.english().contains("F_BAD_001") && p.english().contains("no detail link"));
	}

	@Test
	void should_read_a_detail_page_into_a_draft_text() throws Exception {
		TenderPages.Row row = TenderPages.listing(page("listing.html")).rows().get(0);
		Map<String, String> detail = TenderPages.detail(page("detail-48213.html"));
		assertThat(detail).containsEntry("objet",
				"Mise en place d'un système de gestion électronique des documents (GED)");
		String text = SampleTenderImports.text(row, detail);
		OpportunityExtraction extraction = new RuleBasedOpportunityExtractor()
			.extract(ExtractionRequest.of(text, row.published()));
		assertThat(extraction.accountName().value()).isEqualTo("Ministère de la Santé et de l'Action sociale");
		assertThat(extraction.leadSource().value()).isEqualTo("Appel d'offres");
		assertThat(extraction.closeDate().value()).isEqualTo("2026-05-28");
		assertThat(extraction.amount().value()).isEqualTo("150000000");
	}

	@Test
	void should_survive_an_empty_or_unrelated_page() {
		assertThat(TenderPages.listing("<html><body><p>Maintenance du site</p></body></html>").rows()).isEmpty();
		assertThat(TenderPages.detail("")).isEmpty();
	}

}

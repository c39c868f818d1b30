package crmcopilot.crawler;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ProductPageParserTests {

	private final ProductPageParser parser = new ProductPageParser();

	@Test
	void should_read_json_ld_products_with_graph_and_list_price() {
		String html = """
				<html><head><script type="application/ld+json">
				{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},
				 {"@type":["Product"],"name":"Sac cuir","sku":"S-1","offers":{"@type":"Offer","price":"79.90",
				  "priceCurrency":"EUR","availability":"https://schema.org/InStock",
				  "priceSpecification":[{"@type":"UnitPriceSpecification","priceType":"https://schema.org/ListPrice","price":99.90}]}}]}
				</script><script type="application/ld+json">{ broken</script></head></html>
				""";

		List<ProductOffer> offers = this.parser.parse(html);

		assertThat(offers).hasSize(1);
		ProductOffer offer = offers.get(0);
		assertThat(offer.name()).isEqualTo("Sac cuir");
		assertThat(offer.price()).isEqualByComparingTo(new BigDecimal("79.90"));
		assertThat(offer.listPrice()).isEqualByComparingTo(new BigDecimal("99.90"));
		assertThat(offer.currency()).isEqualTo("EUR");
		assertThat(offer.availability()).isEqualTo("InStock");
		assertThat(offer.discountRate()).isCloseTo(0.2002, within(0.0001));
		assertThat(offer.format()).isEqualTo("json-ld");
	}

	@Test
	void should_read_microdata_and_aggregate_offers() {
		String html = """
				<div itemscope itemtype="https://schema.org/Product"><h1 itemprop="name">Écharpe</h1>
				 <div itemprop="offers" itemscope itemtype="https://schema.org/Offer">
				  <span itemprop="price" content="25,50">25,50 €</span><meta itemprop="priceCurrency" content="EUR">
				 </div></div>
				<script type="application/ld+json">[{"@type":"Product","name":"Lot","offers":{"@type":"AggregateOffer","lowPrice":12,"highPrice":30}}]</script>
				""";

		List<ProductOffer> offers = this.parser.parse(html);

		assertThat(offers).extracting(ProductOffer::name).containsExactlyInAnyOrder("Écharpe", "Lot");
		ProductOffer scarf = offers.stream().filter((o) -> o.format().equals("microdata")).findFirst().orElseThrow();
		assertThat(scarf.price()).isEqualByComparingTo(new BigDecimal("25.50"));
		assertThat(scarf.discountRate()).isZero();
	}

}

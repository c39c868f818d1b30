package crmcopilot.crawler;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads schema.org {@code Product} offers from an HTML page: JSON-LD blocks (including
 * {@code @graph}, arrays, {@code AggregateOffer}) and microdata ({@code itemscope}/
 * {@code itemprop}). Malformed blocks are skipped, never fatal.
 */
public final class ProductPageParser {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	public List<ProductOffer> parse(String html) {
		Document document = Jsoup.parse(html);
		List<ProductOffer> offers = new ArrayList<>();
		for (Element script : document.select("script[type=application/ld+json]")) {
			try {
				collectJsonLd(JSON.readTree(script.data()), offers);
			}
			catch (JacksonException ex) {
				// a broken block on someone else's page: ignore it, keep the others
			}
		}
		for (Element product : document.select("[itemscope][itemtype~=(?i)schema.org/Product$]")) {
			collectMicrodata(product, offers);
		}
		return offers;
	}

	private void collectJsonLd(JsonNode node, List<ProductOffer> offers) {
		if (node.isArray()) {
			node.forEach((child) -> collectJsonLd(child, offers));
			return;
		}
		if (!node.isObject()) {
			return;
		}
		if (node.has("@graph")) {
			collectJsonLd(node.get("@graph"), offers);
		}
		if (hasType(node, "Product")) {
			String name = text(node, "name");
			String sku = text(node, "sku");
			JsonNode offerNodes = node.get("offers");
			if (offerNodes != null) {
				for (JsonNode offer : offerNodes.isArray() ? offerNodes : JSON.createArrayNode().add(offerNodes)) {
					ProductOffer parsed = jsonOffer(offer, (name != null) ? name : "", sku);
					if (parsed != null) {
						offers.add(parsed);
					}
				}
			}
		}
	}

	private @Nullable ProductOffer jsonOffer(JsonNode offer, String name, @Nullable String sku) {
		BigDecimal price = decimal(text(offer, "price"));
		if (price == null) {
			price = decimal(text(offer, "lowPrice"));
		}
		BigDecimal listPrice = null;
		String currency = text(offer, "priceCurrency");
		JsonNode specs = offer.get("priceSpecification");
		if (specs != null) {
			for (JsonNode spec : specs.isArray() ? specs : JSON.createArrayNode().add(specs)) {
				String type = String.valueOf(text(spec, "priceType")).toLowerCase(Locale.ROOT);
				BigDecimal value = decimal(text(spec, "price"));
				if (type.contains("listprice") || type.contains("strikethroughprice")) {
					listPrice = value;
				}
				else if (price == null) {
					price = value;
				}
				if (currency == null) {
					currency = text(spec, "priceCurrency");
				}
			}
		}
		if (price == null) {
			return null;
		}
		return new ProductOffer(name, sku, price, currency, listPrice, shortAvailability(text(offer, "availability")),
				"json-ld");
	}

	private void collectMicrodata(Element product, List<ProductOffer> offers) {
		String name = itemprop(product, "name");
		String sku = itemprop(product, "sku");
		for (Element offer : product.select("[itemprop=offers]")) {
			BigDecimal price = decimal(itemprop(offer, "price"));
			if (price == null) {
				price = decimal(itemprop(offer, "lowPrice"));
			}
			if (price == null) {
				continue;
			}
			BigDecimal listPrice = null;
			for (Element spec : offer.select("[itemprop=priceSpecification]")) {
				String type = String.valueOf(itemprop(spec, "priceType")).toLowerCase(Locale.ROOT);
				if (type.contains("listprice") || type.contains("strikethroughprice")) {
					listPrice = decimal(itemprop(spec, "price"));
				}
			}
			offers.add(new ProductOffer((name != null) ? name : "", sku, price, itemprop(offer, "priceCurrency"),
					listPrice, shortAvailability(itemprop(offer, "availability")), "microdata"));
		}
	}

	private static @Nullable String itemprop(Element scope, String property) {
		for (Element element : scope.select("[itemprop=" + property + "]")) {
			if (element.hasAttr("content")) {
				return element.attr("content").trim();
			}
			if (element.hasAttr("href")) {
				return element.attr("href").trim();
			}
			return element.text().trim();
		}
		return null;
	}

	private static boolean hasType(JsonNode node, String type) {
		JsonNode types = node.get("@type");
		if (types == null) {
			return false;
		}
		if (types.isArray()) {
			for (JsonNode each : types) {
				if (type.equalsIgnoreCase(each.asString())) {
					return true;
				}
			}
			return false;
		}
		return type.equalsIgnoreCase(types.asString());
	}

	private static @Nullable String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull() || value.isContainer()) {
			return null;
		}
		return value.asString();
	}

	static @Nullable BigDecimal decimal(@Nullable String raw) {
		if (raw == null) {
			return null;
		}
		String cleaned = raw.replaceAll("[^0-9,.-]", "");
		if (cleaned.contains(",") && !cleaned.contains(".")) {
			cleaned = cleaned.replace(',', '.');
		}
		else {
			cleaned = cleaned.replace(",", "");
		}
		try {
			BigDecimal value = new BigDecimal(cleaned);
			return (value.signum() >= 0) ? value : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static @Nullable String shortAvailability(@Nullable String availability) {
		if (availability == null) {
			return null;
		}
		int slash = availability.lastIndexOf('/');
		return (slash >= 0) ? availability.substring(slash + 1) : availability;
	}

}

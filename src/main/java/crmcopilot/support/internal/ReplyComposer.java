package crmcopilot.support.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Writes a reply from a knowledge-base entry, in the customer's language, filling the
 * placeholders only with what the message or the workspace states. A placeholder that
 * cannot be filled makes the reply unusable rather than invented; only an order number
 * after the word it numbers ("votre commande {{numero_commande}}") is left out when the
 * message gives none.
 */
final class ReplyComposer {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-z_]+)\\s*\\}\\}");

	private static final Pattern ORDER_NUMBER = Pattern.compile(
			"(?i)(?:commande|cde|cmd|order|colis|parcel)\\s*(?:n\\s*°|n°|no\\.?|num[ée]ro|number|#)?\\s*:?\\s*#?([A-Z]{0,4}-?\\d{4,12})\\b");

	private static final Pattern HASH_NUMBER = Pattern.compile("#\\s?(\\d{4,12})\\b");

	/**
	 * An order number placeholder after the word it numbers ("votre commande
	 * {{numero_commande}}"): without a number in the message, the sentence stands without
	 * it ("votre commande").
	 */
	private static final Pattern ORDER_PLACEHOLDER = Pattern.compile(
			"(?<=\\p{L})\\s+(?:n\\s*°\\s*|no\\.?\\s*|num[ée]ro\\s+|number\\s+|#)?\\{\\{\\s*(?:numero_commande|order_number)\\s*\\}\\}");

	private ReplyComposer() {
	}

	public static Optional<String> orderNumber(String text) {
		Matcher matcher = ORDER_NUMBER.matcher(text);
		if (matcher.find()) {
			return Optional.of(matcher.group(1));
		}
		matcher = HASH_NUMBER.matcher(text);
		return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
	}

	/**
	 * @return the reply, or the names of the placeholders nothing could fill
	 */
	public static Composition compose(Article article, String language, @Nullable String customerName, String text,
			Map<String, String> values, String workspaceName) {
		return compose(article, language, customerName, text, values, workspaceName, "");
	}

	/**
	 * @param opening written before the article's text (an apology), or empty
	 */
	static Composition compose(Article article, String language, @Nullable String customerName, String text,
			Map<String, String> values, String workspaceName, String opening) {
		List<String> missing = new ArrayList<>();
		String template = orderNumber(text).isPresent() ? article.body()
				: ORDER_PLACEHOLDER.matcher(article.body()).replaceAll("");
		Matcher matcher = PLACEHOLDER.matcher(template);
		StringBuilder body = new StringBuilder();
		while (matcher.find()) {
			String name = matcher.group(1);
			String value = value(name, text, customerName, values);
			if (value == null) {
				missing.add(name);
				value = matcher.group();
			}
			matcher.appendReplacement(body, Matcher.quoteReplacement(value));
		}
		matcher.appendTail(body);
		String reply = wrap(opening + body.toString().strip(), language, customerName, workspaceName);
		return new Composition(reply, missing);
	}

	/**
	 * The greeting and the signature around a reply's body, in the customer's language.
	 */
	static String wrap(String body, String language, @Nullable String customerName, String workspaceName) {
		String name = (customerName != null && !customerName.isBlank()) ? " " + customerName.strip() : "";
		if ("en".equals(language)) {
			return "Hello" + name + ",\n\n" + body + "\n\nKind regards,\n" + workspaceName + " customer service";
		}
		return "Bonjour" + name + ",\n\n" + body + "\n\nBien cordialement,\nLe service client " + workspaceName;
	}

	private static @Nullable String value(String name, String text, @Nullable String customerName,
			Map<String, String> values) {
		return switch (name) {
			case "numero_commande", "order_number" -> orderNumber(text).orElse(null);
			case "client", "customer" -> customerName;
			case "produit", "product" -> MessageFacts.of(text, "fr").product();
			default -> {
				String value = values.get(name);
				yield (value != null && !value.isBlank()) ? value : null;
			}
		};
	}

	/**
	 * @param missing placeholders left unfilled (the reply must not be sent as is)
	 */
	public record Composition(String reply, List<String> missing) {

		public boolean complete() {
			return this.missing.isEmpty();
		}

	}

}

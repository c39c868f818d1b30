package crmcopilot.support.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Why a message was answered or escalated, as a code and its arguments: stored with the
 * triage ({@code raisons.action}) and the ticket as {@code code:arg:arg; code}, shown
 * through the message key {@code support.routing.<code>}.
 */
public record RoutingReason(String code, List<String> arguments) {

	static final String RULES_MET = "rules-met";

	/**
	 * A question reporting no problem answered from an article while the classifier was
	 * unsure of its category: confidence, threshold.
	 */
	static final String INFORMATION_REQUEST = "information-request";

	static final String HOLDING_STOCK = "holding-stock";

	static final String HOLDING_PLACE = "holding-place";

	static final String INFORMATION_REQUEST_KEPT_CATEGORY = "information-request-kept-category";

	static final String CATEGORY_UNKNOWN = "category-unknown";

	static final String CATEGORY_NOT_AUTO = "category-not-auto";

	static final String CONFIDENCE_LOW = "confidence-low";

	static final String PRIORITY_HIGH = "priority-high";

	static final String NOT_GROUNDED = "not-grounded";

	static final String HUMAN_ONLY = "human-only";

	/** No trained example: the default category. */
	static final String UNTRAINED = "untrained";

	/** The classifier's label: examples trained on, label, probability in percent. */
	static final String CLASSIFIER = "classifier";

	/** The classifier's category: name, probability in percent. */
	static final String CLASSIFIED = "classified";

	/** The urgency score of a message. */
	static final String URGENCY = "urgency";

	/** The urgency cues found (comma-separated). */
	static final String CUES = "cues";

	static final String LEGAL_THREAT = "legal-threat";

	static final String CHURN_RISK = "churn-risk";

	/** A high-value customer: the segment or tier given. */
	static final String HIGH_VALUE = "high-value";

	/** A follow-up left without an answer. */
	static final String FOLLOW_UP = "follow-up";

	/** The reply is grounded on an article: title, coverage, similarity. */
	static final String GROUNDED = "grounded";

	/** A holding reply: no article in the language (argument) answers the question. */
	static final String HOLDING = "holding";

	/** A holding reply: the message asks no question and makes no request. */
	static final String HOLDING_NO_REQUEST = "holding-no-request";

	/** The closest article, below the relevance floor: title, coverage, similarity. */
	static final String CLOSEST = "closest";

	/**
	 * An article that needs what the message does not say: title, missing placeholders.
	 */
	static final String ARTICLE_INCOMPLETE = "article-incomplete";

	private static final Pattern STORED = Pattern.compile("[a-z-]+(:[^;:]*)*(; [a-z-]+(:[^;:]*)*)*");

	static RoutingReason of(String code, String... arguments) {
		return new RoutingReason(code, List.of(arguments));
	}

	static String encode(List<RoutingReason> reasons) {
		List<String> parts = new ArrayList<>();
		for (RoutingReason reason : reasons) {
			StringBuilder part = new StringBuilder(reason.code());
			reason.arguments().forEach((argument) -> part.append(':').append(escape(argument)));
			parts.add(part.toString());
		}
		return String.join("; ", parts);
	}

	/**
	 * The reasons of a stored text; empty when it is not in the stored form (a sentence
	 * written before reasons had codes).
	 */
	public static Optional<List<RoutingReason>> decode(String stored) {
		if (!STORED.matcher(stored).matches()) {
			return Optional.empty();
		}
		List<RoutingReason> reasons = new ArrayList<>();
		for (String part : stored.split("; ")) {
			String[] fields = part.split(":", -1);
			reasons
				.add(new RoutingReason(fields[0], Arrays.stream(fields).skip(1).map(RoutingReason::unescape).toList()));
		}
		return Optional.of(reasons);
	}

	/** The message key of this reason. */
	public String messageKey() {
		return "support.routing." + this.code;
	}

	private static String escape(String argument) {
		return argument.replace("%", "%25").replace(";", "%3B").replace(":", "%3A");
	}

	private static String unescape(String argument) {
		return argument.replace("%3A", ":").replace("%3B", ";").replace("%25", "%");
	}

}

package crmcopilot.ai;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A small task family for the gateway's own tests and contract: the sentiment of a
 * customer message, with a one-line summary. Its offline engine counts cue words.
 */
public class SentimentTask implements AiTask<SentimentTask.Message, SentimentTask.Sentiment> {

	public static final String NAME = "test-sentiment";

	private static final List<String> NEGATIVE = List.of("furieux", "inadmissible", "remboursement", "déçu", "retard",
			"angry", "refund", "late", "broken", "cassé");

	private static final List<String> POSITIVE = List.of("merci", "parfait", "bravo", "super", "thanks", "great",
			"perfect", "love");

	/** A customer message. */
	public record Message(String text, String lang) {
	}

	public enum Label {

		positive, neutral, negative

	}

	/**
	 * The task's result.
	 *
	 * @param confidence in 0..1
	 * @param summary one line, may quote the customer
	 * @param contact the customer's email if the message gives one
	 */
	public record Sentiment(Label label, double confidence, String summary, @Nullable String contact) {
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public Class<Sentiment> resultType() {
		return Sentiment.class;
	}

	@Override
	public Map<String, Object> promptVariables(Message input) {
		return Map.of("message", input.text());
	}

	@Override
	public String language(Message input) {
		return input.lang();
	}

	@Override
	public Sentiment offline(Message input, TaskContext context) {
		String text = input.text().toLowerCase(Locale.ROOT);
		long negative = NEGATIVE.stream().filter(text::contains).count();
		long positive = POSITIVE.stream().filter(text::contains).count();
		Label label = (negative > positive) ? Label.negative : (positive > negative) ? Label.positive : Label.neutral;
		double confidence = (negative == positive) ? 0.4 : Math.min(0.95, 0.55 + 0.15 * Math.abs(negative - positive));
		String firstSentence = input.text().split("(?<=[.!?])\\s+", 2)[0].strip();
		String summary = (firstSentence.length() > 120) ? firstSentence.substring(0, 120) : firstSentence;
		return new Sentiment(label, confidence, summary.isEmpty() ? "-" : summary, null);
	}

	@Override
	public @Nullable Message sampleInput(Map<String, String> variables) {
		String message = variables.get("message");
		return (message != null) ? new Message(message, "fr") : null;
	}

	@Override
	public double confidence(Sentiment result) {
		return result.confidence();
	}

	@Override
	public @Nullable String validate(Sentiment result, Message input) {
		if (result.confidence() < 0 || result.confidence() > 1) {
			return "confidence must be between 0 and 1";
		}
		if (result.summary().isBlank()) {
			return "summary must not be empty";
		}
		return null;
	}

}

package crmcopilot.ai;

import java.util.List;

/**
 * The {@code summarise} task: the gist of a customer's message in one to three sentences,
 * for an agent's inbox. Run it with {@link AiGateway#run}; offline it is extractive (the
 * message's most informative sentences, greetings and signatures removed).
 */
public interface SummariseTask extends AiTask<SummariseTask.Request, SummariseTask.Summary> {

	/**
	 * @param text the message
	 * @param language {@code fr}, {@code en}..., or blank to detect it
	 * @param maxSentences 1..3
	 */
	record Request(String text, String language, int maxSentences) {

		public Request(String text) {
			this(text, "", 2);
		}

	}

	/**
	 * @param summary the sentences joined
	 * @param sentences the summary's sentences (at most {@code maxSentences})
	 * @param language the language of the message
	 */
	record Summary(String summary, List<String> sentences, String language) {
	}

}

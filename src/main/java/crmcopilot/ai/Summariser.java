package crmcopilot.ai;

/** Extractive summary (French and English): the most informative sentences, trimmed. */
public interface Summariser {

	String summarise(String text, String language, int maxSentences);

}

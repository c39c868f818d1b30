package crmcopilot.support.internal;

import java.util.ArrayList;
import java.util.List;

import crmcopilot.ai.Summariser;

/**
 * Stand-in used only while the AI module provides no {@link Summariser} bean: the first
 * sentences of the message that say something (greetings skipped), trimmed.
 */
final class LeadSentences implements Summariser {

	private static final int MAX_CHARS = 300;

	@Override
	public String summarise(String text, String language, int maxSentences) {
		List<String> kept = new ArrayList<>();
		for (String sentence : text.replace('\n', ' ').split("(?<=[.!?])\\s+")) {
			String trimmed = sentence.strip();
			if (trimmed.isEmpty() || isGreeting(trimmed)) {
				continue;
			}
			kept.add(trimmed);
			if (kept.size() >= maxSentences) {
				break;
			}
		}
		String summary = String.join(" ", kept);
		return (summary.length() > MAX_CHARS) ? summary.substring(0, MAX_CHARS - 1).strip() + "…" : summary;
	}

	private static boolean isGreeting(String sentence) {
		String folded = TextTokens.fold(sentence).replaceAll("[^a-z ]", "").strip();
		return folded.matches("(bonjour|bonsoir|hello|hi|dear \\w+|madame|monsieur|madame monsieur|salut|hey)( \\w+)?");
	}

}

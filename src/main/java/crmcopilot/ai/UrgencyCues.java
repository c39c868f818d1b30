package crmcopilot.ai;

import java.util.List;

/** Sentiment and urgency cues in a customer's message (French and English). */
public interface UrgencyCues {

	Signals analyse(String text);

	/**
	 * @param sentiment -1 (very negative) .. 1 (very positive)
	 * @param anger 0..1
	 * @param churnThreat the customer threatens to leave
	 * @param legalThreat lawyers, courts, consumer associations...
	 * @param deadline a date or delay is at stake
	 * @param cues the words or phrases that triggered the signals
	 */
	record Signals(double sentiment, double anger, boolean churnThreat, boolean legalThreat, boolean deadline,
			List<String> cues) {

		/** 0..1: how urgent the message reads. */
		public double urgency() {
			double score = Math.max(0, -this.sentiment) * 0.3 + this.anger * 0.3;
			score += this.churnThreat ? 0.2 : 0;
			score += this.legalThreat ? 0.3 : 0;
			score += this.deadline ? 0.15 : 0;
			return Math.min(1, score);
		}

	}

}

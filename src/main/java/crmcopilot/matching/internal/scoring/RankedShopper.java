package crmcopilot.matching.internal.scoring;

import crmcopilot.matching.internal.ShopperProfile;

/** A shopper that passed the hard filters, with its score breakdown. */
public record RankedShopper(ShopperProfile shopper, ScoreBreakdown breakdown) {

	public double score() {
		return this.breakdown.total();
	}

}

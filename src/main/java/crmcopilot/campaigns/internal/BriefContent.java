package crmcopilot.campaigns.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import crmcopilot.campaigns.CampaignBrief;
import crmcopilot.campaigns.Objective;

/**
 * What the brief says beyond the persona card, every sentence built from the run's data:
 * the brief's terms (objective, range, targets, dates, budget), the persona's statistics
 * and advice, and the targeting. Nothing here is invented: a section the data cannot fill
 * stays empty and the brief says so.
 *
 * @param keyMessages what every creative says: the offer from the brief, then the
 * persona's advice
 * @param angles three creative angles: portrait, purchases, offer
 * @param geography where the persona lives, from the zone of residence
 * @param budget the split suggested by the persona's purchase channels
 */
public record BriefContent(String name, @Nullable String choiceReason, List<String> keyMessages, List<Angle> angles,
		AssetGroupText assets, List<String> geography, List<Share> budget, @Nullable LocalDate start,
		@Nullable LocalDate end, List<String> kpis) {

	/** A creative angle: its title and what it shows. */
	public record Angle(String title, String text) {
	}

	/**
	 * A part of the budget: the purchase channel, its share of the persona's purchases
	 * and the amount when the brief gives a budget.
	 */
	public record Share(String channel, int percent, @Nullable Long amount) {
	}

	public static BriefContent of(String name, CampaignBrief brief, Persona persona, @Nullable SegmentProfile profile,
			@Nullable String choiceReason, String language) {
		boolean en = PersonaLanguage.english(language);
		List<String> advice = new ArrayList<>();
		List<String> directions = new ArrayList<>();
		for (String phrase : advice(persona)) {
			(forTheTeam(phrase) ? directions : advice).add(phrase);
		}
		String offer = offer(brief, en);
		List<String> keyMessages = new ArrayList<>();
		keyMessages.add(offer);
		advice.forEach((a) -> keyMessages.add(capitalised(a)));
		String purchases = purchases(persona);
		List<Angle> angles = List.of(
				new Angle("Portrait",
						(en ? "Show them as the data describes them: "
								: "Les montrer tels que les données les décrivent : ")
								+ uncapitalised(persona.visualDescription())),
				new Angle(en ? "Their purchases" : "Leurs achats",
						(purchases.isEmpty() ? persona.text().summary() : purchases)),
				new Angle(en ? "The offer" : "L'offre", offer + (advice.isEmpty() ? "" : " : " + advice.get(0))
						+ (directions.isEmpty() ? "." : " ; " + String.join(" ; ", directions) + ".")));
		List<String> headlines = new ArrayList<>();
		if (brief.productRange() != null) {
			headlines.add(brief.productRange());
		}
		headlines.add(objectivePhrase(brief.objective(), en));
		headlines.addAll(advice);
		headlines.add(offer);
		List<String> descriptions = new ArrayList<>();
		descriptions.add(offer + ".");
		advice.forEach((a) -> descriptions.add(capitalised(a) + "."));
		AssetGroupText assets = AssetGroupText.of(headlines,
				List.of(offer + (advice.isEmpty() ? "" : " : " + advice.get(0))), descriptions);
		return new BriefContent(name, choiceReason, List.copyOf(keyMessages), angles, assets, geography(profile),
				budget(profile, brief.budget()), brief.startDate(), brief.endDate(),
				CampaignPipeline.kpis(brief, language));
	}

	/** The persona's "how to talk to them" advice, one phrase each. */
	static List<String> advice(Persona persona) {
		String description = persona.text().description();
		int at = Math.max(description.indexOf("Comment leur parler :"), description.indexOf("How to talk to them:"));
		List<String> advice = new ArrayList<>();
		if (at >= 0) {
			for (String part : description.substring(description.indexOf(':', at) + 1).split(";")) {
				String phrase = part.strip().replaceAll("\\.$", "");
				if (!phrase.isEmpty()) {
					advice.add(phrase);
				}
			}
		}
		return advice;
	}

	/**
	 * Whether the advice speaks to the marketing team (where and how to run the
	 * creatives) rather than to the customer: an angle, not a headline.
	 */
	static boolean forTheTeam(String advice) {
		return advice.matches(
				"(?i)^(messages|créations|mobile-first|drive-to-store|une offre de réactivation|a reactivation offer).*");
	}

	/** The persona's "what they buy" sentence, empty when the data has none. */
	private static String purchases(Persona persona) {
		String description = persona.text().description();
		int from = Math.max(description.indexOf("Ce qu'ils achètent :"), description.indexOf("What they buy:"));
		if (from < 0) {
			return "";
		}
		int to = description.indexOf(". ", from);
		return description.substring(from, (to < 0) ? description.length() : to + 1).strip();
	}

	private static String offer(CampaignBrief brief, boolean en) {
		String range = brief.productRange();
		String phrase = objectivePhrase(brief.objective(), en);
		if (range == null) {
			return (en ? "An offer " : "Une offre ") + phrase;
		}
		return (en ? "A " + range + " offer, " : "Une offre " + range + ", ") + phrase;
	}

	private static String objectivePhrase(Objective objective, boolean en) {
		return switch (objective) {
			case ACQUISITION -> en ? "for a first purchase" : "pour un premier achat";
			case SALES -> en ? "to buy more often" : "pour acheter plus souvent";
			case AWARENESS -> en ? "to discover the brand" : "pour découvrir la marque";
		};
	}

	private static List<String> geography(@Nullable SegmentProfile profile) {
		List<String> zones = new ArrayList<>();
		if (profile != null) {
			for (SegmentProfile.CategoryStat zone : profile.categories("zone")) {
				zones.add(zone.value() + " " + PersonaWriter.pct(zone.share()) + " %");
			}
		}
		return zones;
	}

	/**
	 * The budget split in proportion to the persona's purchases per channel (rounded, the
	 * rounding given to the largest); amounts when the brief gives a budget.
	 */
	static List<Share> budget(@Nullable SegmentProfile profile, @Nullable Double total) {
		List<SegmentProfile.CategoryStat> channels = (profile != null) ? profile.categories("channel") : List.of();
		double sum = channels.stream().mapToDouble(SegmentProfile.CategoryStat::share).sum();
		if (channels.isEmpty() || sum <= 0) {
			return List.of();
		}
		int[] percents = new int[channels.size()];
		int largest = 0;
		int allotted = 0;
		for (int i = 0; i < percents.length; i++) {
			percents[i] = (int) Math.round(100 * channels.get(i).share() / sum);
			allotted += percents[i];
			largest = (channels.get(i).share() > channels.get(largest).share()) ? i : largest;
		}
		percents[largest] += 100 - allotted;
		List<Share> shares = new ArrayList<>();
		for (int i = 0; i < percents.length; i++) {
			if (percents[i] > 0) {
				Long amount = (total != null) ? Math.round(total * percents[i] / 100) : null;
				shares.add(new Share(channels.get(i).value(), percents[i], amount));
			}
		}
		return shares;
	}

	private static String capitalised(String text) {
		return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
	}

	private static String uncapitalised(String text) {
		return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
	}

}

package crmcopilot.campaigns.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import crmcopilot.ai.AiTask;
import crmcopilot.ai.TaskContext;
import crmcopilot.campaigns.CampaignBrief;

import org.springframework.stereotype.Component;

/**
 * AI task {@code parse-campaign-brief}: pre-fills the objective fields from the brief.
 * Offline engine: dictionaries of French and English cues, first match by priority.
 */
@Component
public class ParseCampaignBriefTask implements AiTask<String, ParsedBrief> {

	private static final Map<String, List<String>> OBJECTIVES = ordered("Acquisition",
			List.of("recrut", "nouveaux clients", "nouveau client", "acquisition", "conquete", "prospect",
					"new customers"),
			"Notoriété", List.of("notoriete", "faire connaitre", "image de marque", "awareness", "visibilite"), "Vente",
			List.of("vente", "ventes", "chiffre d'affaires", "ecouler", "promo", "conversion", "sales"));

	private static final Map<String, List<String>> MEDIA = ordered("Vidéo",
			List.of("video", "youtube", "spot", "pre-roll"), "Social",
			List.of("reseaux sociaux", "social", "facebook", "instagram", "tiktok", "linkedin"), "Display",
			List.of("display", "banniere", "bannieres"));

	private static final Map<String, List<String>> PLATFORMS = ordered(CampaignBrief.DV360,
			List.of("dv360", "display & video", "display and video", "display video 360"), CampaignBrief.PMAX,
			List.of("pmax", "performance max", "google ads", "google"));

	private static final Map<String, List<String>> RANGES = ordered("moyen de gamme",
			List.of("moyen de gamme", "moyen gamme", "milieu de gamme", "mid-range"), "haut de gamme",
			List.of("haut de gamme", "premium", "luxe", "high-end"), "entrée de gamme",
			List.of("entree de gamme", "bas de gamme", "premier prix", "entry-level"));

	private static final Pattern CSP = Pattern.compile("(?<![\\w+-])CSP\\s?([+-]?)(?![\\w+-])",
			Pattern.CASE_INSENSITIVE);

	private static final Map<String, String> OTHER_HINTS = ordered2("retraite", "retraités", "etudiant", "étudiants",
			"famille", "familles", "jeunes", "jeunes", "proprietaire", "propriétaires", "urbain", "urbains");

	private static final Pattern BUDGET = Pattern.compile("(\\d[\\d\\s.,]*)\\s*(k|m)?\\s*(€|euros?|eur)",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern VOLUME = Pattern
		.compile("(\\d[\\d\\s.]*)\\s*(k)?\\s*(impressions|clients|contacts|visites|leads)", Pattern.CASE_INSENSITIVE);

	@Override
	public String name() {
		return "parse-campaign-brief";
	}

	@Override
	public Class<ParsedBrief> resultType() {
		return ParsedBrief.class;
	}

	@Override
	public Map<String, Object> promptVariables(String brief) {
		return Map.of("brief", brief, "objectives", CampaignBrief.OBJECTIVES, "media", CampaignBrief.MEDIA, "platforms",
				CampaignBrief.PLATFORMS);
	}

	@Override
	public ParsedBrief offline(String brief, TaskContext context) {
		return parse(brief);
	}

	@Override
	public double confidence(ParsedBrief result) {
		return result.confidence();
	}

	@Override
	public @Nullable String validate(ParsedBrief result, String input) {
		if (!CampaignBrief.OBJECTIVES.contains(result.objective())) {
			return "objective not in " + CampaignBrief.OBJECTIVES;
		}
		if (!CampaignBrief.MEDIA.contains(result.media())) {
			return "media not in " + CampaignBrief.MEDIA;
		}
		return CampaignBrief.PLATFORMS.contains(result.platform()) ? null
				: "platform not in " + CampaignBrief.PLATFORMS;
	}

	public static ParsedBrief parse(String brief) {
		String text = fold(brief);
		int found = 0;
		String objective = first(OBJECTIVES, text);
		String media = first(MEDIA, text);
		String platform = first(PLATFORMS, text);
		String range = first(RANGES, text);
		found += (objective != null) ? 1 : 0;
		found += (media != null) ? 1 : 0;
		found += (platform != null) ? 1 : 0;
		found += (range != null) ? 1 : 0;
		List<String> hints = new ArrayList<>();
		Matcher csp = CSP.matcher(brief);
		while (csp.find()) {
			String hint = "CSP" + csp.group(1);
			if (!hints.contains(hint)) {
				hints.add(hint);
			}
		}
		OTHER_HINTS.forEach((cue, hint) -> {
			if (text.contains(cue) && !hints.contains(hint)) {
				hints.add(hint);
			}
		});
		return new ParsedBrief((objective != null) ? objective : "Acquisition", (media != null) ? media : "Display",
				(platform != null) ? platform : CampaignBrief.PMAX, range, hints, budget(brief), volume(brief),
				found / 4.0);
	}

	private static @Nullable Double budget(String brief) {
		Matcher m = BUDGET.matcher(brief);
		if (!m.find()) {
			return null;
		}
		Double value = number(m.group(1));
		if (value == null) {
			return null;
		}
		String unit = (m.group(2) != null) ? m.group(2).toLowerCase(Locale.ROOT) : "";
		return value * (unit.equals("k") ? 1_000 : unit.equals("m") ? 1_000_000 : 1);
	}

	private static @Nullable Long volume(String brief) {
		Matcher m = VOLUME.matcher(brief);
		if (!m.find()) {
			return null;
		}
		Double value = number(m.group(1));
		return (value == null) ? null : Math.round(value * ((m.group(2) != null) ? 1_000 : 1));
	}

	private static @Nullable Double number(String text) {
		String digits = text.replaceAll("[\\s\\u00a0]", "").replace(',', '.');
		if (digits.chars().filter((c) -> c == '.').count() > 1) {
			digits = digits.replace(".", "");
		}
		try {
			return Double.parseDouble(digits);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static @Nullable String first(Map<String, List<String>> dictionary, String text) {
		for (Map.Entry<String, List<String>> entry : dictionary.entrySet()) {
			for (String cue : entry.getValue()) {
				if (Pattern.compile("(?<![a-z])" + Pattern.quote(cue)).matcher(text).find()) {
					return entry.getKey();
				}
			}
		}
		return null;
	}

	static String fold(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replace('’', '\'');
	}

	private static Map<String, List<String>> ordered(Object... pairs) {
		Map<String, List<String>> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			@SuppressWarnings("unchecked")
			List<String> cues = (List<String>) pairs[i + 1];
			map.put((String) pairs[i], cues);
		}
		return map;
	}

	private static Map<String, String> ordered2(String... pairs) {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put(pairs[i], pairs[i + 1]);
		}
		return map;
	}

}

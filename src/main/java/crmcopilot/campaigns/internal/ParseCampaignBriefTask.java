package crmcopilot.campaigns.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import crmcopilot.ai.AiTask;
import crmcopilot.ai.TaskContext;
import crmcopilot.campaigns.Media;
import crmcopilot.campaigns.Objective;
import crmcopilot.campaigns.Platform;

import org.springframework.stereotype.Component;

/**
 * AI task {@code parse-campaign-brief}: pre-fills the objective fields from the brief.
 * Offline engine: dictionaries of French and English cues, first match by priority.
 */
@Component
public class ParseCampaignBriefTask implements AiTask<String, ParsedBrief> {

	private static final Map<Objective, List<String>> OBJECTIVES = ordered(Objective.ACQUISITION,
			List.of("recrut", "nouveaux clients", "nouveau client", "acquisition", "conquete", "prospect",
					"new customers"),
			Objective.AWARENESS, List.of("notoriete", "faire connaitre", "image de marque", "awareness", "visibilite"),
			Objective.SALES,
			List.of("vente", "ventes", "chiffre d'affaires", "ecouler", "promo", "conversion", "sales"));

	private static final Map<Media, List<String>> MEDIA = ordered(Media.VIDEO,
			List.of("video", "youtube", "spot", "pre-roll"), Media.SOCIAL,
			List.of("reseaux sociaux", "social", "facebook", "instagram", "tiktok", "linkedin"), Media.DISPLAY,
			List.of("display", "banniere", "bannieres"));

	private static final Map<Platform, List<String>> PLATFORMS = ordered(Platform.DV360,
			List.of("dv360", "display & video", "display and video", "display video 360"), Platform.PMAX,
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
		return Map.of("brief", brief, "objectives", codes(Objective.values(), Objective::code), "media",
				codes(Media.values(), Media::code), "platforms", codes(Platform.values(), Platform::code));
	}

	@Override
	public ParsedBrief offline(String brief, TaskContext context) {
		return parse(brief);
	}

	@Override
	public double confidence(ParsedBrief result) {
		return result.confidence();
	}

	private static <E> List<String> codes(E[] values, Function<E, String> code) {
		return Arrays.stream(values).map(code).toList();
	}

	public static ParsedBrief parse(String brief) {
		String text = fold(brief);
		int found = 0;
		Objective objective = first(OBJECTIVES, text);
		Media media = first(MEDIA, text);
		Platform platform = first(PLATFORMS, text);
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
		return new ParsedBrief((objective != null) ? objective : Objective.ACQUISITION,
				(media != null) ? media : Media.DISPLAY, (platform != null) ? platform : Platform.PMAX, range, hints,
				budget(brief), volume(brief), found / 4.0);
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

	private static <K> @Nullable K first(Map<K, List<String>> dictionary, String text) {
		for (Map.Entry<K, List<String>> entry : dictionary.entrySet()) {
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

	@SuppressWarnings("unchecked")
	private static <K> Map<K, List<String>> ordered(Object... pairs) {
		Map<K, List<String>> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put((K) pairs[i], (List<String>) pairs[i + 1]);
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

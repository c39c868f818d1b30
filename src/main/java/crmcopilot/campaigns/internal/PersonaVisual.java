package crmcopilot.campaigns.internal;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The offline persona illustration: an SVG portrait (hair grey past 55, long hair when
 * clearly most are women) in front of their habitat (a house or a block of flats, city
 * skyline, suburb or countryside), with one figure per member of the average household.
 * Only what the statistics support is drawn: without a clear majority or without the
 * column, the gender, the dwelling and the area are left out.
 */
final class PersonaVisual {

	/** A share that makes a majority worth drawing. */
	static final double CLEAR_MAJORITY = 0.6;

	/** Where most of them live. */
	enum Area {

		CITY, SUBURB, COUNTRYSIDE

	}

	/**
	 * The attributes drawn; null when the data does not say.
	 *
	 * @param woman clearly most are women (true) or men (false)
	 * @param house a house rather than a flat
	 * @param householdSize the average household, rounded
	 */
	public record Attributes(int age, @Nullable Boolean woman, @Nullable Boolean house, @Nullable Area area,
			int householdSize) {
	}

	private PersonaVisual() {
	}

	public static Attributes attributes(SegmentProfile profile) {
		int age = (int) Math.round(profile.numeric("age").map(SegmentProfile.NumericStat::mean).orElse(40.0));
		Boolean woman = null;
		if (!profile.categories("gender").isEmpty()) {
			double women = profile.categories("gender")
				.stream()
				.filter((c) -> c.value().toLowerCase(Locale.ROOT).matches("mme|madame|f|femme|female|woman|mrs|ms"))
				.mapToDouble(SegmentProfile.CategoryStat::share)
				.sum();
			woman = (women >= CLEAR_MAJORITY) ? Boolean.TRUE : (1 - women >= CLEAR_MAJORITY) ? Boolean.FALSE : null;
		}
		Boolean house = profile.mode("housing").filter((c) -> c.share() >= CLEAR_MAJORITY).map((c) -> {
			String value = c.value().toLowerCase(Locale.ROOT);
			return value.contains("maison") || value.contains("house");
		}).orElse(null);
		Area area = profile.mode("zone").filter((c) -> c.share() >= CLEAR_MAJORITY).map((c) -> {
			String value = c.value().toLowerCase(Locale.ROOT);
			return (value.contains("péri") || value.contains("peri") || value.contains("suburb")) ? Area.SUBURB
					: value.contains("rur") ? Area.COUNTRYSIDE : value.contains("urb") ? Area.CITY : null;
		}).orElse(null);
		int household = (int) Math
			.round(profile.numeric("household_size").map(SegmentProfile.NumericStat::mean).orElse(2.0));
		return new Attributes(age, woman, house, area, Math.max(1, Math.min(5, household)));
	}

	public static String svg(Attributes a) {
		String hair = (a.age() >= 55) ? "#b8b8b8" : (a.age() < 30) ? "#4a2c1a" : "#6b4423";
		String sky = (a.area() == Area.COUNTRYSIDE) ? "#e3f1dc" : "#dfe8f2";
		StringBuilder svg = new StringBuilder();
		svg.append(
				"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 240 180\" width=\"240\" height=\"180\" role=\"img\">");
		svg.append("<rect width=\"240\" height=\"180\" fill=\"").append(sky).append("\"/>");
		if (a.area() == Area.CITY) {
			svg.append("<rect x=\"150\" y=\"40\" width=\"22\" height=\"100\" fill=\"#b7c3d0\"/>")
				.append("<rect x=\"176\" y=\"60\" width=\"26\" height=\"80\" fill=\"#a5b3c2\"/>")
				.append("<rect x=\"206\" y=\"30\" width=\"24\" height=\"110\" fill=\"#c4ced9\"/>");
		}
		else if (a.area() == Area.SUBURB) {
			svg.append("<rect x=\"196\" y=\"112\" width=\"18\" height=\"28\" fill=\"#efe2c9\"/>")
				.append("<polygon points=\"193,113 205,102 217,113\" fill=\"#b9675f\"/>")
				.append("<rect x=\"218\" y=\"118\" width=\"16\" height=\"22\" fill=\"#e8dcc3\"/>")
				.append("<polygon points=\"215,119 226,110 237,119\" fill=\"#a95c55\"/>");
		}
		else if (a.area() == Area.COUNTRYSIDE) {
			svg.append("<ellipse cx=\"190\" cy=\"150\" rx=\"90\" ry=\"40\" fill=\"#9ccc7a\"/>")
				.append("<circle cx=\"215\" cy=\"95\" r=\"14\" fill=\"#5f9e4a\"/>")
				.append("<rect x=\"212\" y=\"105\" width=\"6\" height=\"25\" fill=\"#7a5230\"/>");
		}
		svg.append("<rect x=\"0\" y=\"140\" width=\"240\" height=\"40\" fill=\"#cfc6b4\"/>");
		if (Boolean.TRUE.equals(a.house())) {
			svg.append("<rect x=\"120\" y=\"95\" width=\"60\" height=\"45\" fill=\"#f4e3c3\" stroke=\"#8a6d3b\"/>")
				.append("<polygon points=\"115,97 150,70 185,97\" fill=\"#c0504d\"/>")
				.append("<rect x=\"143\" y=\"115\" width=\"14\" height=\"25\" fill=\"#8a6d3b\"/>");
		}
		else if (Boolean.FALSE.equals(a.house())) {
			svg.append("<rect x=\"115\" y=\"55\" width=\"60\" height=\"85\" fill=\"#e9e4da\" stroke=\"#7f7f7f\"/>");
			for (int row = 0; row < 4; row++) {
				for (int col = 0; col < 3; col++) {
					svg.append("<rect x=\"")
						.append(122 + col * 18)
						.append("\" y=\"")
						.append(62 + row * 19)
						.append("\" width=\"10\" height=\"11\" fill=\"#9fc5e8\"/>");
				}
			}
		}
		svg.append("<circle cx=\"60\" cy=\"70\" r=\"24\" fill=\"#f1c7a5\"/>");
		if (Boolean.TRUE.equals(a.woman())) {
			svg.append(
					"<path d=\"M36 70 Q36 40 60 40 Q84 40 84 70 L84 100 L76 100 L76 62 Q60 52 44 62 L44 100 L36 100 Z\" fill=\"")
				.append(hair)
				.append("\"/>");
		}
		else {
			svg.append("<path d=\"M37 64 Q38 42 60 42 Q82 42 83 64 Q72 52 60 54 Q48 52 37 64 Z\" fill=\"")
				.append(hair)
				.append("\"/>");
		}
		svg.append(
				"<circle cx=\"52\" cy=\"70\" r=\"2.5\" fill=\"#333\"/><circle cx=\"68\" cy=\"70\" r=\"2.5\" fill=\"#333\"/>")
			.append("<path d=\"M52 80 Q60 86 68 80\" stroke=\"#333\" stroke-width=\"2\" fill=\"none\"/>")
			.append("<path d=\"M28 140 Q30 100 60 98 Q90 100 92 140 Z\" fill=\"#3d6fb6\"/>");
		for (int i = 1; i < a.householdSize(); i++) {
			int x = 10 + (i - 1) * 22;
			boolean child = i >= 2;
			int r = child ? 6 : 8;
			int y = child ? 152 : 148;
			svg.append("<circle cx=\"")
				.append(x + 8)
				.append("\" cy=\"")
				.append(y)
				.append("\" r=\"")
				.append(r)
				.append("\" fill=\"#e8b48f\"/>")
				.append("<rect x=\"")
				.append(x + 8 - r)
				.append("\" y=\"")
				.append(y + r)
				.append("\" width=\"")
				.append(2 * r)
				.append("\" height=\"")
				.append(child ? 12 : 16)
				.append("\" fill=\"#7e57c2\"/>");
		}
		svg.append("</svg>");
		return svg.toString();
	}

	/**
	 * What the picture shows, so that a reader can go from the visual back to the
	 * persona.
	 */
	public static String describe(Attributes a, String language) {
		boolean en = PersonaLanguage.english(language);
		String who = (a.woman() == null) ? (en ? "A person" : "Une personne")
				: a.woman() ? (en ? "A woman" : "Une femme") : (en ? "A man" : "Un homme");
		String grey = (a.age() >= 55) ? (en ? " with grey hair" : " aux cheveux gris") : "";
		String home = (a.house() == null) ? "" : a.house() ? (en ? ", in front of a house" : ", devant une maison")
				: (en ? ", in front of a block of flats" : ", devant un immeuble");
		String area = (a.area() == null) ? "" : switch (a.area()) {
			case CITY -> en ? ", in town" : ", en ville";
			case SUBURB -> en ? ", in the suburbs" : ", en périphérie";
			case COUNTRYSIDE -> en ? ", in the countryside" : ", à la campagne";
		};
		int n = a.householdSize();
		String household = en ? ((n == 1) ? "1 person" : n + " people")
				: ((n == 1) ? "une personne" : n + " personnes");
		return en ? "%s of about %d%s%s%s; household of %s.".formatted(who, a.age(), grey, home, area, household)
				: "%s d'environ %d ans%s%s%s ; foyer %s.".formatted(who, a.age(), grey, home, area,
						((n == 1) ? "d'" : "de ") + household);
	}

	/** The prompt an image provider would get (persona → visual). */
	public static String imagePrompt(Attributes a, PersonaText text) {
		String who = (a.woman() == null) ? "person" : a.woman() ? "woman" : "man";
		String home = (a.house() == null) ? "" : a.house() ? ", standing in front of a detached house"
				: ", standing in front of an apartment building";
		String area = (a.area() == null) ? "" : switch (a.area()) {
			case CITY -> " in a city";
			case SUBURB -> " in a suburb";
			case COUNTRYSIDE -> " in the countryside";
		};
		int n = a.householdSize();
		return "Friendly flat illustration, no text, no logo: a %s about %d years old%s%s%s, household of %s. Persona: %s."
			.formatted(who, a.age(), (a.age() >= 55) ? ", grey hair" : "", home, area,
					(n == 1) ? "one person" : n + " people", text.name());
	}

}

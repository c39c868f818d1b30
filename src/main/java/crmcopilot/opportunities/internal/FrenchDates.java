package crmcopilot.opportunities.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * French dates, absolute ("15 mars 2026", "15/03", "le 1er avril") and relative ("avant
 * le 15 mars", "d'ici fin juin", "sous 10 jours", "fin de semaine prochaine"), resolved
 * from the document's date. The close date is the best-scored future date: deadline cues
 * ("avant", "d'ici", "date limite"...) raise a date, meeting and follow-up cues lower it.
 */
final class FrenchDates {

	static final String MONTHS = "janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|janv|fevr|sept|oct|nov|dec";

	private static final Map<String, Integer> MONTH_NUMBERS = Map.ofEntries(Map.entry("janvier", 1),
			Map.entry("janv", 1), Map.entry("fevrier", 2), Map.entry("fevr", 2), Map.entry("mars", 3),
			Map.entry("avril", 4), Map.entry("mai", 5), Map.entry("juin", 6), Map.entry("juillet", 7),
			Map.entry("aout", 8), Map.entry("septembre", 9), Map.entry("sept", 9), Map.entry("octobre", 10),
			Map.entry("oct", 10), Map.entry("novembre", 11), Map.entry("nov", 11), Map.entry("decembre", 12),
			Map.entry("dec", 12));

	static final String NUMBER_WORDS = "une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante-cinq|soixante|quelques";

	private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("un", 1), Map.entry("une", 1),
			Map.entry("deux", 2), Map.entry("trois", 3), Map.entry("quatre", 4), Map.entry("cinq", 5),
			Map.entry("six", 6), Map.entry("sept", 7), Map.entry("huit", 8), Map.entry("neuf", 9), Map.entry("dix", 10),
			Map.entry("onze", 11), Map.entry("douze", 12), Map.entry("treize", 13), Map.entry("quatorze", 14),
			Map.entry("quinze", 15), Map.entry("seize", 16), Map.entry("vingt", 20), Map.entry("trente", 30),
			Map.entry("quarante-cinq", 45), Map.entry("soixante", 60), Map.entry("quelques", 3));

	private static final Map<String, DayOfWeek> WEEKDAYS = Map.of("lundi", DayOfWeek.MONDAY, "mardi", DayOfWeek.TUESDAY,
			"mercredi", DayOfWeek.WEDNESDAY, "jeudi", DayOfWeek.THURSDAY, "vendredi", DayOfWeek.FRIDAY, "samedi",
			DayOfWeek.SATURDAY, "dimanche", DayOfWeek.SUNDAY);

	private static final Pattern DAY_MONTH = Pattern
		.compile("\\b(\\d{1,2}|1er|premier)\\s+(" + MONTHS + ")\\.?(?:\\s+(\\d{4}))?\\b");

	private static final Pattern NUMERIC = Pattern
		.compile("(?<![\\d/.+-])(\\d{1,2})[/.-](\\d{1,2})(?:[/.-](\\d{4}|\\d{2}))?(?![\\d/.-]*\\d)");

	private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");

	private static final Pattern PART_OF_MONTH = Pattern
		.compile("\\b(fin|debut|mi)[- ](?:du mois d'|du mois de |de |d')?(" + MONTHS + ")\\b(?:\\s+(\\d{4}))?");

	private static final Pattern WITHIN = Pattern
		.compile("\\b(sous|dans|d'ici|en moins de|d'ici a|au plus tard dans)\\s+(?:les\\s+|un delai de\\s+)?(\\d{1,3}|"
				+ NUMBER_WORDS + ")\\s+(jours?|j\\b|semaines?|mois|ans?|heures|h\\b)");

	private static final Pattern HUITAINE = Pattern.compile("\\b(?:sous|dans la|d'ici)\\s+(huitaine|quinzaine)\\b");

	private static final Pattern WEEK = Pattern
		.compile("\\b(fin|debut|milieu)? ?(?:de |d')?(?:la |cette )?semaine( prochaine)?\\b|\\bla semaine d'apres\\b");

	private static final Pattern MONTH_END = Pattern.compile(
			"\\b(fin|debut|courant|milieu)\\s+(?:du|de ce|de la fin du)\\s+mois(\\s+prochain)?\\b|\\b(?:le\\s+)?mois prochain\\b");

	private static final Pattern YEAR_END = Pattern.compile("\\bfin (?:de l'|d')annee\\b|\\bfin \\d{4}\\b");

	private static final Pattern QUARTER = Pattern.compile(
			"\\b(?:fin|pour le|avant le|d'ici le|au cours du|au|courant du) (?:du )?(premier|1er|deuxieme|2e|2eme|second|troisieme|3e|3eme|quatrieme|4e|4eme|t1|t2|t3|t4|q1|q2|q3|q4)?\\s*(trimestre)?\\b(?=.{0,3})");

	private static final Pattern TOMORROW = Pattern.compile("\\b(apres-demain|apres demain|demain)\\b");

	private static final Pattern NEXT_WEEKDAY = Pattern
		.compile("\\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(\\s+prochain)?\\b");

	private FrenchDates() {
	}

	/** A date found in the text with its span and score. */
	record Found(LocalDate date, int start, int end, double score) {
	}

	static List<Found> all(FoldedText text, LocalDate today) {
		String s = text.folded();
		List<Found> found = new ArrayList<>();
		Matcher m = ISO.matcher(s);
		while (m.find()) {
			LocalDate d = safe(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
					Integer.parseInt(m.group(3)));
			add(found, s, d, m, 0);
		}
		m = DAY_MONTH.matcher(s);
		while (m.find()) {
			int day = m.group(1).startsWith("1e") || m.group(1).equals("premier") ? 1 : Integer.parseInt(m.group(1));
			int month = MONTH_NUMBERS.get(m.group(2));
			add(found, s, withYear(day, month, m.group(3), today), m, 0);
		}
		m = NUMERIC.matcher(s);
		while (m.find()) {
			int day = Integer.parseInt(m.group(1));
			int month = Integer.parseInt(m.group(2));
			if (m.group(3) == null && (s.charAt(m.start(1) + m.group(1).length()) != '/')) {
				continue;
			}
			add(found, s, withYear(day, month, m.group(3), today), m, 0);
		}
		m = PART_OF_MONTH.matcher(s);
		while (m.find()) {
			int month = MONTH_NUMBERS.get(m.group(2));
			int day = switch (m.group(1)) {
				case "debut" -> 1;
				case "mi" -> 15;
				default -> 31;
			};
			LocalDate first = withYear(1, month, m.group(3), today);
			if (first == null) {
				continue;
			}
			LocalDate d = (day == 31) ? first.with(TemporalAdjusters.lastDayOfMonth()) : first.withDayOfMonth(day);
			if (m.group(3) == null && d.isBefore(today)) {
				d = d.plusYears(1);
			}
			add(found, s, d, m, 0.5);
		}
		m = WITHIN.matcher(s);
		while (m.find()) {
			int n = number(m.group(2));
			String unit = m.group(3);
			LocalDate d;
			if (unit.startsWith("j")) {
				d = today.plusDays(n);
			}
			else if (unit.startsWith("s")) {
				d = today.plusWeeks(n);
			}
			else if (unit.startsWith("m")) {
				d = today.plusMonths(n);
			}
			else if (unit.startsWith("h")) {
				d = today.plusDays(Math.max(1, n / 24));
			}
			else {
				d = today.plusYears(n);
			}
			add(found, s, d, m, 1);
		}
		m = HUITAINE.matcher(s);
		while (m.find()) {
			add(found, s, today.plusDays(m.group(1).equals("huitaine") ? 8 : 15), m, 1);
		}
		m = WEEK.matcher(s);
		while (m.find()) {
			boolean next = m.group(2) != null || m.group().contains("d'apres");
			String part = m.group(1);
			if (part == null && !next) {
				continue;
			}
			LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
			if (next) {
				monday = monday.plusWeeks(1);
			}
			LocalDate d = "debut".equals(part) ? monday
					: "milieu".equals(part) ? monday.plusDays(2) : monday.plusDays(4);
			add(found, s, d, m, 0.5);
		}
		m = MONTH_END.matcher(s);
		while (m.find()) {
			boolean next = m.group(2) != null || m.group(1) == null;
			LocalDate base = next ? today.plusMonths(1) : today;
			String part = (m.group(1) != null) ? m.group(1) : "fin";
			LocalDate d = switch (part) {
				case "debut" -> base.withDayOfMonth(1);
				case "milieu" -> base.withDayOfMonth(15);
				default -> base.with(TemporalAdjusters.lastDayOfMonth());
			};
			add(found, s, d, m, 0.5);
		}
		m = YEAR_END.matcher(s);
		while (m.find()) {
			String digits = m.group().replaceAll("\\D", "");
			int year = digits.length() == 4 ? Integer.parseInt(digits) : today.getYear();
			add(found, s, LocalDate.of(year, 12, 31), m, 0.5);
		}
		m = QUARTER.matcher(s);
		while (m.find()) {
			if (m.group(2) == null && (m.group(1) == null || !m.group(1).matches("[tq]\\d"))) {
				continue;
			}
			int quarter = (m.group(1) == null) ? today.get(IsoFields.QUARTER_OF_YEAR) : switch (m.group(1)) {
				case "premier", "1er", "t1", "q1" -> 1;
				case "deuxieme", "2e", "2eme", "second", "t2", "q2" -> 2;
				case "troisieme", "3e", "3eme", "t3", "q3" -> 3;
				default -> 4;
			};
			LocalDate d = LocalDate.of(today.getYear(), quarter * 3, 1).with(TemporalAdjusters.lastDayOfMonth());
			if (d.isBefore(today)) {
				d = d.plusYears(1).with(TemporalAdjusters.lastDayOfMonth());
			}
			add(found, s, d, m, 0.5);
		}
		m = TOMORROW.matcher(s);
		while (m.find()) {
			add(found, s, today.plusDays(m.group(1).equals("demain") ? 1 : 2), m, 0);
		}
		m = NEXT_WEEKDAY.matcher(s);
		while (m.find()) {
			if (overlaps(found, m.start(), m.end()) || followedByDate(s, m.end())) {
				continue;
			}
			LocalDate d = today.with(TemporalAdjusters.next(WEEKDAYS.get(m.group(1))));
			if (m.group(2) != null) {
				d = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
					.plusWeeks(1)
					.with(TemporalAdjusters.nextOrSame(WEEKDAYS.get(m.group(1))));
			}
			add(found, s, d, m, 0);
		}
		found.removeIf((f) -> !f.date().isAfter(today) || f.date().isAfter(today.plusYears(3)));
		return found;
	}

	/** The close date: the best-scored date found, if its score says it is a deadline. */
	static Optional<Found> closeDate(FoldedText text, LocalDate today) {
		return all(text, today).stream()
			.filter((f) -> f.score() > 0.4)
			.max(Comparator.comparingDouble(Found::score).thenComparing((f) -> -f.start()));
	}

	private static boolean followedByDate(String s, int end) {
		return s.substring(end, Math.min(s.length(), end + 4)).matches("\\s+\\d.*|\\s+1er.*");
	}

	private static boolean overlaps(List<Found> found, int start, int end) {
		return found.stream().anyMatch((f) -> f.start() < end && start < f.end());
	}

	private static void add(List<Found> found, String s, @Nullable LocalDate date, Matcher m, double bonus) {
		if (date == null) {
			return;
		}
		for (Found other : found) {
			if (other.start() < m.end() && m.start() < other.end()) {
				return;
			}
		}
		double score = CloseDateCues.score(s, m.start(), bonus);
		found.add(new Found(date, m.start(), m.end(), score));
	}

	private static int number(String token) {
		Integer n = NUMBERS.get(token);
		return (n != null) ? n : Integer.parseInt(token);
	}

	private static @Nullable LocalDate withYear(int day, int month, @Nullable String year, LocalDate today) {
		if (year != null) {
			int y = Integer.parseInt(year);
			return safe((y < 100) ? 2000 + y : y, month, day);
		}
		LocalDate d = safe(today.getYear(), month, day);
		if (d != null && d.isBefore(today.minusMonths(2))) {
			d = safe(today.getYear() + 1, month, day);
		}
		return d;
	}

	private static @Nullable LocalDate safe(int year, int month, int day) {
		if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1990 || year > 2100) {
			return null;
		}
		try {
			return LocalDate.of(year, month, day);
		}
		catch (java.time.DateTimeException ex) {
			return null;
		}
	}

}

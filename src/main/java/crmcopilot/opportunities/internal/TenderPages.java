package crmcopilot.opportunities.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Parses marchespublics.sn pages (Joomla, ISO-8859-1): the listing table (Référence |
 * Objet | Autorité contractante | Publié le | Date limite | Détail, dates dd/mm/yyyy, the
 * detail link's {@code key} parameter as stable id) and detail pages (label/value rows
 * and a description). Missing cells and inconsistent dates are tolerated and reported.
 */
final class TenderPages {

	private static final Pattern ROW = Pattern.compile("(?is)<tr[^>]*>(.*?)</tr>");

	private static final Pattern CELL = Pattern.compile("(?is)<t([dh])[^>]*>(.*?)</t\\1>");

	private static final Pattern KEY = Pattern.compile("(?i)[?&](?:amp;)?key=([A-Za-z0-9_-]+)");

	private static final Pattern HREF = Pattern.compile("(?i)href=\"([^\"]+)\"");

	private static final Pattern DESCRIPTION = Pattern.compile("(?is)<div class=\"description\">(.*?)</div>");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu")
		.withResolverStyle(java.time.format.ResolverStyle.STRICT);

	private static final Pattern LINK = Pattern.compile("(?is)<a\\b([^>]*)>(.*?)</a>");

	private static final Pattern NEXT = Pattern.compile("(?i)rel=\"next\"|title=\"(?:suivant|page suivante|next)\"");

	private static final Pattern NEXT_TEXT = Pattern.compile("(?i)^\\s*(?:suivant|page suivante|next|»|&raquo;)\\s*$");

	private TenderPages() {
	}

	/**
	 * The listing's next-page link (Joomla pagination: rel=next or "Suivant"), if any.
	 */
	private static final Pattern LISTING_WORDS = Pattern
		.compile("(?i)avis|appels?[ _-]?d[' _-]?offres?|offres|march(?:e|é|&eacute;)s|tenders?|consultations?");

	/**
	 * Links of a home page that may lead to the tender listing, most likely first: their
	 * address or text speaks of notices, calls for tenders or public markets; detail
	 * pages ({@code key=}), anchors and scripts are left out.
	 */
	static List<String> listingLinks(String html) {
		Map<String, Integer> scores = new java.util.LinkedHashMap<>();
		Matcher link = LINK.matcher(html);
		while (link.find()) {
			Matcher href = HREF.matcher(link.group(1));
			if (!href.find()) {
				continue;
			}
			String target = href.group(1).replace("&amp;", "&").strip();
			if (target.isEmpty() || target.startsWith("#") || target.regionMatches(true, 0, "javascript:", 0, 11)
					|| target.regionMatches(true, 0, "mailto:", 0, 7) || KEY.matcher(target).find()) {
				continue;
			}
			String label = text(link.group(2));
			int score = 0;
			Matcher words = LISTING_WORDS.matcher(target + " " + label);
			while (words.find()) {
				score += words.group().toLowerCase(java.util.Locale.ROOT).startsWith("avis") ? 3 : 2;
			}
			if (score > 0) {
				scores.merge(target, score, Math::max);
			}
		}
		return scores.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
			.map(Map.Entry::getKey)
			.limit(6)
			.toList();
	}

	static @Nullable String nextPage(String html) {
		Matcher link = LINK.matcher(html);
		while (link.find()) {
			String attributes = link.group(1);
			if (NEXT.matcher(attributes).find() || NEXT_TEXT.matcher(link.group(2)).matches()) {
				Matcher href = HREF.matcher(attributes);
				if (href.find()) {
					return href.group(1).replace("&amp;", "&");
				}
			}
		}
		return null;
	}

	record Row(String key, String reference, @Nullable String object, @Nullable String authority,
			@Nullable LocalDate published, @Nullable LocalDate deadline, String detailPath) {
	}

	record Listing(List<Row> rows, List<TenderProblem> problems) {
	}

	static Listing listing(String html) {
		List<Row> rows = new ArrayList<>();
		List<TenderProblem> problems = new ArrayList<>();
		Matcher row = ROW.matcher(html);
		int number = 0;
		while (row.find()) {
			List<String> cells = new ArrayList<>();
			Matcher cell = CELL.matcher(row.group(1));
			boolean header = false;
			while (cell.find()) {
				header |= cell.group(1).equalsIgnoreCase("h");
				cells.add(cell.group(2));
			}
			if (header || cells.isEmpty()) {
				continue;
			}
			number++;
			String reference = text(cells.get(0));
			Matcher key = KEY.matcher(row.group(1));
			Matcher href = HREF.matcher(row.group(1));
			if (!key.find() || !href.find()) {
				problems.add(TenderProblem.of("noDetailLink", number, reference));
				continue;
			}
			String object = cellText(cells, 1);
			String authority = cellText(cells, 2);
			LocalDate published = date(cellText(cells, 3), "Published", number, reference, problems);
			LocalDate deadline = date(cellText(cells, 4), "Deadline", number, reference, problems);
			if (object == null) {
				problems.add(TenderProblem.of("noObject", number, reference));
			}
			if (published != null && deadline != null && deadline.isBefore(published)) {
				problems.add(TenderProblem.of("deadlineBeforePublication", number, reference, deadline, published));
				deadline = null;
			}
			rows.add(new Row(key.group(1), reference, object, authority, published, deadline,
					href.group(1).replace("&amp;", "&")));
		}
		return new Listing(rows, problems);
	}

	/** Label/value pairs of a detail page, plus {@code description}. */
	static Map<String, String> detail(String html) {
		Map<String, String> fields = new LinkedHashMap<>();
		Matcher row = ROW.matcher(html);
		while (row.find()) {
			List<String> cells = new ArrayList<>();
			Matcher cell = CELL.matcher(row.group(1));
			while (cell.find()) {
				cells.add(text(cell.group(2)));
			}
			if (cells.size() == 2 && !cells.get(1).isBlank()) {
				fields.put(FoldedText.fold(cells.get(0)), cells.get(1));
			}
		}
		Matcher description = DESCRIPTION.matcher(html);
		if (description.find()) {
			fields.put("description", text(description.group(1)));
		}
		return fields;
	}

	private static @Nullable String cellText(List<String> cells, int index) {
		if (index >= cells.size()) {
			return null;
		}
		String value = text(cells.get(index));
		return value.isBlank() ? null : value;
	}

	/**
	 * @param what {@code Published} or {@code Deadline}, naming the problem's code
	 */
	private static @Nullable LocalDate date(@Nullable String value, String what, int number, String reference,
			List<TenderProblem> problems) {
		if (value == null) {
			problems.add(TenderProblem.of("no" + what, number, reference));
			return null;
		}
		try {
			return LocalDate.parse(value.trim(), DAY);
		}
		catch (DateTimeParseException ex) {
			problems.add(TenderProblem.of("bad" + what, number, reference, value));
			return null;
		}
	}

	static String text(String html) {
		return html.replaceAll("(?is)<br\\s*/?>|</p>", "\n")
			.replaceAll("<[^>]+>", " ")
			.replace("&nbsp;", " ")
			.replace("&eacute;", "é")
			.replace("&egrave;", "è")
			.replace("&agrave;", "à")
			.replace("&ccedil;", "ç")
			.replace("&ocirc;", "ô")
			.replace("&acirc;", "â")
			.replace("&ecirc;", "ê")
			.replace("&#39;", "'")
			.replace("&quot;", "\"")
			.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&amp;", "&")
			.replaceAll("[ \\t]+", " ")
			.strip();
	}

}

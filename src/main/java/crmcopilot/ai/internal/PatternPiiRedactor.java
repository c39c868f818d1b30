package crmcopilot.ai.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;

import org.springframework.stereotype.Component;

/**
 * Finds personal data by pattern and checksum: emails; phone numbers through
 * libphonenumber (international numbers of any country, national formats of Senegal,
 * France, Côte d'Ivoire, Mali, Morocco, Belgium and Switzerland); IBANs whose mod-97
 * checksum holds; card numbers whose Luhn checksum holds; and the known names given. The
 * same value gets the same placeholder everywhere in one redaction.
 */
@Component
class PatternPiiRedactor implements PiiRedactor {

	/** Regions whose national (not +prefixed) phone formats are recognised, in order. */
	static final List<String> PHONE_REGIONS = List.of("SN", "FR", "CI", "ML", "MA", "BE", "CH");

	private static final Pattern EMAIL = Pattern
		.compile("(?<![\\w.%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

	private static final Pattern IBAN = Pattern.compile("(?<![A-Za-z0-9])[A-Z]{2}\\d{2}(?:[ -]?[A-Z0-9]){11,30}",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern CARD = Pattern.compile("(?<![\\d])\\d(?:[ -]?\\d){12,18}(?![\\d])");

	private static final Pattern PHONE_CANDIDATE = Pattern.compile("(?:\\+|\\(\\+)?\\d[\\d .\\-/()]{5,}\\d");

	private static final int MIN_NAME_LENGTH = 3;

	private static final int NAME_INDEX_CACHE = 32;

	private final PhoneNumberUtil phones = PhoneNumberUtil.getInstance();

	/** The last few name lists seen (one per busy workspace), indexed once. */
	private final Map<List<String>, NameIndex> nameIndexes = new LinkedHashMap<>(16, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<List<String>, NameIndex> eldest) {
			return size() > NAME_INDEX_CACHE;
		}

	};

	enum Kind {

		EMAIL, IBAN, CARD, PHONE, NAME

	}

	private record Span(int start, int end, Kind kind, String value, String key) {
	}

	@Override
	public Redaction redact(String text, Collection<String> knownNames) {
		Table table = new Table();
		return new Redaction(table.redact(text, nameIndex(knownNames)), Map.of(), table.placeholders());
	}

	@Override
	public Redaction redactAll(Map<String, String> texts, Collection<String> knownNames) {
		Table table = new Table();
		NameIndex names = nameIndex(knownNames);
		Map<String, String> redacted = new LinkedHashMap<>();
		texts.forEach((key, value) -> redacted.put(key, table.redact(value, names)));
		return new Redaction("", redacted, table.placeholders());
	}

	@Override
	public String reidentify(String text, Redaction redaction) {
		String result = text;
		for (Map.Entry<String, String> entry : redaction.placeholders().entrySet()) {
			result = result.replace(entry.getKey(), entry.getValue());
		}
		return result;
	}

	/** Replaces original values by their placeholders, e.g. in an error message. */
	public String mask(String text, Redaction redaction) {
		String result = text;
		List<Map.Entry<String, String>> entries = new ArrayList<>(redaction.placeholders().entrySet());
		entries
			.sort(Comparator.comparingInt((Map.Entry<String, String> entry) -> entry.getValue().length()).reversed());
		for (Map.Entry<String, String> entry : entries) {
			result = result.replace(entry.getValue(), entry.getKey());
		}
		return result;
	}

	private NameIndex nameIndex(Collection<String> knownNames) {
		if (knownNames.isEmpty()) {
			return new NameIndex(List.of());
		}
		List<String> key = knownNames.stream().filter(java.util.Objects::nonNull).toList();
		synchronized (this.nameIndexes) {
			return this.nameIndexes.computeIfAbsent(key, NameIndex::new);
		}
	}

	/**
	 * Known names indexed by their first word, so that finding them costs one pass over
	 * the words of a text however many contacts a workspace has. A full name matches in
	 * any case; a surname alone ("Mme Ndiaye") only with its capital letter.
	 */
	private static final class NameIndex {

		private final Map<String, List<List<String>>> byFirstWord = new HashMap<>();

		private final Map<String, String> surnames = new HashMap<>();

		NameIndex(Collection<String> knownNames) {
			for (String name : knownNames) {
				if (name == null || name.strip().length() < MIN_NAME_LENGTH) {
					continue;
				}
				List<String> words = words(name.strip()).stream().map(Word::lower).toList();
				if (words.isEmpty()) {
					continue;
				}
				List<List<String>> candidates = this.byFirstWord.computeIfAbsent(words.get(0),
						(unused) -> new ArrayList<>());
				if (!candidates.contains(words)) {
					candidates.add(words);
					candidates.sort(Comparator.comparingInt((List<String> candidate) -> candidate.size()).reversed());
				}
				String last = words.get(words.size() - 1);
				if (words.size() > 1 && last.length() >= MIN_NAME_LENGTH) {
					this.surnames.putIfAbsent(last, String.join(" ", words));
				}
			}
		}

		void find(String text, List<Span> spans) {
			if (this.byFirstWord.isEmpty()) {
				return;
			}
			List<Word> words = words(text);
			for (int i = 0; i < words.size(); i++) {
				Word word = words.get(i);
				boolean matched = false;
				for (List<String> candidate : this.byFirstWord.getOrDefault(word.lower(), List.of())) {
					if (i + candidate.size() <= words.size() && matches(words, i, candidate)) {
						Word last = words.get(i + candidate.size() - 1);
						matched = add(spans, new Span(word.start(), last.end(), Kind.NAME,
								text.substring(word.start(), last.end()), String.join(" ", candidate)));
						if (matched) {
							i += candidate.size() - 1;
							break;
						}
					}
				}
				if (!matched && Character.isUpperCase(word.text().charAt(0))
						&& this.surnames.containsKey(word.lower())) {
					add(spans, new Span(word.start(), word.end(), Kind.NAME, word.text(), word.lower()));
				}
			}
		}

		private static boolean matches(List<Word> words, int from, List<String> candidate) {
			for (int k = 0; k < candidate.size(); k++) {
				if (!words.get(from + k).lower().equals(candidate.get(k))) {
					return false;
				}
			}
			return true;
		}

	}

	private record Word(String text, String lower, int start, int end) {
	}

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’-][\\p{L}\\p{N}]+)*");

	private static List<Word> words(String text) {
		List<Word> words = new ArrayList<>();
		Matcher matcher = WORD.matcher(text);
		while (matcher.find()) {
			words.add(new Word(matcher.group(), matcher.group().toLowerCase(Locale.ROOT), matcher.start(),
					matcher.end()));
		}
		return words;
	}

	/** One placeholder table shared by the texts of a redaction. */
	private final class Table {

		private final Map<String, String> placeholderByKey = new HashMap<>();

		private final Map<String, String> originals = new LinkedHashMap<>();

		private final Map<Kind, Integer> counters = new HashMap<>();

		String redact(String text, NameIndex names) {
			List<Span> spans = new ArrayList<>();
			find(text, spans);
			names.find(text, spans);
			spans.sort(Comparator.comparingInt(Span::start));
			StringBuilder out = new StringBuilder(text.length());
			int position = 0;
			for (Span span : spans) {
				out.append(text, position, span.start()).append(placeholder(span));
				position = span.end();
			}
			return out.append(text, position, text.length()).toString();
		}

		Map<String, String> placeholders() {
			return Map.copyOf(this.originals);
		}

		private String placeholder(Span span) {
			String key = span.kind() + ":" + span.key();
			return this.placeholderByKey.computeIfAbsent(key, (unused) -> {
				int number = this.counters.merge(span.kind(), 1, Integer::sum);
				String placeholder = "[" + span.kind() + "_" + number + "]";
				this.originals.put(placeholder, span.value());
				return placeholder;
			});
		}

	}

	private void find(String text, List<Span> spans) {
		Matcher email = EMAIL.matcher(text);
		while (email.find()) {
			add(spans, new Span(email.start(), email.end(), Kind.EMAIL, email.group(),
					email.group().toLowerCase(Locale.ROOT)));
		}
		Matcher iban = IBAN.matcher(text);
		while (iban.find()) {
			Span span = validIban(text, iban.start(), iban.end());
			if (span != null) {
				add(spans, span);
			}
		}
		Matcher card = CARD.matcher(text);
		while (card.find()) {
			String digits = card.group().replaceAll("[ -]", "");
			if (digits.length() >= 13 && digits.length() <= 19 && luhn(digits)) {
				add(spans, new Span(card.start(), card.end(), Kind.CARD, card.group(), digits));
			}
		}
		// libphonenumber reads only the digit runs that could be numbers: it is costly on
		// long text
		Matcher candidate = PHONE_CANDIDATE.matcher(text);
		while (candidate.find()) {
			if (covered(spans, candidate.start(), candidate.end())) {
				continue;
			}
			String digits = candidate.group();
			for (String region : PHONE_REGIONS) {
				boolean found = false;
				for (PhoneNumberMatch match : this.phones.findNumbers(digits, region, PhoneNumberUtil.Leniency.VALID,
						Long.MAX_VALUE)) {
					String e164 = this.phones.format(match.number(), PhoneNumberUtil.PhoneNumberFormat.E164);
					found |= add(spans, new Span(candidate.start() + match.start(), candidate.start() + match.end(),
							Kind.PHONE, match.rawString(), e164));
				}
				// the first region that reads a valid number wins; the others would read
				// the same digits
				if (found) {
					break;
				}
			}
		}
	}

	/** The longest prefix of the candidate (by whole characters) whose checksum holds. */
	private static @org.jspecify.annotations.Nullable Span validIban(String text, int start, int end) {
		for (int stop = end; stop - start >= 15; stop--) {
			char last = text.charAt(stop - 1);
			if (last == ' ' || last == '-') {
				continue;
			}
			String compact = text.substring(start, stop).replaceAll("[ -]", "").toUpperCase(Locale.ROOT);
			if (compact.length() >= 15 && compact.length() <= 34 && mod97(compact) == 1) {
				return new Span(start, stop, Kind.IBAN, text.substring(start, stop), compact);
			}
		}
		return null;
	}

	static int mod97(String iban) {
		String rearranged = iban.substring(4) + iban.substring(0, 4);
		int remainder = 0;
		for (int i = 0; i < rearranged.length(); i++) {
			int value = Character.digit(rearranged.charAt(i), 36);
			if (value < 0) {
				return -1;
			}
			remainder = (value > 9) ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97;
		}
		return remainder;
	}

	static boolean luhn(String digits) {
		int sum = 0;
		boolean doubled = false;
		for (int i = digits.length() - 1; i >= 0; i--) {
			int digit = digits.charAt(i) - '0';
			if (doubled) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
			doubled = !doubled;
		}
		return sum % 10 == 0;
	}

	private static boolean add(List<Span> spans, Span candidate) {
		for (Span span : spans) {
			if (candidate.start() < span.end() && span.start() < candidate.end()) {
				return false;
			}
		}
		spans.add(candidate);
		return true;
	}

	private static boolean covered(List<Span> spans, int start, int end) {
		return spans.stream().anyMatch((span) -> span.start() <= start && end <= span.end());
	}

}

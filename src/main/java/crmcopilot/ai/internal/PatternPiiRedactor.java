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

import crmcopilot.ai.PiiRedactor;

import org.springframework.stereotype.Component;

/**
 * Finds personal data by pattern and checksum: emails; phone numbers through
 * libphonenumber (international numbers of any country, national formats of Senegal,
 * France, Côte d'Ivoire, Mali, Morocco, Belgium and Switzerland); IBANs whose mod-97
 * checksum holds; card numbers whose Luhn checksum holds; and the known names given. The
 * same value gets the same placeholder everywhere in one redaction.
 */
@Component
public class PatternPiiRedactor implements PiiRedactor {

	/** Regions whose national (not +prefixed) phone formats are recognised, in order. */
	static final List<String> PHONE_REGIONS = List.of("SN", "FR", "CI", "ML", "MA", "BE", "CH");

	private static final Pattern EMAIL = Pattern
		.compile("(?<![\\w.%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

	private static final Pattern IBAN = Pattern.compile("(?<![A-Za-z0-9])[A-Z]{2}\\d{2}(?:[ -]?[A-Z0-9]){11,30}",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern CARD = Pattern.compile("(?<![\\d])\\d(?:[ -]?\\d){12,18}(?![\\d])");

	private static final int MIN_NAME_LENGTH = 3;

	private final PhoneNumberUtil phones = PhoneNumberUtil.getInstance();

	enum Kind {

		EMAIL, IBAN, CARD, PHONE, NAME

	}

	private record Span(int start, int end, Kind kind, String value, String key) {
	}

	@Override
	public Redaction redact(String text, Collection<String> knownNames) {
		Table table = new Table();
		return new Redaction(table.redact(text, namePatterns(knownNames)), Map.of(), table.placeholders());
	}

	@Override
	public Redaction redactAll(Map<String, String> texts, Collection<String> knownNames) {
		Table table = new Table();
		List<NamePattern> names = namePatterns(knownNames);
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

	private record NamePattern(Pattern pattern, String key) {
	}

	private static List<NamePattern> namePatterns(Collection<String> knownNames) {
		Map<String, NamePattern> patterns = new LinkedHashMap<>();
		knownNames.stream()
			.filter((name) -> name != null && name.strip().length() >= MIN_NAME_LENGTH)
			.map(String::strip)
			.sorted(Comparator.comparingInt(String::length).reversed())
			.forEach((name) -> {
				String key = name.toLowerCase(Locale.ROOT);
				patterns.putIfAbsent(key, new NamePattern(Pattern.compile(
						"(?<![\\p{L}\\p{N}])" + Pattern.quote(name).replace(" ", "\\E\\s+\\Q") + "(?![\\p{L}\\p{N}])",
						Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), key));
			});
		// a surname alone ("Mme Ndiaye") is masked too, matched with its capital letter
		knownNames.stream()
			.filter((name) -> name != null && name.strip().contains(" "))
			.map((name) -> name.strip().substring(name.strip().lastIndexOf(' ') + 1))
			.filter((surname) -> surname.length() >= MIN_NAME_LENGTH && Character.isUpperCase(surname.charAt(0)))
			.forEach((surname) -> patterns.putIfAbsent(surname.toLowerCase(Locale.ROOT),
					new NamePattern(
							Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(surname) + "(?![\\p{L}\\p{N}])"),
							surname.toLowerCase(Locale.ROOT))));
		return List.copyOf(patterns.values());
	}

	/** One placeholder table shared by the texts of a redaction. */
	private final class Table {

		private final Map<String, String> placeholderByKey = new HashMap<>();

		private final Map<String, String> originals = new LinkedHashMap<>();

		private final Map<Kind, Integer> counters = new HashMap<>();

		String redact(String text, List<NamePattern> names) {
			List<Span> spans = new ArrayList<>();
			find(text, spans);
			for (NamePattern name : names) {
				Matcher matcher = name.pattern().matcher(text);
				while (matcher.find()) {
					add(spans, new Span(matcher.start(), matcher.end(), Kind.NAME, matcher.group(), name.key()));
				}
			}
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
		for (String region : PHONE_REGIONS) {
			for (PhoneNumberMatch match : this.phones.findNumbers(text, region, PhoneNumberUtil.Leniency.VALID,
					Long.MAX_VALUE)) {
				String e164 = this.phones.format(match.number(), PhoneNumberUtil.PhoneNumberFormat.E164);
				add(spans, new Span(match.start(), match.end(), Kind.PHONE, match.rawString(), e164));
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

	private static void add(List<Span> spans, Span candidate) {
		for (Span span : spans) {
			if (candidate.start() < span.end() && span.start() < candidate.end()) {
				return;
			}
		}
		spans.add(candidate);
	}

}

package crmcopilot.opportunities.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import crmcopilot.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * The readable text of an RFC 5322 message ({@code .eml}): From, Subject and the first
 * text/plain part (quoted-printable or base64 decoded), or the HTML part stripped of
 * tags.
 */
final class EmailText {

	private static final Pattern BOUNDARY = Pattern.compile("(?i)boundary=\"?([^\";\\s]+)\"?");

	private static final Pattern CHARSET = Pattern.compile("(?i)charset=\"?([\\w-]+)\"?");

	private static final Pattern ENCODED_WORD = Pattern.compile("=\\?([\\w-]+)\\?([bBqQ])\\?([^?]*)\\?=");

	private EmailText() {
	}

	record Email(String text, @Nullable LocalDate date, @Nullable String subject) {
	}

	static boolean looksLikeEmail(byte[] content) {
		String head = new String(content, 0, Math.min(content.length, 2000), StandardCharsets.ISO_8859_1);
		return head.matches("(?s)^(?:[A-Za-z-]+:.*\\r?\\n)+.*")
				&& Pattern.compile("(?im)^(from|received|message-id|mime-version|subject|return-path|delivered-to):")
					.matcher(head)
					.find();
	}

	static Email parse(byte[] content) {
		String raw = new String(content, StandardCharsets.ISO_8859_1).replace("\r\n", "\n");
		int split = raw.indexOf("\n\n");
		if (split < 0) {
			throw new InvalidInputException("file", "opportunities.email.error.noBody", new Object[0],
					"this email has no body");
		}
		Map<String, String> headers = headers(raw.substring(0, split));
		String body = body(headers, raw.substring(split + 2));
		String from = decodeWords(headers.getOrDefault("from", ""));
		String subject = decodeWords(headers.getOrDefault("subject", ""));
		StringBuilder text = new StringBuilder();
		if (!from.isEmpty()) {
			text.append("De : ").append(from).append('\n');
		}
		if (!subject.isEmpty()) {
			text.append("Objet : ").append(subject).append('\n');
		}
		text.append('\n').append(body.strip());
		return new Email(text.toString(), date(headers.get("date")), subject.isEmpty() ? null : subject);
	}

	private static Map<String, String> headers(String block) {
		Map<String, String> headers = new LinkedHashMap<>();
		String unfolded = block.replaceAll("\n[ \t]+", " ");
		for (String line : unfolded.split("\n")) {
			int colon = line.indexOf(':');
			if (colon > 0) {
				headers.putIfAbsent(line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
						line.substring(colon + 1).trim());
			}
		}
		return headers;
	}

	private static String body(Map<String, String> headers, String body) {
		String type = headers.getOrDefault("content-type", "text/plain").toLowerCase(Locale.ROOT);
		if (type.startsWith("multipart/")) {
			Matcher boundary = BOUNDARY.matcher(headers.get("content-type"));
			if (!boundary.find()) {
				throw new InvalidInputException("file", "opportunities.email.error.noBoundary", new Object[0],
						"multipart email without boundary");
			}
			String html = null;
			for (String part : body.split(Pattern.quote("--" + boundary.group(1)))) {
				String trimmed = part.startsWith("\n") ? part.substring(1) : part;
				int split = trimmed.indexOf("\n\n");
				if (split < 0) {
					continue;
				}
				Map<String, String> partHeaders = headers(trimmed.substring(0, split));
				String partType = partHeaders.getOrDefault("content-type", "text/plain").toLowerCase(Locale.ROOT);
				if (partType.startsWith("text/plain") || partType.startsWith("multipart/")) {
					return body(partHeaders, trimmed.substring(split + 2));
				}
				if (partType.startsWith("text/html") && html == null) {
					html = body(partHeaders, trimmed.substring(split + 2));
				}
			}
			if (html != null) {
				return html;
			}
			throw new InvalidInputException("file", "opportunities.email.error.noTextPart", new Object[0],
					"this email has no text part");
		}
		Charset charset = charset(type);
		String encoding = headers.getOrDefault("content-transfer-encoding", "8bit").toLowerCase(Locale.ROOT);
		byte[] bytes = body.getBytes(StandardCharsets.ISO_8859_1);
		if (encoding.contains("base64")) {
			bytes = Base64.getMimeDecoder().decode(body.replaceAll("\\s", ""));
		}
		else if (encoding.contains("quoted-printable")) {
			bytes = quotedPrintable(body);
		}
		String text = new String(bytes, charset);
		if (type.startsWith("text/html")) {
			text = text.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", " ")
				.replaceAll("(?i)<br\\s*/?>|</p>|</div>", "\n")
				.replaceAll("<[^>]+>", " ")
				.replace("&nbsp;", " ")
				.replace("&amp;", "&");
		}
		return text;
	}

	private static Charset charset(String type) {
		Matcher m = CHARSET.matcher(type);
		if (m.find()) {
			try {
				return Charset.forName(m.group(1));
			}
			catch (RuntimeException ex) {
				return StandardCharsets.UTF_8;
			}
		}
		return StandardCharsets.UTF_8;
	}

	private static byte[] quotedPrintable(String body) {
		String joined = body.replace("=\n", "");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (int i = 0; i < joined.length(); i++) {
			char c = joined.charAt(i);
			if (c == '=' && i + 2 < joined.length() && isHex(joined.charAt(i + 1)) && isHex(joined.charAt(i + 2))) {
				out.write(Integer.parseInt(joined.substring(i + 1, i + 3), 16));
				i += 2;
			}
			else {
				out.write((byte) c);
			}
		}
		return out.toByteArray();
	}

	private static boolean isHex(char c) {
		return Character.digit(c, 16) >= 0;
	}

	private static String decodeWords(String header) {
		Matcher m = ENCODED_WORD.matcher(header);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			Charset charset;
			try {
				charset = Charset.forName(m.group(1));
			}
			catch (RuntimeException ex) {
				charset = StandardCharsets.UTF_8;
			}
			byte[] bytes = m.group(2).equalsIgnoreCase("b") ? Base64.getDecoder().decode(m.group(3))
					: quotedPrintable(m.group(3).replace('_', ' '));
			m.appendReplacement(out, Matcher.quoteReplacement(new String(bytes, charset)));
		}
		m.appendTail(out);
		return out.toString();
	}

	private static @Nullable LocalDate date(@Nullable String value) {
		if (value == null) {
			return null;
		}
		try {
			return ZonedDateTime.parse(value.replaceAll("\\s*\\(.*\\)$", ""), DateTimeFormatter.RFC_1123_DATE_TIME)
				.toLocalDate();
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

}

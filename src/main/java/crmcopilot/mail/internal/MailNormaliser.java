package crmcopilot.mail.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import crmcopilot.mail.MessageNormaliser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.springframework.stereotype.Component;

/**
 * Normalises mail and form bodies. Quoted history is cut at the first reply header ("Le
 * ... a écrit :", "On ... wrote:", Outlook's "De : / Envoyé :" block, "-----Original
 * Message-----") and every "&gt;" line is dropped; the signature is cut at "-- " or at a
 * closing formula near the end ("Cordialement", "Best regards"...).
 */
@Component
public class MailNormaliser implements MessageNormaliser {

	private static final Pattern HTML_HINT = Pattern
		.compile("(?is)<(html|body|p|br|div|span|table|blockquote|b|i|a)[\\s>/]");

	private static final Pattern REPLY_HEADER = Pattern.compile(
			"(?i)^(le\\s.{4,200}a\\s+[ée]crit\\s*:?|on\\s.{4,200}wrote\\s*:?|-{2,}\\s*(original message|message d'origine|message original|forwarded message|message transf[ée]r[ée])\\s*-{2,}.*|_{8,})\\s*$");

	private static final Pattern HEADER_FROM = Pattern.compile("(?i)^\\*?(from|de)\\s*:.*");

	private static final Pattern HEADER_OTHER = Pattern
		.compile("(?i)^\\*?(sent|envoy[ée]|to|[àa]|date|subject|objet|cc)\\s*:.*");

	private static final Pattern SIGNATURE_DELIMITER = Pattern.compile("^--\\s?$");

	private static final Pattern CLOSING = Pattern.compile(
			"(?i)^(bien\\s+)?(cordialement|cdlt|bien [àa] vous|salutations( distingu[ée]es)?|sinc[èe]res salutations|meilleures salutations|best regards|kind regards|warm regards|regards|sincerely|best|cheers|yours sincerely|bonne journ[ée]e)\\s*[,.!]?\\s*$");

	private static final Pattern SENT_FROM = Pattern.compile(
			"(?i)^(envoy[ée] (de|depuis) mon .*|sent from my .*|get outlook for .*|t[ée]l[ée]charger outlook .*)$");

	/** A closing formula counts only this close to the end (lines of text after it). */
	private static final int CLOSING_WINDOW = 6;

	@Override
	public String normalise(String body, boolean html) {
		String text = (html || looksLikeHtml(body)) ? htmlToText(body) : body;
		text = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u00a0', ' ');
		List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
		List<String> kept = removeQuotedHistory(lines);
		kept = removeSignature(kept);
		String result = tidy(kept);
		return result.isEmpty() ? tidy(lines) : result;
	}

	static boolean looksLikeHtml(String body) {
		return HTML_HINT.matcher(body).find();
	}

	@Override
	public String htmlToText(String html) {
		Document document = Jsoup.parse(html);
		document
			.select("script, style, head, blockquote, .gmail_quote, .yahoo_quoted, #divRplyFwdMsg, "
					+ "#appendonsend, .moz-cite-prefix, .gmail_signature, .moz-signature, [data-signature]")
			.remove();
		// wholeText() already renders <br> as a line break
		for (Element block : document.select("p, div, li, tr, h1, h2, h3, h4, h5, h6, hr")) {
			block.prepend("\n");
			block.appendText("\n");
		}
		String text = document.body().wholeText();
		StringBuilder tidy = new StringBuilder();
		for (String line : text.split("\n", -1)) {
			tidy.append(line.replaceAll("[ \\t\\x0B\\f]+", " ").strip()).append('\n');
		}
		return tidy.toString().replaceAll("\n{3,}", "\n\n").strip();
	}

	private static List<String> removeQuotedHistory(List<String> lines) {
		List<String> kept = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (line.startsWith(">")) {
				continue;
			}
			if (REPLY_HEADER.matcher(line).matches() || isReplyHeaderOnTwoLines(lines, i)
					|| isOutlookHeaderBlock(lines, i)) {
				break;
			}
			kept.add(lines.get(i));
		}
		return kept;
	}

	/** Gmail wraps long "Le ..., X <x@y> a écrit :" headers over two lines. */
	private static boolean isReplyHeaderOnTwoLines(List<String> lines, int i) {
		if (i + 1 >= lines.size()) {
			return false;
		}
		String first = lines.get(i).strip();
		if (!first.matches("(?i)^(le|on)\\s.*")) {
			return false;
		}
		return REPLY_HEADER.matcher(first + " " + lines.get(i + 1).strip()).matches();
	}

	private static boolean isOutlookHeaderBlock(List<String> lines, int i) {
		if (!HEADER_FROM.matcher(lines.get(i).strip()).matches()) {
			return false;
		}
		int headers = 0;
		for (int j = i + 1; j < Math.min(lines.size(), i + 5); j++) {
			if (HEADER_OTHER.matcher(lines.get(j).strip()).matches()) {
				headers++;
			}
		}
		return headers >= 2;
	}

	private static List<String> removeSignature(List<String> lines) {
		int end = lines.size();
		for (int i = 0; i < lines.size(); i++) {
			if (SIGNATURE_DELIMITER.matcher(lines.get(i)).matches()) {
				end = i;
				break;
			}
		}
		List<String> body = new ArrayList<>(lines.subList(0, end));
		body.removeIf((line) -> SENT_FROM.matcher(line.strip()).matches());
		int textLinesAfter = 0;
		for (int i = body.size() - 1; i > 0; i--) {
			String line = body.get(i).strip();
			if (line.isEmpty()) {
				continue;
			}
			if (CLOSING.matcher(line).matches()) {
				return new ArrayList<>(body.subList(0, i));
			}
			textLinesAfter++;
			if (textLinesAfter > CLOSING_WINDOW) {
				break;
			}
		}
		return body;
	}

	private static String tidy(List<String> lines) {
		StringBuilder text = new StringBuilder();
		for (String line : lines) {
			text.append(line.strip()).append('\n');
		}
		return text.toString().replaceAll("\n{3,}", "\n\n").strip();
	}

}

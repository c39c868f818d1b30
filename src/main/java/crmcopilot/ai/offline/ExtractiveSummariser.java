package crmcopilot.ai.offline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import crmcopilot.ai.Summariser;

import org.springframework.stereotype.Service;

/**
 * Extractive summaries of customer messages (French and English). Quoted replies,
 * signatures, greetings and polite closings are removed first; each remaining sentence is
 * scored by how central its content words are to the message (their frequency in it),
 * with a bonus for what an agent needs (order numbers, amounts, dates, problem words) and
 * for the opening sentences; the best ones are returned in their original order, each cut
 * to {@value #MAX_SENTENCE_LENGTH} characters.
 */
@Service
public class ExtractiveSummariser implements Summariser {

	static final int MAX_SENTENCE_LENGTH = 240;

	private static final int CLOSING_WORDS = 9;

	private static final int SIGNATURE_LINE_WORDS = 6;

	private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…])\\s+(?=[\\p{Lu}\\d«\"(])");

	private static final Pattern QUOTED_REPLY = Pattern.compile(
			"(?im)^(>.*|le .{3,80} a [eé]crit ?:.*|on .{3,80} wrote:.*|-{2,} ?(message d'origine|original message).*|de ?: .*|from: .*)$");

	private static final Pattern SIGNATURE_START = Pattern
		.compile("(?im)^(-- ?|envoy[eé] de mon .*|sent from my .*|get outlook for .*)$");

	private static final Pattern GREETING = Pattern.compile(
			"^(?iu:bonjour|bonsoir|salut|coucou|madame|monsieur|mesdames|messieurs|cher|ch[eè]re|hello|hi|hey|dear|good (?:morning|afternoon|evening))"
					+ "((?:\\s+(?:\\p{Lu}[\\p{L}.'-]*|(?iu:madame|monsieur|mme|mr|mrs|ms|sir|madam|client|cliente|customer|support|all|team|there|everyone|tout le monde|[aà] tous))){0,3}"
					+ "\\s*[,!:;.]\\s*|\\s*$)");

	private static final Pattern CLOSING = Pattern.compile(
			"(?iu)^(cordialement|bien cordialement|bien [àa] vous|salutations|sinc[eè]res salutations|meilleures salutations|"
					+ "merci (d'avance|par avance|beaucoup|de votre (aide|r[eé]ponse|retour))?|bonne (journ[eé]e|soir[eé]e)|"
					+ "dans l'attente de votre (r[eé]ponse|retour)|je vous prie d'agr[eé]er|veuillez agr[eé]er|"
					+ "best regards|kind regards|warm regards|regards|best|sincerely|yours (sincerely|faithfully)|cheers|"
					+ "thanks( in advance| a lot)?|thank you( in advance| very much)?|many thanks|have a (nice|good|great) day|"
					+ "looking forward to (hearing from you|your reply))\\b.*");

	private static final Pattern USEFUL_DETAIL = Pattern.compile(
			"(?iu)(\\b[A-Z]{0,4}-?\\d{3,}\\b|\\d+([.,]\\d+)? ?(€|eur|euros|\\$|£)|\\b\\d{1,2}[/.]\\d{1,2}([/.]\\d{2,4})?\\b|"
					+ "commande|colis|facture|rembours|panne|erreur|retour|garantie|livr|d[eé]bit|pr[eé]lev|"
					+ "order|parcel|invoice|refund|broken|error|return|warranty|deliver|charge)");

	private static final Set<String> STOP_WORDS = Set.copyOf(List.of("le", "la", "les", "un", "une", "des", "de", "du",
			"d", "l", "et", "ou", "a", "au", "aux", "en", "dans", "par", "pour", "sur", "avec", "sans", "ce", "cet",
			"cette", "ces", "je", "j", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles", "me", "m", "te", "se",
			"s", "mon", "ma", "mes", "ton", "ta", "votre", "vos", "notre", "nos", "leur", "leurs", "qui", "que", "qu",
			"quoi", "est", "suis", "sont", "ai", "as", "avez", "ont", "etre", "avoir", "fait", "pas", "ne", "n", "plus",
			"tres", "bien", "mais", "donc", "car", "si", "y", "c", "ca", "merci", "bonjour", "the", "an", "and", "or",
			"of", "to", "in", "on", "at", "for", "with", "without", "by", "from", "this", "that", "these", "those", "i",
			"you", "he", "she", "it", "we", "they", "my", "your", "our", "their", "me", "us", "is", "am", "are", "was",
			"were", "be", "been", "have", "has", "had", "do", "does", "did", "not", "no", "so", "but", "if", "very",
			"just", "please", "thanks", "thank", "hello", "hi", "can", "could", "would", "will"));

	@Override
	public String summarise(String text, String language, int maxSentences) {
		List<String> sentences = sentences(text);
		return String.join(" ", select(sentences, Math.max(1, maxSentences)));
	}

	/** The sentences of the summary, in the order of the message. */
	public List<String> summarySentences(String text, int maxSentences) {
		return select(sentences(text), Math.max(1, maxSentences));
	}

	private static List<String> select(List<String> sentences, int maxSentences) {
		if (sentences.size() <= maxSentences) {
			return sentences.stream().map(ExtractiveSummariser::trim).toList();
		}
		Map<String, Integer> frequency = new HashMap<>();
		List<List<String>> words = new ArrayList<>();
		for (String sentence : sentences) {
			List<String> content = contentWords(sentence);
			words.add(content);
			content.stream().distinct().forEach((word) -> frequency.merge(word, 1, Integer::sum));
		}
		double[] scores = new double[sentences.size()];
		for (int i = 0; i < sentences.size(); i++) {
			List<String> content = words.get(i);
			double centrality = content.stream().mapToDouble(frequency::get).sum() / Math.sqrt(content.size() + 1);
			double details = USEFUL_DETAIL.matcher(sentences.get(i)).results().count();
			double position = (i == 0) ? 1.0 : (i == 1) ? 0.5 : 0;
			double shortness = (content.size() < 3) ? -1.5 : 0;
			scores[i] = centrality + Math.min(details, 3) * 0.6 + position + shortness;
		}
		return IntStream.range(0, sentences.size())
			.boxed()
			.sorted(Comparator.comparingDouble((Integer i) -> -scores[i]).thenComparing((i) -> i))
			.limit(maxSentences)
			.sorted()
			.map((i) -> trim(sentences.get(i)))
			.toList();
	}

	/**
	 * The message's sentences without quoted replies, signature, greetings or closings.
	 */
	static List<String> sentences(String text) {
		String body = (text == null) ? "" : text.replace("\r\n", "\n").replace('\r', '\n');
		body = cutAt(body, QUOTED_REPLY);
		body = cutAt(body, SIGNATURE_START);
		List<String> sentences = new ArrayList<>();
		boolean closed = false;
		for (String line : body.split("\n")) {
			String stripped = line.strip();
			if (stripped.isEmpty() || (closed && wordCount(stripped) <= SIGNATURE_LINE_WORDS)) {
				continue;
			}
			for (String sentence : SENTENCE_END.split(stripped)) {
				String cleaned = withoutGreeting(sentence.strip());
				if (cleaned.isEmpty()) {
					continue;
				}
				if (isClosing(cleaned)) {
					closed = true;
				}
				else if (cleaned.chars().anyMatch(Character::isLetter)) {
					sentences.add(cleaned);
				}
			}
		}
		return sentences;
	}

	/** A polite closing is short; "Merci de me rembourser la commande 123" is not one. */
	private static boolean isClosing(String sentence) {
		return wordCount(sentence) <= CLOSING_WORDS && CLOSING.matcher(sentence).matches();
	}

	private static int wordCount(String text) {
		return text.split("\\s+").length;
	}

	private static String cutAt(String body, Pattern marker) {
		var matcher = marker.matcher(body);
		return matcher.find() ? body.substring(0, matcher.start()) : body;
	}

	private static String withoutGreeting(String sentence) {
		String rest = sentence;
		for (int i = 0; i < 3; i++) {
			var matcher = GREETING.matcher(rest);
			if (!matcher.find()) {
				break;
			}
			rest = rest.substring(matcher.end()).strip();
		}
		if (rest.isEmpty() || rest.equals(sentence)) {
			return rest;
		}
		return Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
	}

	private static List<String> contentWords(String sentence) {
		String normalised = TextFeatures.normalise(sentence);
		if (normalised.isEmpty()) {
			return List.of();
		}
		List<String> words = new ArrayList<>();
		for (String word : normalised.split(" ")) {
			if (word.length() > 1 && !STOP_WORDS.contains(word)) {
				words.add(word);
			}
		}
		return words;
	}

	private static String trim(String sentence) {
		if (sentence.length() <= MAX_SENTENCE_LENGTH) {
			return sentence;
		}
		int cut = sentence.lastIndexOf(' ', MAX_SENTENCE_LENGTH - 1);
		return sentence.substring(0, (cut > MAX_SENTENCE_LENGTH / 2) ? cut : MAX_SENTENCE_LENGTH - 1).strip() + "…";
	}

}

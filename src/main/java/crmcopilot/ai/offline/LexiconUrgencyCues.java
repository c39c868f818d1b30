package crmcopilot.ai.offline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import crmcopilot.ai.UrgencyCues;

import org.springframework.stereotype.Service;

/**
 * Urgency and sentiment cues from French and English lexicons, matched on accent-folded,
 * lower-cased text, plus shouting (capitals, repeated exclamation marks). Each signal
 * lists the phrases that triggered it, so an agent sees why a message was flagged.
 */
@Service
public class LexiconUrgencyCues implements UrgencyCues {

	static final Phrases ANGER = new Phrases("inadmissible", "inacceptable", "scandale", "scandaleux", "scandaleuse",
			"honteux", "honte", "furieux", "furieuse", "en colere", "exaspere", "exasperee", "ras le bol", "marre",
			"j en ai assez", "lamentable", "nul", "nulle", "incompetent", "incompetents", "incompetence", "arnaque",
			"arnaqueurs", "escroc", "escrocs", "escroquerie", "voleurs", "deplorable", "inoui", "insupportable",
			"degoute", "degoutee", "c est une blague", "jamais vu ca", "unacceptable", "outrageous", "disgraceful",
			"disgusting", "furious", "angry", "livid", "fed up", "sick of", "ridiculous", "pathetic", "useless",
			"incompetent", "scam", "scammers", "rip off", "ripoff", "appalling", "terrible", "worst", "shameful",
			"a joke", "fraud", "thieves", "third time", "third reminder", "troisieme fois", "troisieme relance",
			"deuxieme relance", "nouvelle relance", "encore une fois", "toujours pas", "still not", "still no",
			"again and again");

	static final Phrases CHURN = new Phrases("resilier", "resiliation", "je resilie", "je vais resilier",
			"aller voir ailleurs", "aller ailleurs", "chez un concurrent", "la concurrence", "changer de fournisseur",
			"je pars chez", "je pars ailleurs", "je quitte", "dernier achat chez", "derniere commande chez",
			"c est mon dernier achat", "c est ma derniere commande", "plus jamais", "ne commanderai plus",
			"ne recommanderai", "fermer mon compte", "supprimer mon compte", "mettre fin", "desabonner",
			"cancel my subscription", "cancel my account", "close my account", "take my business elsewhere",
			"switch to", "switching to", "competitor", "never order again", "never buy", "last time i", "leaving you",
			"i am leaving", "i m leaving", "unsubscribe", "terminate my contract", "end my contract", "won t be back",
			"will not be back");

	static final Phrases LEGAL = new Phrases("avocat", "avocate", "tribunal", "justice", "en justice", "juridique",
			"poursuites", "poursuivre", "plainte", "porter plainte", "mise en demeure", "huissier", "ufc que choisir",
			"que choisir", "association de consommateurs", "dgccrf", "mediateur", "mediation", "conciliateur",
			"action en justice", "code de la consommation", "litige", "prud hommes", "lawyer", "attorney", "solicitor",
			"to court", "in court", "court case", "sue", "suing", "lawsuit", "legal action", "legal", "small claims",
			"trading standards", "ombudsman", "consumer protection", "formal complaint", "chargeback", "report you",
			"cnil", "rgpd", "gdpr");

	private static final Pattern DEADLINE = Pattern
		.compile("\\b(urgent|urgence|urgemment|au plus vite|des que possible|"
				+ "immediatement|aujourd hui|ce soir|demain|avant (le|la|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|ce|cette|midi|\\d)|"
				+ "d ici (le|la|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|ce|cette|\\d)|"
				+ "sous \\d+ ?(h|heures|jours)|dans \\d+ ?(h|heures|jours)|dernier delai|date limite|echeance|au plus tard|"
				+ "mariage|anniversaire|depart en vacances|"
				+ "asap|as soon as possible|immediately|right away|today|tonight|tomorrow|by (monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|the end|next|\\d)|"
				+ "within \\d+ ?(hours|days|h)|deadline|no later than|at the latest|time sensitive|emergency|"
				+ "\\d{1,2}/\\d{1,2}(/\\d{2,4})?|\\d{1,2} (janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre))\\b");

	static final Phrases NEGATIVE = new Phrases("probleme", "problemes", "panne", "casse", "cassee", "defectueux",
			"defectueuse", "ne fonctionne pas", "ne marche pas", "ne marche plus", "ne fonctionne plus", "retard",
			"en retard", "jamais recu", "pas recu", "toujours rien", "decu", "decue", "decevant", "mecontent",
			"mecontente", "insatisfait", "insatisfaite", "erreur", "abime", "endommage", "manquant", "perdu", "bloque",
			"rembourser", "remboursement", "broken", "not working", "doesn t work", "does not work", "stopped working",
			"faulty", "damaged", "missing", "late", "delayed", "never arrived", "never received", "not received",
			"disappointed", "unhappy", "dissatisfied", "error", "wrong", "problem", "issue", "refund", "lost", "stuck");

	static final Phrases POSITIVE = new Phrases("merci", "merci beaucoup", "parfait", "super", "genial", "ravi",
			"ravie", "content", "contente", "satisfait", "satisfaite", "excellent", "excellente", "top", "bravo",
			"felicitations", "rapide", "efficace", "thank you", "thanks", "great", "perfect", "happy", "pleased",
			"love", "excellent", "awesome", "wonderful", "quick", "helpful", "satisfied", "amazing");

	private static final Pattern EXCLAMATIONS = Pattern.compile("!{2,}|\\?!|!\\?");

	@Override
	public Signals analyse(String text) {
		String folded = TextFeatures.normalise((text == null) ? "" : text);
		Set<String> cues = new LinkedHashSet<>();
		List<String> angerCues = ANGER.find(folded);
		boolean shouting = shouting(text);
		// every form of the pattern holds an exclamation mark
		boolean exclamations = text != null && text.indexOf('!') >= 0 && EXCLAMATIONS.matcher(text).find();
		double anger = Math.min(1, angerCues.size() * 0.35 + (shouting ? 0.3 : 0) + (exclamations ? 0.2 : 0));
		cues.addAll(angerCues);
		if (shouting) {
			cues.add("CAPITALES");
		}
		if (exclamations) {
			cues.add("!!");
		}
		List<String> churn = CHURN.find(folded);
		List<String> legal = LEGAL.find(folded);
		List<String> deadline = find(DEADLINE, folded);
		cues.addAll(churn);
		cues.addAll(legal);
		cues.addAll(deadline);
		int negative = NEGATIVE.find(folded).size() + angerCues.size() * 2 + churn.size() + legal.size();
		int positive = POSITIVE.find(folded).size();
		double sentiment = (positive - negative) / (double) (positive + negative + 1);
		if (anger > 0) {
			sentiment = Math.min(sentiment, -anger);
		}
		return new Signals(Math.max(-1, Math.min(1, sentiment)), anger, !churn.isEmpty(), !legal.isEmpty(),
				!deadline.isEmpty(), List.copyOf(cues));
	}

	/**
	 * Words that stand for the signals of a message, added to its text so that a trained
	 * classifier (the priority model, say) can weigh them.
	 */
	public static String featureWords(Signals signals) {
		List<String> words = new ArrayList<>();
		if (signals.anger() >= 0.3) {
			words.add("xxangerxx");
		}
		if (signals.churnThreat()) {
			words.add("xxchurnxx");
		}
		if (signals.legalThreat()) {
			words.add("xxlegalxx");
		}
		if (signals.deadline()) {
			words.add("xxdeadlinexx");
		}
		if (signals.sentiment() < -0.3) {
			words.add("xxnegativexx");
		}
		words.add("xxurgency" + (int) Math.round(signals.urgency() * 4) + "xx");
		return String.join(" ", words);
	}

	/**
	 * The distinct matches of {@code pattern} in {@code text}, in order of appearance.
	 */
	static List<String> find(Pattern pattern, String text) {
		List<String> found = new ArrayList<>();
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			if (!found.contains(matcher.group())) {
				found.add(matcher.group());
			}
		}
		return found;
	}

	/**
	 * At least three words of three letters or more in capitals, and a third of such
	 * words; words are separated by white space (the regular expression's {@code \s}),
	 * scanned without splitting.
	 */
	private static boolean shouting(String text) {
		if (text == null) {
			return false;
		}
		int upper = 0;
		int letters = 0;
		int length = text.length();
		int end = 0;
		while (end < length) {
			int start = end;
			while (end < length && !isSpace(text.charAt(end))) {
				end++;
			}
			if (end - start >= 3 && allLetters(text, start, end)) {
				letters++;
				// a word that starts in ASCII lower case is not in capitals
				char first = text.charAt(start);
				if (!(first >= 'a' && first <= 'z')) {
					String word = text.substring(start, end);
					if (word.equals(word.toUpperCase(java.util.Locale.ROOT))) {
						upper++;
					}
				}
			}
			while (end < length && isSpace(text.charAt(end))) {
				end++;
			}
		}
		return upper >= 3 && upper * 3 >= letters;
	}

	private static boolean allLetters(String text, int start, int end) {
		for (int i = start; i < end; i++) {
			if (!Character.isLetter(text.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	/** The white space of {@code \s}: {@code [ \t\n\x0B\f\r]}. */
	private static boolean isSpace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
	}

}

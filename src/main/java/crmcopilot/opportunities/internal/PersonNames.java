package crmcopilot.opportunities.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The contact: from civilities ("M. Diallo", "Mme Awa Ndiaye"), labels ("Contact :"),
 * email headers and signatures, known first names, and the email's local part; and the
 * contact's title ("DSI", "Directeur des achats").
 */
final class PersonNames {

	static final Set<String> FIRST_NAMES = Set
		.copyOf(java.util.Arrays.asList(("abdou abdoul abdoulaye abdourahmane abdoulaziz adama ahmed ahmadou"
				+ " aicha aida aissatou alassane alioune aliou alpha amadou amath amina aminata amy anta arame assane astou"
				+ " awa ba babacar bakary bineta binta boubacar bouba cheikh cheick coumba daouda demba dieynaba djibril"
				+ " el elhadji fanta fatim fatima fatou fatoumata habib hawa ibou ibrahima idrissa issa jean kadiatou khadija"
				+ " khady khadidiatou lamine lamine mactar madou mady maimouna malick mame mamadou mame mariama marieme"
				+ " mariam massamba matar modou mohamed mohammed moussa mouhamed mouhamadou moustapha ndeye ndiaga ngone"
				+ " nogaye omar oumar ousmane oumou pape papa penda ramatoulaye rokhaya safi salimata saliou samba seydou"
				+ " serigne seynabou sidy souleymane sokhna tidiane thierno yacine yaya youssou yves zeynab khalil magatte"
				+ " adja adji bintou codou dior diarra maguette mansour mor ndiouga ngagne sira sophie pierre paul marie"
				+ " jacques michel philippe nicolas thomas julien laurent francois francoise isabelle nathalie catherine"
				+ " claire anne christine camille julie sarah david eric olivier christophe stephane patrick alain bernard"
				+ " sylvie valerie celine aurelie emilie lucie koffi kouassi kouame konan yao aya adjoua affoue akissi"
				+ " amenan ange arsene armand serge didier herve guy hugues franck fabrice thierry joel roland rose"
				+ " grace esther ruth ines karim nadia yasmine salif boubakar tiemoko drissa lassina seriba aboubacar"
				+ " hamidou harouna souleymane kader marius romuald brice landry gervais prosper blaise ablaye mariétou"
				+ " ndeye astou amadou lat oumy rama fallou mbaye cherif coura awa khoudia fama ndella anna jean-pierre"
				+ " jean-marc jean-paul marie-claire marie-louise pascal martine georges emmanuel emmanuelle kevin")
			.split(" ")));

	private static final String NAME = "[A-ZÀ-Ý][\\p{L}'’\\-]+";

	private static final String UPPER_NAME = "[A-ZÀ-Ý][A-ZÀ-Ý'’\\-]+";

	private static final String GAP = "[ \\t]+";

	private static final Pattern CIVILITY = Pattern.compile(
			"(?:\\b(?:M\\.|Mr\\.?|MM\\.|Mme\\.?|Mlle|(?i:monsieur|madame|mademoiselle|docteur|professeur)|Dr\\.?|Pr\\.?)|\\bMr?\\.)[ \\t]+("
					+ NAME + "(?:" + GAP + NAME + "){0,2})");

	private static final Pattern LABEL = Pattern.compile(
			"(?im)^\\s*(?:contact|interlocut(?:eur|rice)|nom|personne à contacter|personne a contacter|de|from|expéditeur|expediteur)\\s*:\\s*(?:(?:M\\.|Mme|Monsieur|Madame)\\s+)?([^<\\n,;(]{3,60}?)\\s*(?:<|\\n|,|;|\\(|$)");

	private static final Pattern PAIR = Pattern
		.compile("(?<![\\p{L}@.])(" + NAME + "(?:[ -]" + NAME + ")?)" + GAP + "(" + NAME + "(?:" + GAP + NAME + ")?)");

	private static final Pattern UPPER_PAIR = Pattern
		.compile("(?<![\\p{L}])(" + UPPER_NAME + "(?: " + UPPER_NAME + ")?) (" + UPPER_NAME + ")(?![\\p{L}])");

	private static final Pattern SIGN_OFF = Pattern.compile(
			"(?i:cordialement|bien à vous|bien a vous|salutations|sincères salutations|bien cordialement|merci d'avance|à bientôt|bonne journée|merci)[ ,.!]*\\n+\\s*(?:--\\s*\\n)?[ \\t]*("
					+ NAME + "(?:[ -]" + NAME + ")?" + GAP + NAME + "(?:" + GAP + NAME + ")?)");

	private static final Pattern AFTER_WITH = Pattern.compile(
			"(?i:\\b(?:avec|aupres de|auprès de|rencontré|rencontre|reçu|recu|appelé|appel de|vu|vue|eu|c'est|je suis)[ \\t]+)("
					+ NAME + GAP + NAME + ")");

	static final Pattern TITLE = Pattern.compile(
			"(?i)\\b(directeur|directrice|responsable|chef|cheffe|g[ée]rante?|pdg|dga?|dsi|daf|drh|dg|cto|ceo|cfo|coo|pr[ée]sidente?|manager|ing[ée]nieure?|charg[ée]e?|acheteu(?:r|se)|comptable|secr[ée]taire g[ée]n[ée]ral|administrat(?:eur|rice)|head of|fondat(?:eur|rice)|co-fondat(?:eur|rice)|associ[ée]e?|coordonnat(?:eur|rice)|coordinat(?:eur|rice)|conseill(?:er|[èe]re))\\b([\\p{L}'’ -]{0,60})");

	private static final Pattern TITLE_END = Pattern.compile(
			"(?i)(?:\\s+(?:de la|du|de l'|d'|de|chez|à la|au)\\s*(?-i:(?=[A-ZÀ-Ý]))|\\s+(?:de la soci|chez|à|a|au|qui|nous|m'|me|veut|souhaite|a |est|de [A-Z][\\p{L}]+ SA|pour|et|dans|sur|lors|sont|ont)\\b).*");

	private static final Set<String> NOT_NAMES = Set.copyOf(List.of("bonjour", "madame", "monsieur", "objet",
			"cordialement", "merci", "date", "tel", "tél", "email", "mail", "adresse", "site", "le", "la", "les",
			"direction", "ministere", "agence", "societe", "banque", "groupe", "appel", "avis", "reference", "autorite",
			"dossier", "note", "compte", "rendu", "memo", "vocal", "rencontre", "client", "cliente", "budget", "besoin",
			"projet", "prochaine", "etape", "nb", "rdv", "contact", "devis", "fin", "avant", "lundi", "mardi",
			"mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier", "fevrier", "mars", "avril", "mai", "juin",
			"juillet", "aout", "septembre", "octobre", "novembre", "decembre", "salon", "forum", "port", "universite",
			"hopital", "centre", "caisse", "office", "conseil", "programme", "ecole", "institut", "cabinet",
			"compagnie", "transports", "transport", "union", "mutuelle", "cote", "ivoire", "burkina", "faso", "saint",
			"louis", "senegal", "dakar", "abidjan", "bamako", "microsoft", "oracle", "office", "windows", "google",
			"total", "orange", "free", "expresso", "sonatel", "senelec", "sa", "sarl", "suarl", "sas", "gie", "merci",
			"re", "tr", "fwd", "pj", "hello", "salut", "cher", "chere", "suite", "grand", "plateau", "almadies",
			"point", "mermoz", "sicap", "liberte", "medina", "hann", "yoff", "ouakam", "ngor", "fann", "pikine",
			"thies", "ziguinchor", "kaolack", "mbour", "rufisque", "touba", "ministère", "directeur", "directrice",
			"responsable", "chef", "dsi", "daf", "drh", "dg", "pdg", "nous", "vous", "je", "il", "elle", "on", "est",
			"a", "et", "de", "du", "des", "en", "pour", "par", "sur", "dans", "au", "aux", "un", "une", "ce", "cette",
			"son", "sa", "ses", "leur", "leurs", "notre", "nos", "votre", "vos"));

	private PersonNames() {
	}

	record Person(@Nullable String first, @Nullable String last, int start, int end, double score) {

		String full() {
			return ((this.first != null) ? this.first + " " : "") + ((this.last != null) ? this.last : "");
		}

	}

	static Optional<Person> contact(FoldedText text, List<ContactPoints.Email> emails) {
		String s = text.original();
		List<Person> candidates = new ArrayList<>();
		Matcher m = LABEL.matcher(s);
		while (m.find()) {
			addFull(candidates, s, m.start(1), m.group(1).trim(), 4);
		}
		m = CIVILITY.matcher(s);
		while (m.find()) {
			String name = m.group(1);
			String[] tokens = name.split("\\s+");
			if (tokens.length == 1) {
				if (!notName(tokens[0])) {
					candidates.add(new Person(null, tokens[0], m.start(1), m.end(1), 3));
				}
			}
			else {
				addFull(candidates, s, m.start(1), name, 3.5);
			}
		}
		m = SIGN_OFF.matcher(s);
		while (m.find()) {
			addFull(candidates, s, m.start(1), m.group(1), 3.5);
		}
		m = PAIR.matcher(s);
		while (m.find()) {
			String first = m.group(1);
			if (isFirstName(first) && !notName(m.group(2).split("\\s+")[0]) && !greeting(text, m.start())) {
				addFull(candidates, s, m.start(), m.group(), 3);
			}
		}
		m = UPPER_PAIR.matcher(s);
		while (m.find()) {
			if (isFirstName(m.group(1))) {
				addFull(candidates, s, m.start(), m.group(), 3);
			}
		}
		m = AFTER_WITH.matcher(s);
		while (m.find()) {
			addFull(candidates, s, m.start(1), m.group(1), 2);
		}
		candidates.removeIf((p) -> greeting(text, p.start()));
		candidates.replaceAll((p) -> referrer(text, p.start())
				? new Person(p.first(), p.last(), p.start(), p.end(), p.score() - 2) : p);
		for (ContactPoints.Email email : emails) {
			if (email.generic()) {
				continue;
			}
			String local = email.address().substring(0, email.address().indexOf('@'));
			String[] parts = local.split("[._-]");
			if (parts.length == 2 && parts[0].length() > 1 && parts[1].length() > 1 && !parts[0].matches(".*\\d.*")) {
				Person fromEmail = new Person(capitalise(parts[0]), capitalise(parts[1]), email.start(), email.end(),
						1.5);
				boolean known = false;
				for (int i = 0; i < candidates.size(); i++) {
					Person p = candidates.get(i);
					if (p.last() != null
							&& FoldedText.fold(local).contains(FoldedText.fold(p.last()).replace(" ", ""))) {
						candidates.set(i, new Person(p.first(), p.last(), p.start(), p.end(), p.score() + 1.5));
						known = true;
					}
				}
				if (!known) {
					candidates.add(fromEmail);
				}
			}
		}
		return candidates.stream()
			.max(Comparator.comparingDouble(Person::score).thenComparing((p) -> -p.start()))
			.map((best) -> merged(best, candidates));
	}

	/**
	 * A civility gives only a last name; a fuller mention of the same person gives the
	 * first.
	 */
	private static Person merged(Person best, List<Person> candidates) {
		if (best.first() != null || best.last() == null) {
			return best;
		}
		String last = FoldedText.fold(best.last());
		return candidates.stream()
			.filter((p) -> p.first() != null && p.last() != null && FoldedText.fold(p.last()).equals(last))
			.findFirst()
			.map((p) -> new Person(p.first(), best.last(), best.start(), best.end(), best.score()))
			.orElse(best);
	}

	private static boolean referrer(FoldedText text, int start) {
		String before = text.folded().substring(Math.max(0, start - 25), start);
		return before.matches(
				"(?s).*\\b(de la part de|recommande par|recommandee par|recommandation de|sur les conseils de|presente par|via)\\s*(?:m\\.|mme|monsieur|madame)?\\s*$");
	}

	private static boolean greeting(FoldedText text, int start) {
		String before = text.folded().substring(Math.max(0, start - 12), start);
		return before.matches("(?s).*\\b(bonjour|bonsoir|cher|chere|hello|salut|merci|a)\\s*$");
	}

	private static void addFull(List<Person> candidates, String s, int start, String name, double score) {
		String[] tokens = name.trim().split("\\s+");
		if (tokens.length < 2 || tokens.length > 4) {
			return;
		}
		for (String token : tokens) {
			if (notName(token) || !Character.isUpperCase(token.charAt(0))) {
				return;
			}
		}
		int firstCount = 1;
		while (firstCount < tokens.length - 1 && isFirstName(tokens[firstCount])) {
			firstCount++;
		}
		String first = String.join(" ", java.util.Arrays.copyOfRange(tokens, 0, firstCount));
		String last = String.join(" ", java.util.Arrays.copyOfRange(tokens, firstCount, tokens.length));
		if (!isFirstName(tokens[0]) && isFirstName(tokens[tokens.length - 1]) && tokens.length == 2
				&& tokens[0].equals(tokens[0].toUpperCase(Locale.ROOT))) {
			first = tokens[1];
			last = tokens[0];
		}
		candidates.add(new Person(display(first), display(last), start, start + name.trim().length(), score));
	}

	static boolean isFirstName(String name) {
		String token = name.trim().split("[ \\t]+")[0];
		String folded = FoldedText.fold(token);
		if (FIRST_NAMES.contains(folded)) {
			return true;
		}
		int dash = folded.indexOf('-');
		return dash > 0 && FIRST_NAMES.contains(folded.substring(0, dash));
	}

	private static boolean notName(String token) {
		return NOT_NAMES.contains(FoldedText.fold(token)) || token.length() < 2;
	}

	/** "AWA NDIAYE" reads "Awa Ndiaye"; mixed case stays as written. */
	static String display(String name) {
		if (!name.equals(name.toUpperCase(Locale.ROOT))) {
			return name;
		}
		StringBuilder out = new StringBuilder(name.length());
		boolean start = true;
		for (char c : name.toCharArray()) {
			out.append(start ? c : Character.toLowerCase(c));
			start = c == ' ' || c == '-' || c == '\'';
		}
		return out.toString();
	}

	private static String capitalise(String token) {
		return Character.toUpperCase(token.charAt(0)) + token.substring(1);
	}

	/** The title nearest to the contact's mention. */
	static Optional<ExtractedSpan> title(FoldedText text, int near) {
		Matcher m = TITLE.matcher(text.original());
		ExtractedSpan best = null;
		int bestDistance = Integer.MAX_VALUE;
		while (m.find()) {
			String raw = m.group();
			raw = TITLE_END.matcher(raw).replaceFirst("");
			raw = raw.split("[,.;:\\n()]")[0].trim();
			String[] words = raw.split("\\s+");
			if (words.length > 7) {
				raw = String.join(" ", java.util.Arrays.copyOf(words, 7));
			}
			int distance = (near < 0) ? m.start() : Math.abs(m.start() - near);
			if (distance < bestDistance) {
				bestDistance = distance;
				best = new ExtractedSpan(raw, m.start(), m.start() + raw.length(),
						(near >= 0 && distance < 80) ? 0.8 : 0.5);
			}
		}
		return Optional.ofNullable(best);
	}

}

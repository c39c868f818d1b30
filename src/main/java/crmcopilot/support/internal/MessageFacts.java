package crmcopilot.support.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * What a customer states, read from the message without inventing anything: the order
 * number, the product, the problem in the customer's own words (turned to "vous" for a
 * reply and to the third person for a summary) and what is asked.
 *
 * @param orderNumber the order named, or null
 * @param product the product named ("mixeur", "lampe Oslo"), or null
 * @param problem the clause reporting a problem, or null when none is reported
 * @param problemForReply that clause addressed to the customer ("votre mixeur est arrivé
 * cassé"), or null when it cannot be turned safely
 * @param problemForSummary that clause in the third person, or null
 * @param demand what is asked, for the summary ("un remboursement"), or null
 * @param problemWords the words that mark the problem ("casse", "pas recu"), or null
 */
public record MessageFacts(@Nullable String orderNumber, @Nullable String product, @Nullable String problem,
		@Nullable String problemForReply, @Nullable String problemForSummary, @Nullable String demand,
		@Nullable String problemWords) {

	/**
	 * After "au lieu de": not a verb, which says what the customer would rather do ("au
	 * lieu de payer le port", "au lieu de la faire livrer"), where a wrong item names
	 * what was ordered ("au lieu du 160", "au lieu de la taille M").
	 */
	private static final String NOT_A_VERB = "(?!(?:e |')(?:[a-z]+(?:er|ir|re)\\b|(?:me|te|se|nous|vous|le|la|les|l') ?"
			+ "(?:[a-z]+(?:er|ir)|faire|prendre|mettre|rendre|attendre|recevoir)\\b))";

	private static final Cue PROBLEM = Cue.of("\\bcass(?!erole)|abime|endommag|defectu|en panne|ne fonctionne"
			+ "|ne marche|ne s'allume|ne tourne|ne charge|fuit|raye|fissur|fendu|fele|ecrase|decoll|dechir|decousu|troue|tache|delave|retreci|pourri(e|es|s)?\\b|moisi|fanee?s?\\b|fletri|fondue?s?\\b|perime|manqu|pas (encore |toujours )?(ete )?(recu|arrive|livre|rembours)"
			+ "|toujours pas|toujours rien|(jamais|rien) recu|raccroch|decevant|decue?s?\\b"
			// a delivery that did not come on its day, a courier who did not come
			+ "|devai(t|ent) (arriver|etre livre)|aurai(t|ent) du (arriver|etre livre)"
			+ "|(livreur|coursier|transporteur|technicien)[^.?!]{0,30}(jamais|pas) (ete )?venu"
			// a delivery missed: "il m'a appelée 3 fois et je n'ai pas pu décrocher"
			+ "|(n.ai|n.avons) pas pu (decrocher|repondre|receptionner)"
			// a parcel stuck on its way
			+ "|(n'a|n'ont|na) (plus|pas) bouge|ne bouge (plus|pas)|bloquee?s? (a|au|en|chez|depuis)"
			// the wrong item, or something that vanished
			+ "|(?:au lieu|a la place) d" + NOT_A_VERB
			+ "|pas (le bon|la bonne|les bons|les bonnes)|disparu|sont passes ou|instead of"
			+ "|pas (du tout )?ce que (j'ai|j'avais|je voulais|j'attendais|nous avons|nous avions)"
			// a reaction of the skin or the body to a product
			+ "|allergi|irritation|irrite|rougeur|ca brule|gonfl|des boutons|gratte|demange|brulure|eczema|ma peau a reagi|reaction"
			+ "|rash|itch"
			// a product out of stock: only an article that speaks of it answers
			+ "|en rupture|rupture de stock|plus en stock|epuise|indisponible|out of stock|sold out"
			// a lost parcel is a problem; a lost password or login is a question the
			// account article answers
			+ "|perdu(?! (mon |ma |mes |son |sa |ses |votre |vos )?(mot de passe|mdp|identifiant|code|acces|login))"
			// a mistake of the customer's own ("supprimée par erreur") is not the shop's
			+ "|(?<!par )erreur|retard|bruit|odeur|broken|damaged|defective"
			+ "|stopped working|not working|doesn't work|does not work|missing|never arrived|not arrived|hasn't arrived"
			+ "|wrong|late\\b|leak|not (been )?refunded");

	/**
	 * Cues of a wrong item received: their words ("à la place de", "pas le bon") are in
	 * many articles; only one that speaks of a mistake ("erreur") answers such a problem.
	 */
	private static final Pattern WRONG_ITEM = Pattern.compile("(?:au lieu|a la place) d" + NOT_A_VERB
			+ "|pas (le bon|la bonne|les bons|les bonnes)|instead of|wrong|pas (du tout )?ce que .*");

	/** Most words of a clause that only says a problem did not matter. */
	private static final int SHORT_CLAUSE = 5;

	/**
	 * Words after a cue that say it did not matter: "un petit retard sur ma dernière
	 * commande, mais pas grave".
	 */
	private static final Pattern DISMISSED = Pattern.compile("\\bpas (?:bien |si |tres )?grave\\b");

	/** Words before a cue that say it has not happened. */
	private static final Pattern PREVENTED = Pattern
		.compile("\\b(?:sans|ne pas|eviter|evite|peur|risque|risquer)(?: d'| de| que| qu'| qu')?\\s*"
				+ "(?:l'|le |la |les |se |s'|il |elle |ils |elles |ca |ne )*$");

	/**
	 * After "reçu", what is not goods: "reçu un mail de confirmation", "reçu le colis".
	 */
	private static final String NOT_GOODS = "(?!(?:un|une|le|la|ma|mon|votre) (?:mail|sms|message|email|e-mail"
			+ "|lien|code|appel|confirmation|notification|facture|colis|commande|numero))";

	/**
	 * One thing ordered and another received, said in two clauses: "j'avais commandé un
	 * blanc et j'ai reçu du rouge". Group 1 is the second clause.
	 */
	private static final Pattern ORDERED_ANOTHER = Pattern
		.compile("command(?:e|ee|es|ees|ait|ais)\\b[^.?!]{0,80}\\b(?:et|mais) ((?:j'ai |on m'a |nous avons )?recu "
				+ NOT_GOODS + "[^.?!,;]*)");

	/**
	 * The same told the other way: "j'ai reçu la monture en noir alors que j'avais
	 * commandé l'écaille". Group 1 is the first clause.
	 */
	private static final Pattern RECEIVED_INSTEAD = Pattern
		.compile("((?:(?:j'ai |on m'a |nous avons )?recu|(?:le livreur |le coursier |vous |on )?m'(?:a|avez|ont) "
				+ "(?:amene|apporte|livre|envoye)e?s?) (?!qu)" + NOT_GOODS + "[^.?!,;]*?),?"
				+ " alors qu(?:e |')(?:j'avais|j'ai|nous avions|on avait|je l'avais|je les avais)(?: bien)?"
				+ " (?:command|pris|choisi|achete|demande)");

	/**
	 * A question or a request: without one, a message only states something (a parcel
	 * marked delivered and not there, an address changed without consent) and no article
	 * answers it.
	 */
	/**
	 * A clause that supposes ("si jamais les mangues arrivent abîmées, vous faites quoi
	 * ?"): it asks what the shop would do, it reports nothing.
	 */
	private static final Pattern HYPOTHESIS = Pattern
		.compile("\\s*(et |mais )?(si |s'il|s'ils|au cas ou|en cas d|dans le cas ou|if |in case|what if)");

	/**
	 * A question about what is in stock now ("vous avez encore du riz parfumé ?", "en
	 * rayon à la boutique ?"): an article says what the shop sells, not what is left
	 * today.
	 */
	private static final Cue STOCK = Cue
		.of("(avez|as|aviez)[- ]?(vous|tu) (encore|toujours)|vous (en )?(avez|auriez) (encore|toujours)"
				// one model still in a variant ("vous l'avez encore en 16 Go ?"), not a
				// format an article may describe ("vous l'avez en sac de 25 kilos ?")
				+ "|vous (l'|les )(avez|auriez) (encore|toujours)|(l'|les )avez[- ]vous (encore|toujours)"
				+ "|en stock|en rayon|il (vous|te) (en )?reste|encore disponible|de nouveau disponible|toujours disponible"
				+ "|reassort|reapprovisionn|revient quand|back in stock|still (have|available)|in stock");

	/**
	 * A question about what the shop offers ("Vous faites aussi des massages à la
	 * boutique ?", "vous vendez des pièces détachées ?"): the offer, up to a preposition
	 * or the end of the sentence.
	 */
	private static final Pattern OFFER = Pattern
		.compile("\\b(?:vous|tu) (?:(?:faites|fais|proposez|proposes|vendez|vends|reparez|repares|louez|loues)"
				+ "(?: aussi| egalement| encore)? (?:(?:des|du|de la|de l'|d'|les|la|le|l'|un|une) ?)?"
				// "vous avez", "vous prenez" ask about an offer only before an article
				// ("vous avez reçu mon mail ?" does not)
				+ "|(?:avez|as|acceptez|acceptes|prenez|prends)(?: aussi| egalement| encore)?"
				+ " (?:des|du|de la|de l'|d'|les|la|le|l'|un|une) ?)([^?.!,;:\\n]*?)(?=\\s(?:a|au|aux|en|pour|chez|dans|sur|avec|si|quand|comme)\\s|[?.!,;:\\n]|$)");

	/** The end of a text before a relative "que vous ...", not "est-ce que vous". */
	private static final Pattern RELATIVE = Pattern.compile("(?<!est-ce |est ce )\\bqu(?:e |')$");

	private static final Pattern REQUEST = Pattern
		.compile("\\?|\\b(veux|voulons|voudrais|voudrions|souhaite|souhaiterais"
				+ "|souhaitons|aimerais|aimerions|besoin|merci de|merci d'|pouvez|pourriez|peux-tu|pourrais|comment"
				// wanting to know, and the help a customer asks by saying what they
				// cannot do
				+ "|je voulais (savoir|demander|vous demander|connaitre|verifier)|savoir|je n'arrive pas|j'arrive pas|je ne trouve pas|je trouve pas|j'ai oublie"
				+ "|jai oublie|je ne sais pas|je sais pas|i forgot|i can't find|i cannot find"
				+ "|mot de passe oublie|mdp oublie|forgot"
				// a sentence that opens on a question word is a question ("où je trouve
				// ma
				// facture")
				+ "|(?<=^|[.!,;] )(ou|quand|combien|quel|quelle|quels|quelles|pourquoi|peut-on|puis-je|est-il"
				+ "|avez-vous|faites-vous|livrez-vous|acceptez-vous|vous (faites|livrez|acceptez|prenez|avez|proposez"
				+ "|vendez|expediez|envoyez))"
				+ "|est.ce que|svp|s'il vous plait|s'il te plait|je cherche|dites-moi|indiquez|expliquez|please|could you"
				+ "|can you|would you|would like|i'd like|i need|let me know|tell me|how (do|can|to))\\b");

	/**
	 * A question without a question mark ("je voudrais savoir où en est mon colis", "où
	 * se trouve votre boutique svp"); a bare demand ("je veux être remboursé") is not
	 * one.
	 */
	private static final Pattern QUESTION = Pattern.compile("\\?|\\b(savoir|svp|stp|s'il vous plait|s'il te plait"
			+ "|pouvez-vous|pourriez-vous|peux-tu|comment|dites-moi|indiquez-moi|expliquez-moi|let me know|tell me"
			+ "|how (do|can|to))\\b");

	private static final Pattern CLAUSES = Pattern.compile("[.!?;\\n]+|,\\s+|\\s+(?:et|mais|and|but)\\s+");

	private static final Pattern PRODUCT = Pattern.compile(
			"(?u)\\b(?:(?i:mon|ma|mes|le|la|les|my|the)\\s+|(?i:l)['’])((?:robot |machine à |machine a )?[\\p{L}-]{3,}(?:\\s+\\p{Lu}[\\p{L}-]+)?)");

	private static final Set<String> NOT_PRODUCTS = Set.of("commande", "colis", "livraison", "remboursement", "argent",
			"facture", "compte", "service", "site", "message", "mail", "réponse", "livreur", "suivi", "lien", "carton",
			"numéro", "fois", "boutique", "magasin", "retour", "paiement", "montant", "client", "clients",
			"transporteur", "dossier", "nez", "téléphone", "semaine", "mois", "jour", "jours", "avant", "arrière",
			// people the customer speaks of
			"garagiste", "mécanicien", "technicien", "vendeur", "vendeuse", "conseiller", "conseillère", "facteur",
			"coursier", "mari", "femme", "fils", "fille", "mère", "père", "maman", "papa", "frère", "sœur", "voisin",
			"voisine", "patron", "médecin", "order", "parcel", "package", "delivery", "refund", "invoice", "account",
			"money", "shop", "website", "customer", "tracking");

	private static final List<Demand> DEMANDS = List.of(
			new Demand("(toujours|jamais|pas encore).{0,40}rembours|(still|never|not yet).{0,30}refund",
					"où en est son remboursement", "where their refund is"),
			new Demand("annul|cancel", "l'annulation de sa commande", "to cancel the order"),
			new Demand("rembours|refund|argent|money back", "un remboursement", "a refund"),
			new Demand(STOCK, "si le produit est en stock", "whether the product is in stock"),
			new Demand("echang|repar|remplac|replace|repair|exchange", "une réparation ou un échange",
					"a repair or a replacement"),
			new Demand("factur|invoice", "sa facture", "the invoice"),
			// asking whether and how the shop delivers, before any order
			new Demand(
					"vous livrez|livrez[- ]vous|tu livres|vous (pouvez|pourriez) (me |nous |l'|la |le |les |m'|nous l')?"
							+ "(livrer|envoyer|expedier)|m'envoyer|envoyez[- ]vous|expediez[- ]vous|vous expediez|frais de (livraison|port)"
							+ "|delais? de livraison|do you (ship|deliver)|shipping costs?",
					"les conditions de livraison", "the delivery terms"),
			new Demand("ou en est|suivi|livr(?!eur|euse)|where is|tracking|deliver", "où en est sa commande",
					"where the order is"),
			new Demand("retour|renvoy|return|send (it )?back", "comment retourner un article", "how to return an item"),
			new Demand("horaire|ouvert|ouvre|opening|open on", "les horaires d'ouverture", "the opening hours"),
			new Demand("pai|payer|payment|pay\\b", "les moyens de paiement", "the payment methods"),
			new Demand("reponse|rappel|answer|call back", "une réponse", "an answer"));

	private static final Pattern ASIDE = Pattern.compile("\\s*\\([^)]*\\)");

	/**
	 * The last message read on each thread: triage, grounding, the summary and the macros
	 * all ask for the facts of the same message one after another.
	 */
	private static final ThreadLocal<@Nullable LastRead> LAST = new ThreadLocal<>();

	/** The facts of a message in {@code language} ({@code fr}, {@code en}...). */
	public static MessageFacts of(String text, String language) {
		LastRead last = LAST.get();
		if (last != null && last.text().equals(text) && last.language().equals(language)) {
			return last.facts();
		}
		MessageFacts facts = read(text, language);
		LAST.set(new LastRead(text, language, facts));
		return facts;
	}

	private static MessageFacts read(String text, String language) {
		boolean english = "en".equals(language);
		String order = ReplyComposer.orderNumber(text).orElse(null);
		String product = product(text);
		String problem = null;
		String problemWords = null;
		String folded = TextTokens.fold(text);
		// a clause's words are the text's: without the cue's leading words, no clause has
		// it
		String[] clauses = PROBLEM.possibleIn(folded) ? CLAUSES.split(text) : new String[0];
		for (int c = 0; c < clauses.length; c++) {
			String clause = clauses[c];
			String foldedClause = TextTokens.fold(clause);
			Matcher cue = PROBLEM.pattern().matcher(foldedClause);
			// a short clause after it may say it did not matter: "..., mais pas grave"
			String after = (c + 1 < clauses.length && clauses[c + 1].strip().split("\\s+").length <= SHORT_CLAUSE)
					? TextTokens.fold(clauses[c + 1]) : "";
			// what follows a colon says it: "je préfère demander : si jamais..."
			if (reported(cue, foldedClause, after)
					&& !HYPOTHESIS.matcher(foldedClause.substring(foldedClause.lastIndexOf(':') + 1)).lookingAt()) {
				// an aside in brackets ("(commande 4521)") is said apart
				problem = ASIDE.matcher(clause).replaceAll("").strip();
				problemWords = WRONG_ITEM.matcher(cue.group()).matches() ? "erreur" : cue.group();
				break;
			}
		}
		// a subject line ("Erreur de couleur") names the problem without telling it: the
		// body's "j'ai reçu ... alors que j'avais commandé ..." tells it
		boolean named = problem != null && namesOnly(problem);
		String apostrophes = folded.replace('’', '\'');
		Matcher another = (problem == null || named) ? ORDERED_ANOTHER.matcher(apostrophes) : null;
		if (another != null && !another.find()) {
			another = RECEIVED_INSTEAD.matcher(apostrophes);
		}
		if (another != null && another.find(0)) {
			// the clause as written, where folding kept the original's positions
			problem = ((folded.length() == text.length()) ? text.substring(another.start(1), another.end(1))
					: another.group(1))
				.strip();
			problemWords = "erreur";
			named = false;
		}
		String forReply = null;
		String forSummary = null;
		// a problem only named gets the general apology, not "désolés d'apprendre
		// qu'erreur de couleur"
		if (problem != null && !named) {
			forReply = english ? Person.englishSecond(problem) : Person.frenchSecond(problem);
			forSummary = english ? Person.englishThird(problem) : Person.frenchThird(problem);
		}
		String demand = null;
		for (Demand candidate : DEMANDS) {
			if (candidate.cue().foundIn(folded)) {
				demand = english ? candidate.english() : candidate.french();
				break;
			}
		}
		if (demand == null && text.contains("?")) {
			demand = english ? "an answer to a question" : "une réponse à sa question";
		}
		return new MessageFacts(order, product, problem, forReply, forSummary, demand, problemWords);
	}

	/**
	 * A clause that names a problem without telling it: no verb and no subject ("Erreur
	 * de couleur", "Colis abîmé"), as a subject line does.
	 */
	static boolean namesOnly(String clause) {
		List<String> words = java.util.Arrays.stream(TextTokens.fold(clause).replace('’', '\'').split("[^a-z']+"))
			.filter((word) -> !word.isBlank())
			.toList();
		if (words.isEmpty() || words.stream().anyMatch(TELLING::contains)
				|| words.stream().anyMatch((word) -> ELIDED_SUBJECT.matcher(word).lookingAt())) {
			return false;
		}
		return !STARTS_TELLING.contains(words.get(0));
	}

	/** An elided pronoun or article: "j'ai", "l'écran", "n'est", "c'est", "qu'il". */
	private static final Pattern ELIDED_SUBJECT = Pattern.compile("(?:j|l|c|n|s|m|t|qu)'");

	/** Words of a clause that tells: auxiliaries, negation. */
	private static final Set<String> TELLING = Set.of("est", "sont", "ai", "a", "as", "avons", "avez", "ont", "etait",
			"etaient", "suis", "sommes", "etes", "avait", "avais", "avaient", "ne", "pas", "fait", "va", "vont",
			"reste", "semble", "is", "are", "was", "were", "has", "have", "not");

	/** First words of a clause that tells: subjects, determiners, greetings, fillers. */
	private static final Set<String> STARTS_TELLING = Set.of("je", "on", "il", "elle", "ils", "elles", "nous", "vous",
			"tu", "mon", "ma", "mes", "ton", "ta", "tes", "son", "sa", "ses", "notre", "nos", "votre", "vos", "le",
			"la", "les", "un", "une", "des", "du", "de", "ce", "cet", "cette", "ces", "ca", "cela", "bonjour",
			"bonsoir", "salut", "hello", "malheureusement", "mais", "et", "alors", "donc", "depuis", "i", "my", "the",
			"our", "it", "we");

	/**
	 * Finds the first cue the clause reports, past those it only fears: "comment le
	 * nettoyer sans l'abîmer ?", "pour éviter qu'il se raye".
	 */
	/**
	 * @param after the next clause, when short, which may say the problem did not matter
	 */
	private static boolean reported(Matcher cue, String clause, String after) {
		while (cue.find()) {
			if (!PREVENTED.matcher(clause.substring(0, cue.start())).find()
					&& !DISMISSED.matcher(clause.substring(cue.end()) + " " + after).find()) {
				return true;
			}
		}
		return false;
	}

	/** The message asks a question or makes a request. */
	public static boolean asksSomething(String text) {
		return REQUEST.matcher(TextTokens.fold(text).replace('’', '\'')).find();
	}

	/** The message asks about stock ("en stock", "avez-vous encore"). */
	public static boolean asksAboutStock(String text) {
		return STOCK.foundIn(TextTokens.fold(text));
	}

	/**
	 * What a question about the shop's offer names ("des soins ou des massages"), or null
	 * when the message asks none: an article answers only if it speaks of it.
	 */
	public static @Nullable String offerWords(String text) {
		String folded = TextTokens.fold(text).replace('’', '\'');
		Matcher matcher = OFFER.matcher(folded);
		while (matcher.find()) {
			// "l'huile que vous proposez" names what is asked about; "est-ce que vous
			// proposez" asks
			if (!RELATIVE.matcher(folded.substring(0, matcher.start())).find()) {
				// a verb of service names the offer: "vous louez des vélos ?" asks about
				// renting, which an article on delivering bikes does not answer
				String verb = folded.substring(matcher.start(), matcher.start(1));
				String service = verb.contains(" lou") ? "location de "
						: verb.contains(" repar") ? "reparation de " : "";
				return service + matcher.group(1).strip();
			}
		}
		return null;
	}

	/** The message asks a question, with or without a question mark. */
	public static boolean asksQuestion(String text) {
		return QUESTION.matcher(TextTokens.fold(text).replace('’', '\'')).find();
	}

	/** A problem is reported: a reply apologises. */
	public boolean reportsProblem() {
		return this.problem != null;
	}

	private static @Nullable String product(String text) {
		Matcher matcher = PRODUCT.matcher(text);
		while (matcher.find()) {
			String candidate = matcher.group(1).strip();
			String head = candidate.split("\\s+")[0].toLowerCase(Locale.ROOT);
			if (!NOT_PRODUCTS.contains(head) && !NOT_PRODUCTS.contains(head.replaceAll("s$", ""))) {
				return candidate;
			}
		}
		return null;
	}

	/** The summary: "Le client signale que ... et demande ...". */
	public Optional<String> summary(String language) {
		boolean english = "en".equals(language);
		String reported = (this.problemForSummary != null) ? this.problemForSummary : null;
		String orderPart = (this.orderNumber != null)
				? (english ? " (order " + this.orderNumber + ")" : " (commande " + this.orderNumber + ")") : "";
		if (reported == null && this.demand == null) {
			return Optional.empty();
		}
		if (english) {
			String start = (reported != null) ? "The customer reports that " + reported + orderPart : null;
			if (start == null) {
				return Optional.of("The customer asks for " + this.demand + orderPart + ".");
			}
			return Optional.of(start + ((this.demand != null) ? " and asks for " + this.demand : "") + ".");
		}
		String start = (reported != null) ? "Le client signale " + Person.que(reported) + orderPart : null;
		if (start == null) {
			return Optional.of("Le client demande " + this.demand + orderPart + ".");
		}
		return Optional.of(start + ((this.demand != null) ? " et demande " + this.demand : "") + ".");
	}

	private record LastRead(String text, String language, MessageFacts facts) {

	}

	private record Demand(Cue cue, String french, String english) {

		Demand(String cue, String french, String english) {
			this(Cue.of(cue), french, english);
		}

	}

}

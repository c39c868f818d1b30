package crmcopilot.support.internal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a message asks that must never be answered without a person, whatever the
 * confidence: each is a workspace rule, all switched on by default. Cues are matched on
 * the folded text (lower case, no accents), in French and English.
 */
public enum HumanOnlyIntent {

	COMPLAINT("reclamation", "inadmissible|inacceptable|scandale|scandaleu|lamentable|honteu|mecontent|deplorable"
			+ "|raccroche|plus jamais|pas serieux|je suis furieu|unacceptable|outrageous|disgusted|never order again"
			+ "|\\bimpoli|rude\\b"
			// a complaint about a person of the shop
			+ "|me plaindre|je me plains|porter reclamation|mal parle|m'a mal recu|malpoli|irrespectueu|insulte"
			// the shop's word proved wrong: "elles ne vont pas alors que vous m'aviez
			// confirmé"
			+ "|alors que vous (m.|nous )?(l.)?(aviez|avez) (pourtant |bien )?(confirme|dit|assure|promis|garanti|certifie)"
			+ "|vous (m.|nous )?(l.)?aviez (pourtant |bien )?(confirme|assure|promis|garanti|certifie)"
			+ "|(although|even though|whereas|but) you (had )?(confirmed|told me|assured|guaranteed)|you (had )?promised"
			// losses beyond the purchase asked back: the mechanic's labour, spoilt food
			+ "|\\bdedommag|\\bindemnis|\\bcompenser\\b|\\bcompensation|\\bpaye .{0,20}pour rien"
			+ "|rembours\\w* (aussi |egalement |en plus )?(la main d.oeuvre|le mecanicien|le deplacement|le taxi|mes frais)"),

	LEGAL_THREAT("menace-juridique", "avocat|tribunal|justice|plainte|association de consommateurs|ufc|que choisir"
			+ "|dgccrf|mise en demeure|huissier|mediateur|lawyer|(in|to) court\\b|legal action|sue you|attorney"),

	PAYMENT_INCIDENT("incident-paiement",
			"(debite|preleve|paye|facture|encaisse)e?s? .{0,30}(deux|2|plusieurs) fois|double (debit|prelevement|paiement)"
					+ "|deux (debits|prelevements|paiements)|2 (debits|prelevements|paiements)|debitee?s? sans|prelev\\w* sans (avoir )?command"
					+ "|debit\\w* sans (avoir )?command"
					// money sent twice by transfer or mobile money: "envoyé l'acompte
					// deux fois"
					+ "|(envoye|verse|transfere|vire)e?s? (l'|le |la |les |mon |ma |mes )?(acompte|argent|paiement|montant"
					+ "|somme|virement|transfert|solde)s? .{0,30}(deux|2|plusieurs) fois|\\bdoublons?\\b|(paye|regle|debite|preleve)e?s? en double"
					// money asked back for an amount charged wrongly
					+ "|rembours\\w* la difference|trop (paye|facture|debite|preleve)"
					+ "|montant (errone|incorrect|faux)|(code|reduction|remise|promo)\\w* .{0,50}pas (ete )?(appliquee?|prise? en compte|deduite?)"
					+ "|charged twice|double charge|charged without|fraud|fraude|carte .{0,20}(volee|piratee)"),

	ACCOUNT_SECURITY("securite-compte", "\\bpirate|\\bhacke|compte .{0,30}(bloque|vole|compromis)|connexion suspecte"
			+ "|usurpation|mot de passe .{0,30}(change|vole)|hacked|compromised|stolen password|phishing|hameconnage"
			// someone else in the account: sign-ins the customer did not make
			+ "|quelqu.un (d.autre )?(utilise|a utilise|se connecte|s.est connecte|a acces|accede|a change)"
			+ "|(je ne me suis pas|sans m.etre|sans que je me sois) connecte|alertes? de (connexion|securite)"
			+ "|connexions? (inconnue|inhabituelle|que je n.ai pas)|someone (else )?(is using|used|logged in|accessed)"
			+ "|security alert|login (alert|i did ?n.t)|unrecognized (login|sign-in)"
			// someone passing for the shop to get money or codes
			+ "|c'est (vraiment|bien) vous|est-ce (vraiment|bien) vous|arnaque|escroc|se (fait|faire) passer pour|faux (message|sms|site|compte|mail)"
			// a message asking for bank details or codes through a link
			+ "|(confirmer|donner|saisir|entrer|rentrer|communiquer) (mes|vos|ses|nos) (coordonnees bancaires|codes?\\b|identifiants)"
			+ "|is this (really )?you|scam"),

	CANCELLATION("annulation",
			"annul|resili|desabonn|cancel|unsubscribe|close my account|fermer mon compte" + "|supprimer mon compte"),

	PRESS("presse", "journaliste|redaction|interview|reportage|magazine|article de presse|journalist|press inquiry"),

	PARTNERSHIP("partenariat", "partenariat|collaboration|influence|createur de contenu|creatrice de contenu"
			+ "|sponsor|ambassad|partnership|affiliation"
			// selling the shop's products: resellers, wholesalers, distributors, trade
			// prices
			+ "|revend|grossiste|distribut|depot-vente|depot vente|franchis|tarifs? (pro|professionnel|revendeur)"
			+ "|prix de gros|catalogue (pro|professionnel)|compte pro|centrale d'achat"
			+ "|reseller|resell|wholesale|distributor|stockist|trade price"
			// suppliers and makers offering their own products, and job applications
			+ "|sous-trait|sous trait|travailler avec vous|(mes|nos) realisations"
			+ "|vendre (mes|nos) |vendre .{0,20}(en depot|dans votre (magasin|boutique))|(mes|nos) creations|fournisseur|fournisseuse|referencer (mes|nos)|deposer (mes|nos)"
			+ "|(notre|nos) catalogue|prix usine|nous (vous )?proposons|dear partner"
			+ "|nous sommes une (usine|fabrique|entreprise|societe|agence|marque)"
			+ "|candidature|recrut|offre d'emploi|un emploi|un travail|un stage|alternance|supplier|job application"
			+ "|are you hiring"),

	DELIVERY_DISPUTE("litige-livraison",
			"(indique|marque|affiche|note)e?s? (comme )?(livre|delivered)|(noted|marked|shows?) (as )?delivered"
					+ "|(livre|delivered).{0,40}(rien recu|pas recu|jamais recu|not received|never received|nothing)"),

	HEALTH_SAFETY("sante-securite", "grossesse|enceinte|allaite|allaitement|medecin"
			// a product used on a baby's body; a baby named in a baby shop's
			// questions ("balance bébé", "lits bébé") is none
			+ "|(utilis|appliqu|mett|mis|donn|masse)\\w* .{0,30}(sur|a) (un |une |mon |ma |le |la |notre |votre |mes |nos )?(bebe|nourrisson)"
			+ "|dermatolog|medical|medicament|allergi|toxique|intoxi|empoisonn|\\bavale|plaques rouges|vomi|dangereu"
			+ "|peau sensible|eczema|irritation|brulure|ca brule|ca me brule|gonfl|odeur de brule|de la fumee|etincelle|court-circuit|prend feu"
			+ "|pris feu|electrocut|pregnan|breastfeed|doctor|allergic|burn|smoke|sparks|caught fire"),

	REFUND_DELAY("relance-remboursement", "(toujours|jamais|pas encore|toujours rien|rien) [^.?!]{0,40}rembours"
			+ "|rembours[^.?!]{0,30}(toujours|jamais|pas encore) |attends? (toujours )?(mon|le) remboursement"
			+ "|(still|never|not yet) .{0,30}refund|refund .{0,30}(still|never|not yet)|waiting for (my|the) refund");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private final String code;

	private final Cue cues;

	HumanOnlyIntent(String code, String cues) {
		this.code = code;
		this.cues = Cue.of(cues);
	}

	/** The code stored in the workspace rules and the routing reasons. */
	public String code() {
		return this.code;
	}

	/** Its cues, on folded text. */
	Cue cues() {
		return this.cues;
	}

	/** The message key of its name. */
	public String messageKey() {
		return "support.intent." + this.code;
	}

	public static Optional<HumanOnlyIntent> of(String code) {
		return Arrays.stream(values()).filter((intent) -> intent.code.equals(code.strip())).findFirst();
	}

	/** Every intent: the safe default of a workspace. */
	public static Set<HumanOnlyIntent> all() {
		return EnumSet.allOf(HumanOnlyIntent.class);
	}

	/**
	 * As {@link #detect(String, Set)}, less a partnership whose every cue names what an
	 * article is about: a shop that publishes its "Compte professionnel" answers "comment
	 * on ouvre un compte pro ?".
	 * @param about whether the words (of {@link TextTokens#tokens}) are all what one
	 * article is about
	 */
	static Set<HumanOnlyIntent> detect(String text, Set<HumanOnlyIntent> enabled, Predicate<List<String>> about) {
		Set<HumanOnlyIntent> found = detect(text, enabled);
		if (found.contains(PARTNERSHIP)) {
			Matcher cue = PARTNERSHIP.cues.pattern().matcher(folded(text));
			boolean answered = true;
			while (cue.find() && answered) {
				List<String> words = TextTokens.tokens(cue.group());
				answered = !words.isEmpty() && about.test(words);
			}
			if (answered) {
				found.remove(PARTNERSHIP);
			}
		}
		return found;
	}

	/** The intents among {@code enabled} that the message shows. */
	public static Set<HumanOnlyIntent> detect(String text, Set<HumanOnlyIntent> enabled) {
		String folded = folded(text);
		Set<HumanOnlyIntent> found = EnumSet.noneOf(HumanOnlyIntent.class);
		for (HumanOnlyIntent intent : enabled) {
			if (intent.cues.foundIn(folded)) {
				found.add(intent);
			}
		}
		return found;
	}

	/** The text as cues read it: folded, lower case, one space between words. */
	private static String folded(String text) {
		return SPACES.matcher(TextTokens.fold(text)).replaceAll(" ").toLowerCase(Locale.ROOT);
	}

}

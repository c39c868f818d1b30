package crmcopilot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds words of the other language in what a person reads on a page: its text and the
 * texts of its controls (placeholders, titles, labels for screen readers), outside code
 * samples and outside elements marked with their own {@code lang} (a customer's words).
 * Also finds values printed as a program would (a map {@code {A=b}}, {@code null},
 * {@code true}), which no person should read.
 */
final class ForeignWords {

	/**
	 * English words that are not French words (nor names of products a French screen
	 * uses).
	 */
	static final Set<String> ENGLISH = Set.of("the", "and", "of", "with", "without", "for", "from", "this", "that",
			"these", "is", "was", "were", "not", "none", "rows", "columns", "column", "row", "inertia", "configured",
			"does", "beat", "both", "same", "save", "cancel", "delete", "edit", "search", "next", "previous", "back",
			"submit", "send", "yes", "failed", "unknown", "loading", "customer", "customers", "reply", "replies",
			"draft", "drafts", "approve", "reject", "account", "accounts", "opportunity", "opportunities", "settings",
			"users", "user", "dashboard", "inbox", "home", "sign", "by", "to", "your", "you", "has", "have", "will",
			"should", "must", "can", "cannot", "when", "which", "who", "what", "there", "their", "than", "then", "only",
			"more", "less", "new", "old", "name", "names", "status", "pending", "queued", "delivered", "average",
			"missing", "invalid", "required", "allowed", "denied", "granted", "enabled", "disabled", "open", "closed",
			"assigned", "unassigned", "language", "category", "categories", "priority", "high", "low", "medium", "run",
			"runs", "step", "steps", "upload", "download", "created", "updated", "deleted", "saved", "owner", "amount",
			"won", "lost", "because", "reason", "why", "how", "per", "day", "days", "week", "weeks", "month", "months",
			"hours", "seconds");

	/**
	 * French words of a screen's own texts (not of the data it shows) that are not
	 * English words.
	 */
	static final Set<String> FRENCH = Set.of("enregistrer", "annuler", "supprimer", "modifier", "rechercher", "filtrer",
			"suivant", "précédent", "envoyer", "envoyé", "envoyée", "connexion", "déconnecter", "réglages",
			"paramètres", "aucun", "aucune", "résultat", "résultats", "tous", "toutes", "avec", "sans", "pour", "dans",
			"votre", "vos", "sont", "être", "les", "des", "une", "est", "pas", "n'est", "qui", "que", "sur", "par",
			"cette", "ces", "client", "réponse", "réponses", "boîte", "réception", "tableau", "bord", "catégorie",
			"priorité", "statut", "créer", "créé", "nouveau", "nouvelle", "compte", "utilisateur", "utilisateurs",
			"oui", "non", "jours", "semaine", "semaines", "heures", "moyenne", "taux", "erreur", "échec", "attente",
			"aperçu");

	/**
	 * Values printed as a program prints them: a map, a null, a boolean, a not-a-number.
	 */
	private static final Pattern PROGRAM_VALUE = Pattern
		.compile("\\{[A-Za-z_]+=[^}]*}|\\b(null|true|false|NaN|Infinity|Optional\\[|n/d)\\b|\\[[^\\]\\s]+, [^\\]]+]"
				// a message key the bundles lack, as Thymeleaf shows it
				+ "|\\?\\?[\\w.-]+\\?\\?");

	/** Names of products and standards a French screen writes as they are. */
	private static final Pattern NAMES = Pattern
		.compile("Customer Match|Performance Max|Google Ads|Display & Video 360|INBOX|\\{\\{[^}]+}}|https?://\\S+"
				+ "|[\\w.+-]+@[\\w.-]+");

	private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*");

	private final String language;

	private final Set<String> words;

	private final boolean dataToo;

	/**
	 * @param dataToo whether the data a page shows (table cells, choices of a list) is
	 * read too: yes where the data is in the reader's language (the French demo read in
	 * French), no where it is not (the French demo read in English)
	 */
	ForeignWords(String language, Set<String> words, boolean dataToo) {
		this.language = language;
		this.words = words;
		this.dataToo = dataToo;
	}

	/** Each finding: the word or value and a few words around it. */
	List<String> findings(Document page) {
		Document copy = page.clone();
		copy.select("script, style, noscript, template, code, pre, kbd, samp, textarea, [translate=no], head").remove();
		if (!this.dataToo) {
			copy.select("td, option, [data-workspace-data]").remove();
		}
		for (Element element : copy.select("[lang]")) {
			if (element != copy.selectFirst("html") && !element.attr("lang").startsWith(this.language)) {
				element.remove();
			}
		}
		StringBuilder text = new StringBuilder(copy.body().text());
		for (Element control : copy.select("[placeholder], [title], [aria-label], [alt], input[type=submit][value]")) {
			for (String attribute : List.of("placeholder", "title", "aria-label", "alt", "value")) {
				if (control.hasAttr(attribute)
						&& !(attribute.equals("value") && !control.attr("type").equals("submit"))) {
					text.append(" | ").append(control.attr(attribute));
				}
			}
		}
		List<String> findings = new ArrayList<>();
		String all = NAMES.matcher(text).replaceAll(" ");
		Matcher word = WORD.matcher(all);
		while (word.find()) {
			if (this.words.contains(word.group().toLowerCase(Locale.ROOT))) {
				findings.add("'" + word.group() + "' in «" + around(all, word.start(), word.end()) + "»");
			}
		}
		Matcher value = PROGRAM_VALUE.matcher(all);
		while (value.find()) {
			findings.add("value '" + value.group() + "' in «" + around(all, value.start(), value.end()) + "»");
		}
		return findings;
	}

	private static String around(String text, int start, int end) {
		return text.substring(Math.max(0, start - 40), Math.min(text.length(), end + 40)).replace('\n', ' ');
	}

}

package crmcopilot.opportunities.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The account's name: from labels ("Autorité contractante :", "Client :"), legal forms
 * ("Transports Diallo SARL"), institutions ("Ministère de la Santé"), cues ("chez",
 * "société", "DSI de"), acronyms (SONATEL) and the email's domain. Mentions of the same
 * name add up; the best-evidenced name wins and is shown in its longest form.
 */
final class AccountNames {

	private static final String WORD = "[A-ZÀ-Ý0-9](?:[\\p{L}0-9&'’\\-]|\\.(?=\\p{L}))*";

	private static final String NAME = WORD + "(?:[ \\t]+(?:(?:de|du|des|la|le|et|d'|l'|&|en)[ \\t]+)?" + WORD
			+ "){0,4}";

	private static final Pattern LABEL = Pattern.compile(
			"(?im)^\\s*(?:autorit[ée] contractante|client|cliente|soci[ée]t[ée]|entreprise|raison sociale|compte|organisme|structure|acheteur|ma[iî]tre d'ouvrage|employeur)\\s*:\\s*([^\\n]{2,90})");

	private static final Pattern FORM_AFTER = Pattern
		.compile("(?<![\\p{L}])(" + NAME + ")\\s+(" + LegalForms.PATTERN + ")(?![\\p{L}])");

	private static final Pattern FORM_BEFORE = Pattern
		.compile("(?<![\\p{L}])(" + LegalForms.PATTERN + ")\\s+(" + NAME + ")");

	private static final Pattern INSTITUTION = Pattern.compile(
			"(?<![\\p{L}])((?:Minist[èe]re|Agence|Direction g[ée]n[ée]rale|Office|Soci[ée]t[ée] nationale|Compagnie|Banque|Port autonome|Universit[ée]|H[ôo]pital|Centre hospitalier|Caisse|Fonds|Conseil|Mairie|Commune|Ville|Assembl[ée]e|Programme|Autorit[ée]|Lyc[ée]e|Institut|[ÉE]cole|Groupe|Cabinet|Clinique|Mutuelle|Coop[ée]rative|Union|F[ée]d[ée]ration|Chambre|Haute Autorit[ée]|Conseil d[ée]partemental|Laboratoire|Pharmacie|H[ôo]tel|Assurances?|Centre|Poste|La Poste|Clinique|Cabinet|Mutuelle|Fondation|Association|Tribunal|Cour)(?:[ \\t]+(?:[\\p{L}'’\\-]+|[A-Z0-9&]+)){1,9})");

	private static final Pattern INSTITUTION_STOP = Pattern.compile(
			"[ \\t]+(?:souhaite|veut|voudrait|lance|a|ont|nous|qui|il|elle|ils|elles|vient|veulent|souhaitent|cherchent|r[ée]cup[ée]r[ée]e?|cherche|demande|besoin|envisage|recherche|pr[ée]voit|organise|dans|sur|concernant|relatif|relative|avec|est|sont|vient|pense|aimerait|m'|me|on|afin|via|depuis|lors|pour l[ea]s?|pour son|pour sa|pour ses|pour un|pour une|pour le|en vue|dont|par|au sujet|,).*$");

	private static final Pattern CUE = Pattern.compile(
			"(?i:\\b(?:chez|client|cliente|la soci[ée]t[ée]|l'entreprise|entreprise|soci[ée]t[ée]|compte|pour le compte de|au sein de|filiale)\\s+)("
					+ NAME + ")");

	private static final Pattern ROLE_OF = Pattern.compile(
			"(?i:\\b(?:dsi|daf|drh|dg|dga|pdg|directeu?r\\w*|directrice|responsable|chef|cheffe|g[ée]rante?|pr[ée]sident\\w*|manager|acheteu\\w+|comptable|ing[ée]nieur\\w*|charg[ée]e?)\\b[\\p{L}'’ ]{0,50}?\\s(?:de la|du|de l'|d'|de|chez|à la|au)\\s*)("
					+ NAME + ")");

	private static final Pattern ACRONYM = Pattern.compile("(?<![\\p{L}\\d@.])([A-Z][A-Z0-9&]{2,9})(?![\\p{L}\\d@])");

	private static final Pattern EVENT_BEFORE = Pattern
		.compile("(salon|forum|gitex|webinaire|conference|foire|logiciel|licences?|solution)\\s*$");

	private static final Pattern ACRONYM_EXTENSION = Pattern
		.compile("((?: [A-ZÀ-Ý][\\p{L}\\-]+){1,2})(?=[ \\t]*(?:[.,;:)\\n]|$))");

	private static final Pattern UPPER_LINE = Pattern.compile("(?m)^\\s*([A-ZÀ-Ý0-9&'’. \\-]{4,60})\\s*$");

	private static final Pattern HEADER = Pattern.compile(
			"(?im)^\\s*(?:note(?: de r[ée]union| rapide| de visite)?|compte[- ]rendu(?: de r[ée]union| de visite)?|cr|r[ée]union|rdv|visite|appel(?: entrant| sortant)?|rencontre)\\s*(?:avec|chez)?\\s*[:–-]\\s*("
					+ NAME + ")");

	private static final Pattern SUBJECT = Pattern.compile("(?m)(?:^|[.!?]\\s+|,\\s+)(" + NAME
			+ ")[ \\t]*(?:\\([^)\\n]{2,40}\\)[ \\t]*)?(?::|souhaite|veut|voudrait|veulent|souhaitent|cherche|lance|envisage|a besoin|ont besoin|recherche|nous contacte|nous sollicite|demande|pr[ée]voit|aimerait)");

	private static final Pattern PARENTHESISED = Pattern.compile("(?<=[\\p{L}])[ \\t]*\\((" + NAME + ")\\)");

	private static final Pattern LOWERCASE_INSTITUTION = Pattern.compile(
			"(?<![\\p{L}])(?:la |le |l'|chez |de la |du )((?:clinique|mairie|pharmacie|banque|soci[ée]t[ée]|universit[ée]|h[ôo]pital|agence|minist[èe]re|direction|ecole|[ée]cole|lyc[ée]e|coop[ée]rative|mutuelle|boulangerie|boutique|quincaillerie|entreprise|compagnie|poste|caisse|commune|pr[ée]fecture|gendarmerie|police|assurance) (?:de |du |des |de la |de l')[\\p{L}'-]+(?: [\\p{L}'-]+)?)");

	/**
	 * Words that open a note before the company's name: "Relance Sonatel :", "Mail de
	 * Kirène".
	 */
	private static final String OPENING = "(?:relance|rappel|suivi|rdv|e?-?mail|courriel|appel(?: entrant| sortant| t[ée]l[ée]phonique)?|compte[- ]rendu|cr|note|visite|r[ée]union|point)";

	private static final Pattern OPENING_WORDS = Pattern
		.compile("^(?i:" + OPENING + "(?:\\s+(?:de|du|des|d'|avec|chez|à|a|r[ée]union|visite))*\\s+)+");

	private static final Pattern OPENING_LINE = Pattern.compile("(?im)^\\s*" + OPENING
			+ "(?:\\s+(?:de|du|des|d'|avec|chez|à|a|r[ée]union|visite))*\\s+(" + NAME + ")\\s*[:,–-]");

	private static final Pattern REGISTRY_LABEL = Pattern.compile("(?i)^(?:siren|siret|ninea|rccm)\\b");

	private static final Pattern DOMAIN = Pattern.compile("@([a-z0-9-]+)\\.(?:[a-z0-9-]+\\.)*[a-z]{2,}");

	static final Set<String> NOT_ACCOUNTS = Set.copyOf(List.of("fcfa", "cfa", "xof", "xaf", "eur", "usd", "tva", "ht",
			"ttc", "dsi", "daf", "dg", "dga", "pdg", "drh", "rdv", "crm", "erp", "si", "it", "pme", "rh", "tma", "sla",
			"ao", "dao", "nb", "ps", "pj", "sarl", "sa", "sas", "suarl", "gie", "ong", "btp", "ras", "urgent", "objet",
			"tel", "fax", "wifi", "lan", "wan", "vpn", "pc", "gps", "api", "sms", "ip", "hp", "dell", "cisco",
			"microsoft", "oracle", "sap", "sage", "lenovo", "fortinet", "vmware", "google", "aws", "azure", "office",
			"windows", "linux", "odoo", "salesforce", "huawei", "ibm", "apple", "samsung", "kaspersky", "veeam", "zoom",
			"teams", "avis", "appel", "marche", "ref", "reference", "cv", "led", "ups", "ssd", "ram", "cpu", "ged",
			"bi", "m365", "o365", "iso", "rgpd", "kyc", "rfp", "rfi", "rfq", "ceo", "cto", "cfo", "coo", "ttc", "nda",
			"poc", "mvp", "sms", "usb", "hd", "tpe", "cctv", "sd", "gsm", "uemoa", "cedeao", "ohada", "dtai", "ptf",
			"bm", "fmi", "dcmp", "armp", "uhd", "dpo", "mrc", "ppm", "pmo", "ttc", "vip", "hse", "qse", "wms", "tms",
			"pos", "tpv", "ccag", "ccap", "cctp", "rc", "ninea", "rccm", "bp", "tel", "mob", "gsm", "web", "url", "www",
			"http", "https", "faq", "ok", "asap", "gmao", "sirh", "paie", "mdm", "sdwan", "soc", "siem", "pca", "pra",
			"ged", "dmp", "bps", "jpg", "pdf", "png", "senegal", "dakar", "nous", "bonjour", "note", "memo", "compte",
			"rendu", "client", "prospect", "fin", "de", "la", "le", "les", "des", "du", "et", "cordialement", "madame",
			"monsieur", "contact", "date", "projet", "email", "mail", "ici", "salon", "forum", "vente", "direction",
			"offre", "mission", "equipe", "voir", "suite", "relance", "important", "info", "infos", "besoin", "budget",
			"delai", "demo", "prochaine", "etape", "tres", "bien", "carte", "visite", "transcription", "vocal", "le",
			"notes", "call", "idem", "lot", "lots", "unique", "ouverture", "depot", "detail", "publie", "limite",
			"cote", "ivoire", "republique", "ministere", "agence", "banque", "societe", "groupe", "mme", "mr", "dr",
			"tel.", "port", "site", "abidjan", "bamako", "lome", "cotonou", "conakry", "douala", "niamey", "lomé"));

	private static final Set<String> LEADING_NOISE = Set.of("notre", "votre", "leur", "leurs", "nos", "vos", "cette",
			"ce", "mon", "ma", "mes", "via", "suite", "je", "il", "elle", "ils", "on", "merci", "bonjour", "la", "le",
			"les", "chez", "client", "cliente", "note", "compte", "rendu", "memo", "objet", "rdv", "prospection",
			"appel", "visite", "campagne", "webinaire", "dsi", "daf", "dg", "pdg", "drh", "m.", "mme", "et", "de", "du",
			"des", "avec", "pour", "par", "donc", "puis", "alors", "aussi", "nb", "ps", "re", "tr", "fwd");

	private AccountNames() {
	}

	record Candidate(String name, int start, int end, double score) {
	}

	static Optional<ExtractedSpan> best(FoldedText text, List<ContactPoints.Email> emails, PersonNames.Person contact) {
		return best(text, emails, (contact != null) ? contact.full() : null);
	}

	static Optional<ExtractedSpan> best(FoldedText text, List<ContactPoints.Email> emails,
			@org.jspecify.annotations.Nullable String contactName) {
		List<Candidate> candidates = candidates(text, emails);
		String contactKey = (contactName != null) ? LegalForms.normalise(contactName) : "";
		Map<String, List<Candidate>> groups = new LinkedHashMap<>();
		for (Candidate candidate : candidates) {
			String key = LegalForms.normalise(candidate.name());
			if (key.length() < 2 || NOT_ACCOUNTS.contains(key) || key.equals(contactKey) || isPlace(key)) {
				continue;
			}
			String existing = groups.keySet()
				.stream()
				.filter((k) -> k.equals(key) || k.replace(" ", "").equals(key.replace(" ", ""))
						|| (key.length() >= 4 && k.startsWith(key + " "))
						|| (k.length() >= 4 && key.startsWith(k + " ")))
				.findFirst()
				.orElse(key);
			groups.computeIfAbsent(existing, (k) -> new ArrayList<>()).add(candidate);
		}
		Candidate bestCandidate = null;
		double bestScore = 0;
		for (List<Candidate> group : groups.values()) {
			double score = group.stream().mapToDouble(Candidate::score).max().orElse(0) + 0.5 * (group.size() - 1);
			if (score > bestScore) {
				bestScore = score;
				bestCandidate = group.stream()
					.filter((c) -> c.start() >= 0 && c.score() >= 2)
					.max(java.util.Comparator.comparingDouble(Candidate::score)
						.thenComparingInt((c) -> c.name().length()))
					.orElse(group.get(0));
			}
		}
		if (bestCandidate == null) {
			return Optional.empty();
		}
		double confidence = Math.min(0.95, 0.3 + bestScore / 8);
		return Optional
			.of(new ExtractedSpan(bestCandidate.name(), bestCandidate.start(), bestCandidate.end(), confidence));
	}

	private static boolean isPlace(String key) {
		for (Countries.Country country : Countries.ALL) {
			if (country.names().contains(key) || country.cities().contains(key)) {
				return true;
			}
		}
		return false;
	}

	static List<Candidate> candidates(FoldedText text, List<ContactPoints.Email> emails) {
		String s = text.original();
		List<Candidate> candidates = new ArrayList<>();
		Matcher m = LABEL.matcher(s);
		while (m.find()) {
			String value = m.group(1).split("\\s+[-–(]\\s*|[,;(]|\\s{2,}")[0].trim();
			value = value.replaceAll("[.:]+$", "");
			add(candidates, value, m.start(1), 5);
		}
		letterhead(s, candidates);
		m = FORM_AFTER.matcher(s);
		while (m.find()) {
			String name = trimLeading(m.group(1));
			if (!name.isEmpty()) {
				add(candidates, name + " " + m.group(2), m.end() - name.length() - m.group(2).length() - 1, 4);
			}
		}
		m = FORM_BEFORE.matcher(s);
		while (m.find()) {
			add(candidates, m.group(), m.start(), 4);
		}
		m = INSTITUTION.matcher(s);
		while (m.find()) {
			String name = INSTITUTION_STOP.matcher(m.group(1)).replaceFirst("");
			name = name.split("[,.;:\\n()]")[0].trim();
			name = name.replaceAll("\\s+(?:de|du|des|la|le|et|d'|l'|pour|en|à)$", "");
			if (name.split("\\s+").length >= 2) {
				add(candidates, name, m.start(1), 3.5);
			}
		}
		m = CUE.matcher(s);
		while (m.find()) {
			boolean capitalisedCue = Character.isUpperCase(s.charAt(m.start()))
					&& s.substring(m.start()).matches("(?s)(?:Soci|Entreprise|Groupe|Compagnie).*");
			int from = capitalisedCue ? m.start() : m.start(1);
			add(candidates, cutAtLowercase(s.substring(from, m.end(1))), from, 3);
		}
		m = HEADER.matcher(s);
		while (m.find()) {
			add(candidates, cutAtLowercase(m.group(1)), m.start(1), 3);
		}
		m = SUBJECT.matcher(s);
		while (m.find()) {
			String name = trimLeading(m.group(1));
			if (!PersonNames.isFirstName(name.split("[ \\t]+")[0]) && !name.isEmpty()) {
				add(candidates, name, m.end(1) - name.length(), 2.5);
			}
		}
		m = OPENING_LINE.matcher(s);
		while (m.find()) {
			if (!PersonNames.isFirstName(m.group(1).split("[ \\t]+")[0])) {
				add(candidates, m.group(1), m.start(1), 4);
			}
		}
		m = PARENTHESISED.matcher(s);
		while (m.find()) {
			String name = m.group(1);
			if (!PersonNames.TITLE.matcher(name).lookingAt() && !PersonNames.isFirstName(name.split(" ")[0])) {
				add(candidates, name, m.start(1), 2.8);
			}
		}
		m = LOWERCASE_INSTITUTION.matcher(s);
		while (m.find()) {
			String name = INSTITUTION_STOP.matcher(m.group(1)).replaceFirst("");
			add(candidates, titleCase(name), m.start(1), 2.2);
		}
		m = ROLE_OF.matcher(s);
		while (m.find()) {
			add(candidates, cutAtLowercase(m.group(1)), m.start(1), 3);
		}
		m = ACRONYM.matcher(s);
		while (m.find()) {
			String token = m.group(1);
			if (token.matches("\\d+.*") || PersonNames.isFirstName(token)
					|| EVENT_BEFORE.matcher(FoldedText.fold(s.substring(Math.max(0, m.start() - 12), m.start())))
						.find()) {
				continue;
			}
			add(candidates, token, m.start(1), 2);
			Matcher extension = ACRONYM_EXTENSION.matcher(s).region(m.end(), s.length());
			if (extension.lookingAt() && !PersonNames.isFirstName(extension.group(1).trim().split(" ")[0])) {
				add(candidates, token + extension.group(1), m.start(1), 2.1);
			}
		}
		m = UPPER_LINE.matcher(s);
		while (m.find()) {
			String line = m.group(1).trim();
			String[] tokens = line.split("\\s+");
			if (tokens.length >= 2 && tokens.length <= 6 && !PersonNames.isFirstName(tokens[0])
					&& line.matches(".*[A-Z]{3,}.*")) {
				add(candidates, line, m.start(1), 2.5);
			}
		}
		m = DOMAIN.matcher(FoldedText.fold(s));
		while (m.find()) {
			String label = m.group(1);
			if (ContactPoints.FREE_MAIL.contains(label)) {
				continue;
			}
			int at = m.start();
			boolean generic = emails.stream().anyMatch((e) -> e.start() <= at && at < e.end() && e.generic());
			String name = capitaliseDomain(label);
			candidates.add(new Candidate(name, -1, -1, generic ? 1.8 : 1.5));
		}
		return candidates;
	}

	/**
	 * A letter or a document names its sender on its first lines (the letterhead), before
	 * any e-mail address: "PORT AUTONOME DE DAKAR" above the text outweighs
	 * "@portdakar.sn" below it.
	 */
	private static void letterhead(String text, List<Candidate> candidates) {
		int offset = 0;
		int seen = 0;
		for (String line : text.split("\n", -1)) {
			String trimmed = line.strip();
			if (!trimmed.isEmpty()) {
				seen++;
				Matcher institution = INSTITUTION.matcher(trimmed);
				boolean upper = UPPER_LINE.matcher(trimmed).matches() && trimmed.matches(".*[A-Z]{3,}.*")
						&& trimmed.split("\\s+").length <= 6;
				if (upper && !PersonNames.isFirstName(trimmed.split("\\s+")[0])) {
					add(candidates, titleCase(trimmed.toLowerCase(Locale.ROOT)), offset + line.indexOf(trimmed), 4.5);
				}
				else if (institution.lookingAt() && institution.group(1).length() == trimmed.length()) {
					add(candidates, trimmed, offset + line.indexOf(trimmed), 4.5);
				}
			}
			if (seen >= 2) {
				return;
			}
			offset += line.length() + 1;
		}
	}

	private static void add(List<Candidate> candidates, String name, int start, double score) {
		String cleaned = OPENING_WORDS.matcher(name).replaceFirst("");
		cleaned = cleaned.replaceAll("^(?i:(?:la|le|les)\\s+|l['’]\\s*)", "").replaceAll("[\\s.,;:]+$", "").trim();
		if (cleaned.replaceAll("[^\\p{L}]", "").length() < 2 || REGISTRY_LABEL.matcher(cleaned).find()) {
			return;
		}
		int offset = name.indexOf(cleaned);
		int from = start + Math.max(0, offset);
		candidates.add(new Candidate(cleaned, from, from + cleaned.length(), score));
	}

	private static String trimLeading(String name) {
		String[] tokens = name.split("\\s+");
		int i = 0;
		while (i < tokens.length && (PersonNames.TITLE.matcher(tokens[i]).matches()
				|| LEADING_NOISE.contains(FoldedText.fold(tokens[i])))) {
			i++;
		}
		return String.join(" ", java.util.Arrays.copyOfRange(tokens, i, tokens.length));
	}

	private static String cutAtLowercase(String name) {
		String[] tokens = name.split("\\s+");
		List<String> kept = new ArrayList<>();
		for (String token : tokens) {
			if (token.matches("(?i:de|du|des|la|le|et|d'|l'|&|en)")) {
				kept.add(token);
				continue;
			}
			if (!Character.isUpperCase(token.charAt(0)) && !Character.isDigit(token.charAt(0))) {
				break;
			}
			kept.add(token);
		}
		while (!kept.isEmpty() && kept.get(kept.size() - 1).matches("(?i:de|du|des|la|le|et|d'|l'|&|en)")) {
			kept.remove(kept.size() - 1);
		}
		return String.join(" ", kept);
	}

	private static String titleCase(String name) {
		StringBuilder out = new StringBuilder();
		for (String word : name.split(" ")) {
			if (!out.isEmpty()) {
				out.append(' ');
			}
			out.append(word.matches("de|du|des|la|le|l'|d'|et") ? word
					: Character.toUpperCase(word.charAt(0)) + word.substring(1));
		}
		return out.toString();
	}

	private static String capitaliseDomain(String label) {
		StringBuilder out = new StringBuilder();
		for (String part : label.split("-")) {
			if (part.isEmpty()) {
				continue;
			}
			if (!out.isEmpty()) {
				out.append(' ');
			}
			out.append(part.length() <= 4 ? part.toUpperCase(Locale.ROOT)
					: Character.toUpperCase(part.charAt(0)) + part.substring(1));
		}
		return out.toString();
	}

}

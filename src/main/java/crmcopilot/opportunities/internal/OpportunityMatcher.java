package crmcopilot.opportunities.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import crmcopilot.crm.Opportunity;
import crmcopilot.opportunities.ExtractedField;
import crmcopilot.opportunities.OpportunityExtraction;
import org.jspecify.annotations.Nullable;

/**
 * Finds the open opportunity of an account a note is about: words of the need shared with
 * the opportunity's name and description, an amount of the same scale, a deal opened
 * recently. {@code SURE} needs two shared words, a compatible amount and no rival deal as
 * close; one shared word, or a lone recent deal and a note that names no need of its own,
 * is only {@code PROBABLE}.
 */
final class OpportunityMatcher {

	/** Words of every deal that say nothing of which one it is. */
	private static final Set<String> COMMON = Set.of("les", "des", "une", "pour", "avec", "sur", "dans", "leur", "ils",
			"elles", "nous", "vous", "aux", "est", "sont", "cette", "ces", "qui", "que", "par", "pas", "plus", "son",
			"ses", "notre", "votre", "tout", "tous", "aussi", "avant", "apres", "fin", "mois", "semaine", "devis",
			"relance", "projet", "besoin", "demande", "offre", "proposition", "budget", "contrat", "client", "rdv",
			"mail", "appel", "rencontre", "visite", "millions", "million", "fcfa", "xof", "eur", "euros", "mille",
			"veulent", "veut", "souhaite", "souhaitent", "confirme", "attend", "decision", "nouveau", "nouvelle",
			"janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre",
			"decembre", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "demain", "prochain",
			"prochaine", "point", "suite", "bonjour", "merci", "cordialement");

	private static final double SURE_SCORE = 0.7;

	private static final double PROBABLE_SCORE = 0.45;

	/** A lone open deal older than this is not proposed without a shared word. */
	private static final long LONE_DEAL_DAYS = 60;

	private OpportunityMatcher() {
	}

	/** Why a deal was taken: a message key and its arguments. */
	record Reason(String key, List<Object> args) {
	}

	record Found(Opportunity opportunity, OpportunityMatch.Level level, double score, List<Reason> reasons,
			List<OpportunityMatch.FieldChange> changes) {
	}

	/**
	 * @param lastActivity the date of each opportunity's latest note (its creation date
	 * when absent)
	 */
	static Optional<Found> match(String text, Map<String, String> values, OpportunityExtraction extraction,
			LocalDate noteDate, List<Opportunity> accountOpportunities, Map<UUID, LocalDate> lastActivity) {
		List<Opportunity> open = accountOpportunities.stream().filter(OpportunityMatcher::open).toList();
		if (open.isEmpty()) {
			return Optional.empty();
		}
		Set<String> accountWords = new HashSet<>(words(values.getOrDefault("accountName", "")).keySet());
		accountWords.addAll(words(values.getOrDefault("contactFirstName", "") + " "
				+ values.getOrDefault("contactLastName", "") + " " + values.getOrDefault("contactTitle", ""))
			.keySet());
		Set<String> noteWords = words(text).keySet();
		Double amount = number(values.get("amount"));
		List<Scored> scored = new ArrayList<>();
		for (Opportunity candidate : open) {
			LocalDate opened = lastActivity.getOrDefault(candidate.id(),
					candidate.createdAt().atZone(ZoneOffset.UTC).toLocalDate());
			scored.add(score(candidate, noteWords, accountWords, amount, noteDate, opened));
		}
		scored.sort(Comparator.comparingDouble(Scored::score).reversed());
		Scored best = scored.get(0);
		boolean rival = scored.size() > 1 && scored.get(1).shared().size() >= best.shared().size();
		List<Reason> reasons = new ArrayList<>();
		OpportunityMatch.Level level;
		if (!best.shared().isEmpty()) {
			reasons.add(new Reason("opportunities.dealMatch.words", List.of(String.join(", ", best.shared()))));
			boolean sure = best.shared().size() >= 2 && best.amountScore() > 0 && best.score() >= SURE_SCORE && !rival;
			if (!sure && best.score() < PROBABLE_SCORE) {
				return Optional.empty();
			}
			level = sure ? OpportunityMatch.Level.SURE : OpportunityMatch.Level.PROBABLE;
		}
		else if (open.size() == 1 && best.ageDays() <= LONE_DEAL_DAYS && best.amountScore() > 0
				&& ownNeedWords(text, accountWords).isEmpty()) {
			reasons.add(new Reason("opportunities.dealMatch.only", List.of()));
			level = OpportunityMatch.Level.PROBABLE;
		}
		else {
			return Optional.empty();
		}
		if (amount != null && best.opportunity().amount() != null && best.amountScore() >= 1) {
			reasons.add(new Reason("opportunities.dealMatch.amount", List.of(best.opportunity().amount(), amount)));
		}
		reasons.add(new Reason("opportunities.dealMatch.age", List.of(best.ageDays())));
		return Optional.of(new Found(best.opportunity(), level, best.score(), reasons,
				changes(best.opportunity(), values, extraction)));
	}

	private record Scored(Opportunity opportunity, List<String> shared, double amountScore, long ageDays,
			double score) {
	}

	private static Scored score(Opportunity candidate, Set<String> noteWords, Set<String> accountWords,
			@Nullable Double amount, LocalDate noteDate, LocalDate lastActivity) {
		Map<String, String> dealWords = words(candidate.name());
		// the description and next step are notes: their capitalised words are people
		words(((candidate.description() != null) ? candidate.description() : "") + " "
				+ ((candidate.nextStep() != null) ? candidate.nextStep() : ""))
			.forEach((word, token) -> {
				if (!Character.isUpperCase(token.charAt(0))) {
					dealWords.putIfAbsent(word, token);
				}
			});
		dealWords.keySet().removeAll(accountWords);
		List<String> shared = dealWords.entrySet()
			.stream()
			.filter((e) -> noteWords.contains(e.getKey()))
			.map(Map.Entry::getValue)
			.toList();
		double wordScore = Math.min(1.0, shared.size() / (double) Math.max(1, Math.min(3, dealWords.size())));
		double amountScore = amountScore(amount, candidate.amount());
		long age = Math.abs(ChronoUnit.DAYS.between(lastActivity, noteDate));
		double recency = (age <= 30) ? 1.0 : (age <= 90) ? 0.7 : (age <= 180) ? 0.4 : 0.1;
		return new Scored(candidate, shared, amountScore, age, 0.6 * wordScore + 0.2 * amountScore + 0.2 * recency);
	}

	/** 1 for the same scale, 0.6 when unknown or somewhat apart, 0 when far apart. */
	private static double amountScore(@Nullable Double note, @Nullable Double deal) {
		if (note == null || deal == null || note <= 0 || deal <= 0) {
			return 0.6;
		}
		double ratio = Math.max(note, deal) / Math.min(note, deal);
		return (ratio <= 1.5) ? 1.0 : (ratio <= 3) ? 0.6 : 0.0;
	}

	/**
	 * The need the note names itself, beyond its account, contact and dates: none in
	 * "Relance Sonatel : Awa confirme le budget, décision fin mars".
	 */
	private static Set<String> ownNeedWords(String text, Set<String> accountWords) {
		Map<String, String> own = words(text);
		own.keySet().removeAll(accountWords);
		own.keySet().removeIf((word) -> word.chars().allMatch(Character::isDigit) && word.length() <= 2);
		// capitalised words are names (people, places), not needs
		own.values().removeIf((token) -> Character.isUpperCase(token.charAt(0)));
		return own.keySet();
	}

	private static List<OpportunityMatch.FieldChange> changes(Opportunity deal, Map<String, String> values,
			OpportunityExtraction extraction) {
		List<OpportunityMatch.FieldChange> changes = new ArrayList<>();
		Double amount = number(values.get("amount"));
		if (amount != null && (deal.amount() == null || Math.abs(deal.amount() - amount) > 0.005)) {
			changes.add(new OpportunityMatch.FieldChange("amount",
					(deal.amount() != null) ? plain(deal.amount()) : null, plain(amount)));
		}
		stated(extraction.stage(), values.get("stage")).filter((stage) -> !stage.equalsIgnoreCase(deal.stage()))
			.ifPresent((stage) -> changes.add(new OpportunityMatch.FieldChange("stage", deal.stage(), stage)));
		stated(extraction.closeDate(), values.get("closeDate"))
			.filter((date) -> !date.equals(deal.closeDate().toString()))
			.ifPresent((date) -> changes
				.add(new OpportunityMatch.FieldChange("closeDate", deal.closeDate().toString(), date)));
		String nextStep = values.get("nextStep");
		if (nextStep != null && !nextStep.isBlank() && !nextStep.equals(deal.nextStep())) {
			changes.add(new OpportunityMatch.FieldChange("nextStep", deal.nextStep(), nextStep));
		}
		return changes;
	}

	/** A value the text states (not a default the engine filled in). */
	private static Optional<String> stated(ExtractedField field, @Nullable String value) {
		return (field.hasSpan() && value != null && !value.isBlank()) ? Optional.of(value) : Optional.empty();
	}

	static boolean open(Opportunity opportunity) {
		String stage = FoldedText.fold(opportunity.stage());
		return !(stage.contains("clos") || stage.contains("gagn") || stage.contains("perdu") || stage.contains("won")
				|| stage.contains("lost") || stage.contains("expir"));
	}

	/**
	 * Folded, singular words of three letters or more (or numbers), to their first
	 * spelling.
	 */
	static Map<String, String> words(String text) {
		Map<String, String> words = new LinkedHashMap<>();
		for (String token : text.split("[^\\p{L}\\p{N}]+")) {
			String folded = FoldedText.fold(token);
			boolean number = folded.chars().allMatch(Character::isDigit);
			if ((number && folded.length() < 2) || (!number && folded.length() < 3)) {
				continue;
			}
			String stem = (!number && folded.length() > 3 && (folded.endsWith("s") || folded.endsWith("x")))
					? folded.substring(0, folded.length() - 1) : folded;
			if (!COMMON.contains(stem) && !COMMON.contains(folded)) {
				words.putIfAbsent(stem, token);
			}
		}
		return words;
	}

	private static @Nullable Double number(@Nullable String value) {
		if (value == null) {
			return null;
		}
		try {
			return Double.parseDouble(value.replaceAll("[\\s\\u00a0\\u202f]", "").replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static String plain(double amount) {
		return BigDecimal.valueOf(amount).stripTrailingZeros().toPlainString();
	}

}

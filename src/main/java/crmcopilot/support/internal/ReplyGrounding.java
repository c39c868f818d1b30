package crmcopilot.support.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Finds the reply a triage may send: a knowledge-base article of the message's language
 * that answers the question (above the relevance floor) and is complete (every
 * placeholder filled), composed for the customer; otherwise, and always when a person
 * must answer, a holding reply for the category, marked not grounded.
 * <p>
 * The floor was chosen on the labelled set of {@code eval/support/} (see its README): an
 * article must contain most of what the message says in the knowledge base's own words
 * ({@link KnowledgeIndex.Scored#coverage()}), share at least two of them, and reach a
 * minimum TF-IDF similarity; when the customer reports a problem ("arrivé cassé"), the
 * article must speak of that problem. Sharing one topic word ("remboursement", "fois") is
 * not enough. A message that asks nothing (no question, no request) gets no article: it
 * states a situation, which no article answers.
 */
final class ReplyGrounding {

	/** Share of the message's knowledge-base words the article must contain. */
	static final double FLOOR_COVERAGE = 0.6;

	/**
	 * Share of the message's knowledge-base words an article must contain when the
	 * message has two words or more of its title and tags.
	 */
	static final double FLOOR_COVERAGE_ON_TOPIC = 0.5;

	/** Minimum TF-IDF similarity of the message and the article. */
	static final double FLOOR_SIMILARITY = 0.15;

	/**
	 * Share of the question sentences' known words an article must hold to answer a
	 * message whose story it does not cover, and the share of the whole message it must
	 * still hold.
	 */
	static final double FLOOR_QUESTION_COVERAGE = 0.8;

	static final double FLOOR_COVERAGE_AROUND_QUESTION = 0.3;

	/** Minimum distinct words in common. */
	static final int FLOOR_SHARED = 2;

	/**
	 * One shared word is enough only when it is what the article is about (a word of its
	 * title or tags) and the message says nothing else the knowledge base knows: "je peux
	 * vous le renvoyer ?" and the returns article. These are the coverage and similarity
	 * it then needs.
	 */
	static final double FLOOR_COVERAGE_ONE_WORD = 0.9;

	static final double FLOOR_SIMILARITY_ONE_WORD = 0.2;

	/**
	 * Another article this close to the best (its similarity at least this share of the
	 * best's), covering at least {@link #RIVAL_COVERAGE} of the message, may be what the
	 * customer asks about: neither is sent.
	 */
	static final double AMBIGUITY_RATIO = 0.8;

	static final double RIVAL_COVERAGE = 0.5;

	/**
	 * Articles weighed for a message: enough that an article of another category than the
	 * classifier's is among them.
	 */
	static final int CANDIDATES = 5;

	/** The token of "livraison", "envoyer", "expédier". */
	private static final String DELIVERY = TextTokens.tokens("livraison").get(0);

	/** The service {@link MessageFacts#offerWords} names before what it applies to. */
	private static final java.util.regex.Pattern SERVICE = java.util.regex.Pattern
		.compile("(?:location|reparation) de ");

	/** Adjectives French puts before the noun: "des petits formats" are formats. */
	private static final Set<String> BEFORE_NOUN = Set.copyOf(TextTokens
		.tokens("petit petite petits petites grand grande grands grandes gros grosse bon bonne bons bonnes beau belle"
				+ " beaux nouveau nouvelle nouveaux vrai vraie vieux vieille jeune long longue"));

	private ReplyGrounding() {
	}

	/**
	 * "Suivre la livraison" meets both the tracking article and the address article
	 * (which speaks of the carrier's tracking link): when the words cannot tell them
	 * apart, a person chooses.
	 */
	static boolean ambiguous(KnowledgeIndex.Scored best, KnowledgeIndex.Scored other) {
		return other != best && other.similarity() >= AMBIGUITY_RATIO * best.similarity()
				&& other.coverage() >= RIVAL_COVERAGE && !narrower(other, best);
	}

	/**
	 * The other article, nearly as close, holds the question too and more of it is what
	 * the other is about: "vous êtes ouverts le lundi à la boutique ?" meets the delivery
	 * article (which speaks of collecting in the shop during its opening hours) and the
	 * shop's own article, whose title holds both words.
	 */
	static boolean askedMoreOf(KnowledgeIndex.Scored best, KnowledgeIndex.Coverage bestHolds,
			KnowledgeIndex.Scored other, KnowledgeIndex.Coverage otherHolds) {
		return other != best && holdsQuestion(otherHolds) && otherHolds.topical() > bestHolds.topical()
				&& other.similarity() >= AMBIGUITY_RATIO * best.similarity();
	}

	/**
	 * The other article shares only words the best shares too, and fewer, or fewer of its
	 * title and tags: "livrez-vous en France ?" meets the delivery article of Dakar on
	 * "livrer" and that of France on "livrer" and "France".
	 */
	private static boolean narrower(KnowledgeIndex.Scored other, KnowledgeIndex.Scored best) {
		return best.words().containsAll(other.words())
				&& (best.shared() > other.shared() || best.topical() > other.topical());
	}

	static boolean answers(KnowledgeIndex.Scored scored) {
		if (scored.shared() == 1) {
			return scored.topical() == 1 && scored.coverage() >= FLOOR_COVERAGE_ONE_WORD
					&& scored.similarity() >= FLOOR_SIMILARITY_ONE_WORD;
		}
		// the message must touch what the article is about, not only words of its body;
		// touching it twice or more, it may say more besides
		double coverage = (scored.topical() >= 2) ? FLOOR_COVERAGE_ON_TOPIC : FLOOR_COVERAGE;
		return scored.coverage() >= coverage && scored.similarity() >= FLOOR_SIMILARITY
				&& scored.shared() >= FLOOR_SHARED && scored.topical() >= 1;
	}

	/**
	 * A long message tells much around its question ("le casque me serre trop la tête, je
	 * l'ai porté deux soirs... Je peux vous le renvoyer ? Et je serai remboursé comment
	 * ?"): the article answers when it holds nearly all the question's words, two of them
	 * what it is about, even if it holds little of the story.
	 */
	static boolean answersQuestion(KnowledgeIndex.Scored scored, KnowledgeIndex.Coverage question) {
		return question.share() >= FLOOR_QUESTION_COVERAGE && question.topical() >= FLOOR_SHARED
				&& scored.coverage() >= FLOOR_COVERAGE_AROUND_QUESTION && scored.similarity() >= FLOOR_SIMILARITY;
	}

	/**
	 * The places (as written) of the countries, of those the message names, that no
	 * article speaks of, when the question is about them or about a delivery: "je suis à
	 * Dakar, vous pouvez m'envoyer un climatiseur jusqu'ici ?" to a shop that delivers in
	 * Côte d'Ivoire only. A country named in passing ("mon frère paiera depuis Dakar") is
	 * not asked about.
	 */
	static List<String> unservedCountries(KnowledgeIndex knowledge, String text, List<String> asked) {
		return unservedCountries(knowledge, text, TextTokens.tokens(text), asked);
	}

	/**
	 * @param words the text's {@link TextTokens#tokens}
	 */
	private static List<String> unservedCountries(KnowledgeIndex knowledge, String text, List<String> words,
			List<String> asked) {
		Set<String> named = TextTokens.countries(words);
		named.removeIf(knowledge::knows);
		if (named.isEmpty()) {
			return List.of();
		}
		List<String> question = asked.isEmpty() ? words : asked;
		if (!question.contains(DELIVERY) && question.stream().noneMatch(named::contains)) {
			return List.of();
		}
		// the places as the customer wrote them
		return java.util.Arrays.stream(text.split("[^\\p{L}'’-]+"))
			.filter((word) -> !word.isBlank() && TextTokens.tokens(word).stream().anyMatch(named::contains))
			.distinct()
			.toList();
	}

	/**
	 * What a person will check for a place no article speaks of, named as the customer
	 * wrote it (a city rather than an adjective: "Dakar", not "sénégalaise").
	 */
	static String placeStep(List<String> places, String language) {
		String place = places.stream()
			.filter((word) -> !TextTokens.places(word).isEmpty())
			.findFirst()
			.orElse(places.get(0));
		return "en".equals(language)
				? "An adviser is checking what we can offer for " + place + " and will get back to you shortly."
				: "Un conseiller vérifie ce que nous pouvons proposer pour " + place
						+ " et revient vers vous au plus vite.";
	}

	/**
	 * The article holds nearly all the question's words, one of them what it is about.
	 */
	static boolean holdsQuestion(KnowledgeIndex.Coverage question) {
		return question.share() >= FLOOR_QUESTION_COVERAGE && question.topical() >= 1;
	}

	/**
	 * @param humanOnly the never-automatic intents the message shows: no article then
	 */
	static Grounding ground(TriageRequest request, String category, Set<HumanOnlyIntent> humanOnly) {
		TriageSetup setup = request.setup();
		String language = request.language();
		MessageFacts facts = MessageFacts.of(request.fullText(), language);
		if (!humanOnly.isEmpty()) {
			return holding(request, category, facts,
					RoutingReason.encode(humanOnly.stream()
						.map((intent) -> RoutingReason.of("holding-human-only", intent.code()))
						.toList()));
		}
		// what the message asks, apart from what it tells, read once
		String askedText = AskedSentences.of(request.fullText(), setup.knowledge()::isTopic);
		// stock is read in the question when there is one: "c'est un mitigeur
		// indiqué en stock. Je peux venir le chercher quand ?" asks about collecting
		if (MessageFacts.asksAboutStock(askedText.isEmpty() ? request.fullText() : askedText)) {
			// what is left today is known to the shop's stock, not to its articles
			return holding(request, category, facts,
					RoutingReason.encode(List.of(RoutingReason.of(RoutingReason.HOLDING_STOCK))));
		}
		if (!MessageFacts.asksSomething(request.fullText())) {
			return holding(request, category, facts,
					RoutingReason.encode(List.of(RoutingReason.of(RoutingReason.HOLDING_NO_REQUEST))));
		}
		// read once for the search and the places
		List<String> words = TextTokens.tokens(request.fullText());
		List<KnowledgeIndex.Scored> found = setup.knowledge()
			.search(request.fullText(), words, language, category, CANDIDATES);
		RoutingReason incomplete = null;
		RoutingReason closest = null;
		// read once for every candidate
		List<String> asked = TextTokens.tokens(askedText);
		List<String> unserved = unservedCountries(setup.knowledge(), request.fullText(), words, asked);
		if (!unserved.isEmpty()) {
			return holding(request, category, facts,
					RoutingReason
						.encode(List.of(RoutingReason.of(RoutingReason.HOLDING_PLACE, String.join(", ", unserved)))),
					placeStep(unserved, language));
		}
		Set<String> cities = words.contains(DELIVERY) ? TextTokens.cities(request.fullText()) : Set.of();
		Set<String> countries = TextTokens.countries(words);
		List<String> problem = (facts.problemWords() != null) ? TextTokens.tokens(facts.problemWords()) : null;
		// the opening on a holiday is answered by an article that speaks of that day,
		// not by the usual hours
		Pattern holiday = HolidayOpening.asked(request.fullText());
		String offerWords = MessageFacts.offerWords(request.fullText());
		// the offer's first word names it: "les manuels scolaires" are manuals, which an
		// article of school lists does not sell; a service asked by its verb is named by
		// the service and its object: "vous louez des DVA ?" needs an article on renting
		// that names them
		List<String> offer = (offerWords != null) ? TextTokens.tokens(offerWords)
			.stream()
			.filter((word) -> !BEFORE_NOUN.contains(word))
			.limit(SERVICE.matcher(offerWords).lookingAt() ? 2 : 1)
			.toList() : List.of();
		// how much of the question each candidate holds, weighed once for the filter and
		// the order
		java.util.Map<KnowledgeIndex.Scored, KnowledgeIndex.Coverage> holding = new java.util.IdentityHashMap<>();
		found.forEach((scored) -> holding.put(scored, setup.knowledge().coverage(scored.article(), asked)));
		// an article past the candidates, pushed out by the category's bonus though
		// nearly as close as the closest, may be what the customer asks about: it is
		// not sent, it only makes the best ambiguous
		List<KnowledgeIndex.Scored> passing = found.subList(0, Math.min(CANDIDATES, found.size()))
			.stream()
			.filter((scored) -> (answers(scored) || answersQuestion(scored, holding.get(scored)))
					&& (problem == null || setup.knowledge().mentionsAny(scored.article(), problem))
					&& offer.stream().allMatch((word) -> setup.knowledge().mentionsAny(scored.article(), List.of(word)))
					&& !setup.knowledge().aboutAnotherCity(scored.article(), cities, countries)
					&& (holiday == null || HolidayOpening.answeredBy(holiday, scored.article()))
					&& (asked.isEmpty() || setup.knowledge().mentionsAny(scored.article(), asked)))
			// the category's bonus brings an article among the candidates; of those that
			// pass, one that holds the question comes first ("je compte prendre le grand
			// aquarium... il y a moyen d'étaler le paiement ?" is answered by the payment
			// article, not by the grooming one that speaks of big dogs), then the closest
			// to the message
			.sorted(Comparator.comparing((KnowledgeIndex.Scored scored) -> !holdsQuestion(holding.get(scored)))
				.thenComparing(Comparator.comparingDouble(KnowledgeIndex.Scored::similarity).reversed()))
			.toList();
		if (!passing.isEmpty() && found.stream()
			.anyMatch((other) -> ambiguous(passing.get(0), other)
					|| askedMoreOf(passing.get(0), holding.get(passing.get(0)), other, holding.get(other)))) {
			return holding(request, category, facts,
					RoutingReason.encode(List.of(RoutingReason.of(RoutingReason.HOLDING, language),
							scoredReason(RoutingReason.CLOSEST, passing.get(0)))));
		}
		for (KnowledgeIndex.Scored scored : found) {
			if (!passing.contains(scored)) {
				closest = scoredReason(RoutingReason.CLOSEST, scored);
				break;
			}
		}
		for (KnowledgeIndex.Scored scored : passing) {
			ReplyComposer.Composition composition = ReplyComposer.compose(scored.article(), language,
					request.customerName(), request.fullText(), setup.placeholders(), setup.workspaceName(),
					opening(facts, language));
			if (composition.complete()) {
				double confidence = Math.min(1,
						0.3 + 0.4 * scored.coverage() + scored.similarity() + (scored.sameCategory() ? 0.1 : 0));
				return new Grounding(composition.reply(), scored.article(), Math.round(confidence * 1000) / 1000.0,
						RoutingReason.encode(List.of(scoredReason(RoutingReason.GROUNDED, scored))));
			}
			if (incomplete == null) {
				incomplete = RoutingReason.of(RoutingReason.ARTICLE_INCOMPLETE, scored.article().title(),
						String.join(", ", composition.missing()));
			}
		}
		List<RoutingReason> reasons = new ArrayList<>();
		if (incomplete != null) {
			reasons.add(incomplete);
		}
		else {
			reasons.add(RoutingReason.of(RoutingReason.HOLDING, language));
			if (closest != null) {
				reasons.add(closest);
			}
		}
		return holding(request, category, facts, RoutingReason.encode(reasons));
	}

	private static Grounding holding(TriageRequest request, String category, MessageFacts facts, String reason) {
		return holding(request, category, facts, reason, null);
	}

	/**
	 * @param nextStep what a person will do, or null for the category's holding macro
	 */
	private static Grounding holding(TriageRequest request, String category, MessageFacts facts, String reason,
			@Nullable String nextStep) {
		TriageSetup setup = request.setup();
		if (nextStep == null) {
			nextStep = setup.holdingStep(category, request.language(),
					MacroText.values(request.fullText(), request.language(), request.customerName(), null));
		}
		String body = HoldingReply.compose(facts, category, request.language(), nextStep);
		return new Grounding(
				ReplyComposer.wrap(body, request.language(), request.customerName(), setup.workspaceName()), null, 0.0,
				reason);
	}

	private static RoutingReason scoredReason(String code, KnowledgeIndex.Scored scored) {
		return RoutingReason.of(code, scored.article().title(), String.format(Locale.ROOT, "%.2f", scored.coverage()),
				String.format(Locale.ROOT, "%.2f", scored.similarity()));
	}

	/** Before an article's text: an apology naming the problem, when one is reported. */
	private static String opening(MessageFacts facts, String language) {
		if (!facts.reportsProblem() || facts.problemForReply() == null) {
			return "";
		}
		return "en".equals(language) ? "We are sorry to hear that " + facts.problemForReply() + ".\n\n"
				: "Nous sommes désolés d'apprendre " + Person.que(facts.problemForReply()) + ".\n\n";
	}

	/**
	 * @param article the article the reply states facts of, or null for a holding reply
	 */
	record Grounding(String reply, @Nullable Article article, double confidence, String reason) {

		/** The reply states facts of the knowledge base only. */
		boolean grounded() {
			return this.article != null;
		}

	}

}

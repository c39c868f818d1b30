package crmcopilot.support.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * TF-IDF index of a workspace's knowledge base, built once per setup; scores articles of
 * one language against a message by cosine similarity.
 */
final class KnowledgeIndex {

	private static final java.util.regex.Pattern DURATION = java.util.regex.Pattern.compile(
			"(?iu)\\b\\d+\\s*(?:(?:à|a|-)\\s*\\d+\\s*)?(?:jours?|semaines?|mois|ans?\\b|minutes?|days?|weeks?|months?)");

	/**
	 * Past the limit, an article this close to the closest (its similarity at least this
	 * share of the closest's) is still returned.
	 */
	static final double NEARLY_AS_CLOSE = 0.8;

	static final double BODY_WORD_WEIGHT = 0.5;

	/** The token of "délai", "temps", "durée". */
	private static final String DELAY = TextTokens.tokens("délai").get(0);

	/**
	 * Verbs of a title that say little of its subject: "Prendre rendez-vous au salon" is
	 * about the appointment, and "je compte prendre le grand aquarium" is not.
	 */
	private static final java.util.Set<String> LIGHT_VERBS = java.util.Set
		.copyOf(TextTokens.tokens("prendre prenez prends prend pris prise mettre mettez mis donner obtenir"));

	private final List<Article> articles;

	private final List<Map<String, Double>> vectors = new ArrayList<>();

	private final Map<String, Double> idf = new HashMap<>();

	private final List<java.util.Set<String>> vocabularies = new ArrayList<>();

	/** Words of each article's title and tags: what the article is about. */
	private final List<java.util.Set<String>> topics = new ArrayList<>();

	/** Places (tokens) an article's title or tags name. */
	private final java.util.Set<String> namedPlaces = new java.util.HashSet<>();

	/** Words of every title and tags. */
	private final java.util.Set<String> topicWords = new java.util.HashSet<>();

	/** Cities (tokens) each article's title or tags name. */
	private final List<java.util.Set<String>> topicCities = new ArrayList<>();

	/** Cities (tokens) each article names anywhere as places it covers. */
	private final List<java.util.Set<String>> allCities = new ArrayList<>();

	/** Cities (tokens) each article names only as the limit of what it covers. */
	private final List<java.util.Set<String>> outsideCities = new ArrayList<>();

	/** Countries (tokens) each article names by name, not through a city. */
	private final List<java.util.Set<String>> countriesByName = new ArrayList<>();

	public KnowledgeIndex(List<Article> articles) {
		this.articles = List.copyOf(articles);
		List<Map<String, Integer>> counts = new ArrayList<>();
		List<List<String>> places = new ArrayList<>();
		List<List<String>> titlePlaces = new ArrayList<>();
		Map<String, Integer> documentFrequency = new HashMap<>();
		for (Article article : this.articles) {
			Map<String, Integer> tf = new HashMap<>();
			String keywords = (article.keywords() != null) ? article.keywords() : "";
			String categorie = (article.categorie() != null) ? article.categorie() : "";
			String text = article.title() + " " + article.title() + " " + keywords + " " + keywords + " " + categorie
					+ " " + article.body();
			for (String token : TextTokens.tokens(text)) {
				tf.merge(token, 1, Integer::sum);
			}
			places.add(TextTokens.places(text));
			this.topicCities.add(java.util.Set.copyOf(TextTokens.cities(article.title() + " " + keywords)));
			java.util.Set<String> covered = TextTokens.citiesCovered(text);
			this.allCities.add(java.util.Set.copyOf(covered));
			java.util.Set<String> outside = TextTokens.cities(text);
			outside.removeAll(covered);
			this.outsideCities.add(java.util.Set.copyOf(outside));
			this.countriesByName.add(java.util.Set.copyOf(TextTokens.countriesByName(text)));
			titlePlaces.add(TextTokens.places(article.title() + " " + keywords));
			this.namedPlaces.addAll(titlePlaces.get(titlePlaces.size() - 1));
			if (DURATION.matcher(article.body()).find()) {
				// an article stating a duration ("2 à 4 jours ouvrés", "valables 6 mois")
				// answers "combien de temps"
				tf.merge(DELAY, 1, Integer::sum);
			}
			counts.add(tf);
		}
		// a place is read as itself only where an article is about it: "Livraison en
		// régions (Thiès, Ziguinchor)" apart from "Livraison à Dakar"
		for (int i = 0; i < this.articles.size(); i++) {
			Article article = this.articles.get(i);
			String keywords = (article.keywords() != null) ? article.keywords() : "";
			Map<String, Integer> tf = counts.get(i);
			places.get(i)
				.stream()
				.filter(this.namedPlaces::contains)
				.forEach((place) -> tf.merge(place, 1, Integer::sum));
			tf.keySet().forEach((token) -> documentFrequency.merge(token, 1, Integer::sum));
			this.vocabularies.add(java.util.Set.copyOf(tf.keySet()));
			java.util.Set<String> topic = new java.util.HashSet<>(TextTokens.tokens(article.title() + " " + keywords));
			topic.removeAll(LIGHT_VERBS);
			topic.addAll(titlePlaces.get(i));
			this.topics.add(java.util.Set.copyOf(topic));
			this.topicWords.addAll(topic);
		}
		int n = Math.max(1, this.articles.size());
		documentFrequency.forEach((token, df) -> this.idf.put(token, Math.log(1.0 + n / (double) df)));
		for (Map<String, Integer> tf : counts) {
			this.vectors.add(normalise(weigh(tf)));
		}
	}

	public List<Article> articles() {
		return this.articles;
	}

	/**
	 * Articles in {@code language}, best first; an article of {@code category} gets a
	 * bonus. Past {@code limit}, the articles nearly as close as the closest
	 * ({@link #NEARLY_AS_CLOSE}) follow.
	 */
	public List<Scored> search(String text, String language, @Nullable String category, int limit) {
		return search(text, TextTokens.tokens(text), language, category, limit);
	}

	/**
	 * @param tokens the text's {@link TextTokens#tokens}, read once by the caller
	 */
	public List<Scored> search(String text, List<String> tokens, String language, @Nullable String category,
			int limit) {
		Map<String, Integer> tf = new HashMap<>();
		for (String token : tokens) {
			tf.merge(token, 1, Integer::sum);
		}
		TextTokens.places(text)
			.stream()
			.filter(this.namedPlaces::contains)
			.forEach((place) -> tf.merge(place, 1, Integer::sum));
		// numbers (an order number, an amount) say what the message is about only
		// through the words around them
		double known = tf.keySet().stream().filter((token) -> !number(token)).mapToDouble(this::weight).sum();
		Map<String, Double> query = normalise(weigh(tf));
		List<Scored> scored = new ArrayList<>();
		for (int i = 0; i < this.articles.size(); i++) {
			Article article = this.articles.get(i);
			if (!article.language().equalsIgnoreCase(language)) {
				continue;
			}
			double similarity = cosine(query, this.vectors.get(i));
			if (similarity <= 0) {
				continue;
			}
			boolean sameCategory = category != null && category.equals(article.categorie());
			java.util.Set<String> vocabulary = this.vocabularies.get(i);
			java.util.Set<String> topic = this.topics.get(i);
			double covered = 0;
			java.util.Set<String> shared = new java.util.HashSet<>();
			int topical = 0;
			for (String token : tf.keySet()) {
				if (vocabulary.contains(token) && !number(token)) {
					covered += weight(token);
					shared.add(token);
					topical += topic.contains(token) ? 1 : 0;
				}
			}
			scored.add(new Scored(article, similarity, sameCategory, (known > 0) ? covered / known : 0,
					java.util.Set.copyOf(shared), topical));
		}
		scored.sort(Comparator.comparingDouble(Scored::rank).reversed());
		List<Scored> best = new ArrayList<>(scored.subList(0, Math.min(limit, scored.size())));
		// the category's bonus brings an article in, and does not push out one nearly as
		// close as the closest: "vous êtes ouverts le lundi à la boutique ?", read as a
		// product question, still meets the shop's own article
		double closest = scored.stream().mapToDouble(Scored::similarity).max().orElse(0);
		scored.subList(best.size(), scored.size())
			.stream()
			.filter((other) -> other.similarity() >= NEARLY_AS_CLOSE * closest)
			.forEach(best::add);
		return best;
	}

	/**
	 * A word's weight in coverage: its IDF, halved when no article is about it (in no
	 * title or tags): a product or a place the articles only mention.
	 */
	private double weight(String token) {
		double idf = this.idf.getOrDefault(token, 0.0);
		return this.topicWords.contains(token) ? idf : BODY_WORD_WEIGHT * idf;
	}

	private static boolean number(String token) {
		return Character.isDigit(token.charAt(0)) && token.chars().allMatch(Character::isDigit);
	}

	/**
	 * How much of {@code tokens} (of {@link TextTokens#tokens}) the article holds: the
	 * share, weighed as {@link Scored#coverage()}, of those the knowledge base knows, and
	 * how many distinct ones are words of its title or tags.
	 */
	public Coverage coverage(Article article, java.util.Collection<String> tokens) {
		int index = this.articles.indexOf(article);
		java.util.Set<String> distinct = new java.util.HashSet<>(tokens);
		distinct.removeIf((token) -> number(token) || !this.idf.containsKey(token));
		double known = distinct.stream().mapToDouble(this::weight).sum();
		if (index < 0 || known == 0) {
			return new Coverage(0, 0);
		}
		double covered = 0;
		int topical = 0;
		for (String token : distinct) {
			if (this.vocabularies.get(index).contains(token)) {
				covered += weight(token);
				topical += this.topics.get(index).contains(token) ? 1 : 0;
			}
		}
		return new Coverage(covered / known, topical);
	}

	/** Whether some article holds the token. */
	public boolean knows(String token) {
		return this.idf.containsKey(token) || number(token);
	}

	/**
	 * The article is about a city (in its title or tags) and the message, asking about a
	 * delivery, names only others: "Livraison à Bruxelles (19 communes)" does not say
	 * what a delivery to Namur costs, nor a shop's Marseille store how to have a parcel
	 * in Paris tomorrow. An article that names the message's country by name ("Livraison
	 * au Sénégal", tagged Dakar) is about that country, unless it names the message's
	 * city as outside what it covers: "Livraison à l'intérieur du pays" that ships across
	 * Côte d'Ivoire "hors du Grand Abidjan" is not about Yopougon.
	 * @param cities the cities the message names, empty when it asks about no delivery
	 * @param countries the countries the message names, by name or through a city
	 */
	public boolean aboutAnotherCity(Article article, java.util.Set<String> cities, java.util.Set<String> countries) {
		int index = this.articles.indexOf(article);
		if (cities.isEmpty() || index < 0) {
			return false;
		}
		java.util.Set<String> named = this.topicCities.get(index);
		return !named.isEmpty() && java.util.Collections.disjoint(this.allCities.get(index), cities)
				&& (java.util.Collections.disjoint(this.countriesByName.get(index), countries)
						|| !java.util.Collections.disjoint(this.outsideCities.get(index), cities));
	}

	/** Whether the tokens are all words of one article's title or tags. */
	public boolean aboutAll(java.util.Collection<String> tokens) {
		return this.topics.stream().anyMatch((topic) -> topic.containsAll(tokens));
	}

	/** Whether a token is a word of some article's title or tags. */
	public boolean isTopic(String token) {
		return this.topicWords.contains(token);
	}

	/** Whether the article holds one of the words of {@code text}. */
	public boolean mentions(Article article, String text) {
		return mentionsAny(article, TextTokens.tokens(text));
	}

	/** Whether the article holds one of {@code tokens} (of {@link TextTokens#tokens}). */
	public boolean mentionsAny(Article article, java.util.Collection<String> tokens) {
		int index = this.articles.indexOf(article);
		return index >= 0 && tokens.stream().anyMatch(this.vocabularies.get(index)::contains);
	}

	private Map<String, Double> weigh(Map<String, Integer> tf) {
		Map<String, Double> weights = new HashMap<>();
		tf.forEach((token, count) -> {
			Double idf = this.idf.get(token);
			if (idf != null) {
				weights.put(token, (1 + Math.log(count)) * idf);
			}
		});
		return weights;
	}

	private static Map<String, Double> normalise(Map<String, Double> vector) {
		double norm = Math.sqrt(vector.values().stream().mapToDouble((v) -> v * v).sum());
		if (norm > 0) {
			vector.replaceAll((token, value) -> value / norm);
		}
		return vector;
	}

	private static double cosine(Map<String, Double> a, Map<String, Double> b) {
		Map<String, Double> small = (a.size() < b.size()) ? a : b;
		Map<String, Double> large = (small == a) ? b : a;
		double dot = 0;
		for (Map.Entry<String, Double> entry : small.entrySet()) {
			Double other = large.get(entry.getKey());
			if (other != null) {
				dot += entry.getValue() * other;
			}
		}
		return dot;
	}

	/**
	 * @param share weighed share of the words the knowledge base knows
	 * @param topical how many of them are words of the article's title or tags
	 */
	public record Coverage(double share, int topical) {
	}

	/**
	 * An article and how well it matches.
	 *
	 * @param similarity TF-IDF cosine of the message and the article
	 * @param sameCategory the article answers the message's category
	 * @param coverage share (IDF-weighted) of the message's words known to the knowledge
	 * base that this article contains: low when the message asks about something another
	 * article (or none) covers, even if it shares a topic word with this one
	 * @param words the words (not numbers) the message and the article have in common
	 * @param topical how many of them are in the article's title or tags
	 */
	public record Scored(Article article, double similarity, boolean sameCategory, double coverage,
			java.util.Set<String> words, int topical) {

		/** Distinct words in common. */
		int shared() {
			return this.words.size();
		}

		double rank() {
			return this.similarity + (this.sameCategory ? 0.3 : 0);
		}

	}

}

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

	private final List<Article> articles;

	private final List<Map<String, Double>> vectors = new ArrayList<>();

	private final Map<String, Double> idf = new HashMap<>();

	private final List<java.util.Set<String>> vocabularies = new ArrayList<>();

	public KnowledgeIndex(List<Article> articles) {
		this.articles = List.copyOf(articles);
		List<Map<String, Integer>> counts = new ArrayList<>();
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
			tf.keySet().forEach((token) -> documentFrequency.merge(token, 1, Integer::sum));
			counts.add(tf);
			this.vocabularies.add(java.util.Set.copyOf(tf.keySet()));
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
	 * bonus.
	 */
	public List<Scored> search(String text, String language, @Nullable String category, int limit) {
		Map<String, Integer> tf = new HashMap<>();
		for (String token : TextTokens.tokens(text)) {
			tf.merge(token, 1, Integer::sum);
		}
		double known = tf.keySet().stream().mapToDouble((token) -> this.idf.getOrDefault(token, 0.0)).sum();
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
			double covered = 0;
			int shared = 0;
			for (String token : tf.keySet()) {
				if (vocabulary.contains(token)) {
					covered += this.idf.get(token);
					shared++;
				}
			}
			scored.add(new Scored(article, similarity, sameCategory, (known > 0) ? covered / known : 0, shared));
		}
		scored.sort(Comparator.comparingDouble(Scored::rank).reversed());
		return scored.subList(0, Math.min(limit, scored.size()));
	}

	/** Whether the article holds one of the words of {@code text}. */
	public boolean mentions(Article article, String text) {
		int index = this.articles.indexOf(article);
		return index >= 0 && TextTokens.tokens(text).stream().anyMatch(this.vocabularies.get(index)::contains);
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
	 * An article and how well it matches.
	 *
	 * @param similarity TF-IDF cosine of the message and the article
	 * @param sameCategory the article answers the message's category
	 * @param coverage share (IDF-weighted) of the message's words known to the knowledge
	 * base that this article contains: low when the message asks about something another
	 * article (or none) covers, even if it shares a topic word with this one
	 * @param shared distinct words the message and the article have in common
	 */
	public record Scored(Article article, double similarity, boolean sameCategory, double coverage, int shared) {

		double rank() {
			return this.similarity + (this.sameCategory ? 0.3 : 0);
		}

	}

}

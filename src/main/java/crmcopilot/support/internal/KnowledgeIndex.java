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
		Map<String, Double> query = normalise(weigh(tf));
		List<Scored> scored = new ArrayList<>();
		for (int i = 0; i < this.articles.size(); i++) {
			Article article = this.articles.get(i);
			if (!article.language().equalsIgnoreCase(language)) {
				continue;
			}
			double similarity = cosine(query, this.vectors.get(i));
			boolean sameCategory = category != null && category.equals(article.categorie());
			scored.add(new Scored(article, similarity, sameCategory));
		}
		scored.sort(Comparator.comparingDouble(Scored::rank).reversed());
		return scored.subList(0, Math.min(limit, scored.size()));
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
	 * @param sameCategory the article answers the message's category
	 */
	public record Scored(Article article, double similarity, boolean sameCategory) {

		double rank() {
			return this.similarity + (this.sameCategory ? 0.3 : 0);
		}

	}

}

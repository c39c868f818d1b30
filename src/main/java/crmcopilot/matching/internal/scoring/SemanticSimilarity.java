package crmcopilot.matching.internal.scoring;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import crmcopilot.ai.TextEmbeddings;
import crmcopilot.matching.internal.ClientRequest;
import crmcopilot.matching.internal.ShopperProfile;

/**
 * The semantic component: the cosine of the embeddings of the client's free text and the
 * shopper's description, computed once per pair of distinct texts (many clients share a
 * text, and so do shoppers).
 */
final class SemanticSimilarity {

	private final float[] @Nullable [] clientVectors;

	private final float[] @Nullable [] shopperVectors;

	private double @Nullable [][] similarities;

	private int[] clientText = new int[0];

	private int[] shopperText = new int[0];

	/**
	 * @param vector the embedding of a text, or null for a blank one; the same array for
	 * the same text
	 */
	SemanticSimilarity(List<ClientRequest> clients, List<ShopperProfile> shoppers,
			Function<String, float @Nullable []> vector) {
		this.clientVectors = new float[clients.size()][];
		for (int i = 0; i < clients.size(); i++) {
			this.clientVectors[i] = vector.apply(clients.get(i).preferences());
		}
		this.shopperVectors = new float[shoppers.size()][];
		for (int j = 0; j < shoppers.size(); j++) {
			this.shopperVectors[j] = vector.apply(shoppers.get(j).description());
		}
	}

	/** Whether both texts of the pair were written. */
	boolean applies(int c, int s) {
		return this.clientVectors[c] != null && this.shopperVectors[s] != null;
	}

	/** The similarity in 0..1 of a pair that {@link #applies}. */
	double value(int c, int s) {
		if (this.similarities == null) {
			this.clientText = distinct(this.clientVectors);
			this.shopperText = distinct(this.shopperVectors);
			int rows = 1 + Arrays.stream(this.clientText).max().orElse(0);
			int cols = 1 + Arrays.stream(this.shopperText).max().orElse(0);
			this.similarities = new double[rows][cols];
			for (double[] row : this.similarities) {
				Arrays.fill(row, Double.NaN);
			}
		}
		double[] row = this.similarities[this.clientText[c]];
		double value = row[this.shopperText[s]];
		if (Double.isNaN(value)) {
			value = Math.max(0, TextEmbeddings.cosine(this.clientVectors[c], this.shopperVectors[s]));
			row[this.shopperText[s]] = value;
		}
		return value;
	}

	private static int[] distinct(float[] @Nullable [] vectors) {
		Map<float[], Integer> ids = new IdentityHashMap<>();
		int[] index = new int[vectors.length];
		for (int i = 0; i < vectors.length; i++) {
			index[i] = (vectors[i] != null) ? ids.computeIfAbsent(vectors[i], (v) -> ids.size()) : 0;
		}
		return index;
	}

}

package crmcopilot.ai.offline;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The hashed features seen in training, their columns and inverse document frequencies.
 * Turns feature counts into TF-IDF vectors (sublinear term frequency), the word block and
 * the character block each of unit length, weighted by {@code wordWeight}.
 */
final class NgramVocabulary {

	private final Map<Integer, Integer> columns;

	private final float[] idf;

	private final float wordWeight;

	private final float characterWeight;

	private NgramVocabulary(Map<Integer, Integer> columns, float[] idf, float wordWeight) {
		this.columns = columns;
		this.idf = idf;
		this.wordWeight = wordWeight;
		this.characterWeight = (float) Math.sqrt(Math.max(0, 1 - wordWeight * wordWeight));
	}

	/**
	 * @param wordWeight share (as a vector length, 0..1) of the word block; the character
	 * block gets the rest so that vectors stay of unit length
	 */
	static NgramVocabulary fit(List<Map<Integer, Float>> documents, float wordWeight) {
		Map<Integer, Integer> documentFrequency = new HashMap<>();
		for (Map<Integer, Float> document : documents) {
			for (Integer feature : document.keySet()) {
				documentFrequency.merge(feature, 1, Integer::sum);
			}
		}
		Map<Integer, Integer> columns = new HashMap<>(documentFrequency.size() * 2);
		float[] idf = new float[documentFrequency.size()];
		int n = documents.size();
		for (Map.Entry<Integer, Integer> entry : documentFrequency.entrySet()) {
			int column = columns.size();
			columns.put(entry.getKey(), column);
			idf[column] = (float) (Math.log((1.0 + n) / (1.0 + entry.getValue())) + 1);
		}
		return new NgramVocabulary(columns, idf, wordWeight);
	}

	int size() {
		return this.idf.length;
	}

	SparseVector vector(Map<Integer, Float> counts) {
		int[] indices = new int[counts.size()];
		float[] values = new float[counts.size()];
		boolean[] word = new boolean[counts.size()];
		int size = 0;
		double wordNorm = 0;
		double characterNorm = 0;
		for (Map.Entry<Integer, Float> entry : counts.entrySet()) {
			Integer column = this.columns.get(entry.getKey());
			if (column == null) {
				continue;
			}
			float value = (float) ((1 + Math.log(entry.getValue())) * this.idf[column]);
			indices[size] = column;
			values[size] = value;
			word[size] = TextFeatures.isWord(entry.getKey());
			if (word[size]) {
				wordNorm += value * value;
			}
			else {
				characterNorm += value * value;
			}
			size++;
		}
		float wordScale = (wordNorm > 0) ? (float) (this.wordWeight / Math.sqrt(wordNorm)) : 0;
		float characterScale = (characterNorm > 0) ? (float) (this.characterWeight / Math.sqrt(characterNorm)) : 0;
		for (int i = 0; i < size; i++) {
			values[i] *= word[i] ? wordScale : characterScale;
		}
		return new SparseVector(Arrays.copyOf(indices, size), Arrays.copyOf(values, size));
	}

}

package crmcopilot.ai.offline;

import java.util.Arrays;
import java.util.List;

/**
 * The hashed features seen in training, their columns and inverse document frequencies.
 * Turns feature counts into TF-IDF vectors (sublinear term frequency), the word block and
 * the character block each of unit length, weighted by {@code wordWeight}.
 */
final class NgramVocabulary {

	private final IntIntMap columns;

	private final float[] idf;

	private final float wordWeight;

	private final float characterWeight;

	NgramVocabulary(IntIntMap columns, float[] idf, float wordWeight) {
		this.columns = columns;
		this.idf = idf;
		this.wordWeight = wordWeight;
		this.characterWeight = (float) Math.sqrt(Math.max(0, 1 - wordWeight * wordWeight));
	}

	/**
	 * @param wordWeight share (as a vector length, 0..1) of the word block; the character
	 * block gets the rest so that vectors stay of unit length
	 */
	static NgramVocabulary fit(List<TextFeatures.Counts> documents, float wordWeight) {
		IntIntMap columns = new IntIntMap(4096);
		int[] documentFrequency = new int[4096];
		for (TextFeatures.Counts document : documents) {
			for (int feature : document.features()) {
				int column = columns.get(feature);
				if (column < 0) {
					column = columns.size();
					columns.put(feature, column);
					if (column == documentFrequency.length) {
						documentFrequency = Arrays.copyOf(documentFrequency, column * 2);
					}
				}
				documentFrequency[column]++;
			}
		}
		float[] idf = new float[columns.size()];
		int n = documents.size();
		for (int column = 0; column < idf.length; column++) {
			idf[column] = (float) (Math.log((1.0 + n) / (1.0 + documentFrequency[column])) + 1);
		}
		return new NgramVocabulary(columns, idf, wordWeight);
	}

	int size() {
		return this.idf.length;
	}

	float wordWeight() {
		return this.wordWeight;
	}

	float[] idf() {
		return this.idf;
	}

	/**
	 * The hashed feature of each column, in column order.
	 */
	int[] featuresByColumn() {
		return this.columns.keysByValue(this.idf.length);
	}

	SparseVector vector(TextFeatures.Counts counts) {
		int[] features = counts.features();
		float[] occurrences = counts.counts();
		int[] indices = new int[features.length];
		float[] values = new float[features.length];
		boolean[] word = new boolean[features.length];
		int size = 0;
		double wordNorm = 0;
		double characterNorm = 0;
		for (int i = 0; i < features.length; i++) {
			int column = this.columns.get(features[i]);
			if (column < 0) {
				continue;
			}
			float tf = (occurrences[i] == 1) ? 1 : (float) (1 + Math.log(occurrences[i]));
			float value = tf * this.idf[column];
			indices[size] = column;
			values[size] = value;
			word[size] = TextFeatures.isWord(features[i]);
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

package crmcopilot.ai;

import java.util.List;

/** In-process sentence embeddings (an ONNX model shipped in a Maven artifact). */
public interface TextEmbeddings {

	/** A unit-length vector. */
	float[] embed(String text);

	default List<float[]> embedAll(List<String> texts) {
		return texts.stream().map(this::embed).toList();
	}

	int dimension();

	/** Cosine similarity of two unit vectors. */
	static double cosine(float[] a, float[] b) {
		double dot = 0;
		for (int i = 0; i < a.length; i++) {
			dot += a[i] * b[i];
		}
		return dot;
	}

}

package crmcopilot.ai.offline;

/**
 * Dense embedding vectors as {@link SparseVector}s, so one regression code serves both.
 */
final class Embeddings {

	private Embeddings() {
	}

	static SparseVector vector(float[] embedding) {
		int[] indices = new int[embedding.length];
		for (int i = 0; i < indices.length; i++) {
			indices[i] = i;
		}
		return new SparseVector(indices, embedding.clone());
	}

}

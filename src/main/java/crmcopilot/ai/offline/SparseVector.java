package crmcopilot.ai.offline;

/**
 * A feature vector as parallel arrays of column indices and values.
 */
record SparseVector(int[] indices, float[] values) {

	int size() {
		return this.indices.length;
	}

}

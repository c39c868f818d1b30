package crmcopilot.ai.offline;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

import crmcopilot.ai.TextEmbeddings;

import org.jspecify.annotations.Nullable;

/**
 * Binary form of a trained {@link OfflineTextClassifier} (deflated): labels, feature
 * options, hashed vocabulary with its IDF, weights of both models, embedding weight and
 * temperature. The sentence-embedding model itself is not stored (it ships in the jar);
 * loading gives the classifier the embeddings to use.
 */
final class ClassifierCodec {

	/** Bumped when the layout changes: older rows are ignored and the model retrained. */
	static final int FORMAT = 2;

	private ClassifierCodec() {
	}

	static byte[] write(OfflineTextClassifier classifier) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (DataOutputStream out = new DataOutputStream(
				new BufferedOutputStream(new DeflaterOutputStream(bytes), 1 << 16))) {
			out.writeInt(FORMAT);
			List<String> labels = classifier.labelList();
			out.writeInt(labels.size());
			for (String label : labels) {
				out.writeUTF(label);
			}
			out.writeInt(classifier.exampleCount());
			classifier.features().writeTo(out);
			NgramVocabulary vocabulary = classifier.vocabulary();
			out.writeFloat(vocabulary.wordWeight());
			writeInts(out, vocabulary.featuresByColumn());
			writeFloats(out, vocabulary.idf());
			out.writeDouble(classifier.ngramWeight());
			writeModel(out, classifier.ngramModel());
			SoftmaxRegression embeddingModel = classifier.embeddingModel();
			out.writeBoolean(embeddingModel != null);
			if (embeddingModel != null) {
				writeModel(out, embeddingModel);
			}
			out.writeDouble(classifier.embeddingWeight());
			out.writeDouble(classifier.temperature());
			out.writeDouble(classifier.ngramTemperature());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/**
	 * The classifier, or null when the bytes are of another format.
	 */
	static @Nullable OfflineTextClassifier read(byte[] data, @Nullable TextEmbeddings embeddings) {
		return read(data, embeddings, 1);
	}

	/**
	 * The classifier, or null when the bytes are of another format.
	 * @param cascadeConfidence n-gram confidence from which the embeddings are skipped
	 * (1: never)
	 */
	static @Nullable OfflineTextClassifier read(byte[] data, @Nullable TextEmbeddings embeddings,
			double cascadeConfidence) {
		try (DataInputStream in = new DataInputStream(
				new BufferedInputStream(new InflaterInputStream(new ByteArrayInputStream(data)), 1 << 16))) {
			if (in.readInt() != FORMAT) {
				return null;
			}
			int labelCount = in.readInt();
			List<String> labels = new ArrayList<>(labelCount);
			for (int i = 0; i < labelCount; i++) {
				labels.add(in.readUTF());
			}
			int exampleCount = in.readInt();
			TextFeatures features = TextFeatures.readFrom(in);
			float wordWeight = in.readFloat();
			int[] featuresByColumn = readInts(in);
			float[] idf = readFloats(in);
			IntIntMap columns = new IntIntMap(Math.max(16, featuresByColumn.length * 2));
			for (int column = 0; column < featuresByColumn.length; column++) {
				columns.put(featuresByColumn[column], column);
			}
			NgramVocabulary vocabulary = new NgramVocabulary(columns, idf, wordWeight);
			double ngramWeight = in.readDouble();
			SoftmaxRegression ngramModel = readModel(in);
			SoftmaxRegression embeddingModel = in.readBoolean() ? readModel(in) : null;
			double embeddingWeight = in.readDouble();
			double temperature = in.readDouble();
			double ngramTemperature = in.readDouble();
			if (embeddingModel != null && embeddings == null) {
				// saved with sentence embeddings, loaded where they are off: n-grams
				// alone,
				// as a trainer without embeddings would have made it
				embeddingModel = null;
				embeddingWeight = 0;
			}
			return new OfflineTextClassifier(labels, features, vocabulary, ngramModel, ngramWeight, embeddingModel,
					(embeddingModel != null) ? embeddings : null, embeddingWeight, temperature, ngramTemperature,
					cascadeConfidence, exampleCount);
		}
		catch (IOException ex) {
			return null;
		}
	}

	private static void writeModel(DataOutputStream out, SoftmaxRegression model) throws IOException {
		out.writeInt(model.labelCount());
		writeFloats(out, model.weights());
		writeFloats(out, model.bias());
	}

	private static SoftmaxRegression readModel(DataInputStream in) throws IOException {
		int labels = in.readInt();
		return new SoftmaxRegression(labels, readFloats(in), readFloats(in));
	}

	private static void writeInts(DataOutputStream out, int[] values) throws IOException {
		out.writeInt(values.length);
		for (int value : values) {
			out.writeInt(value);
		}
	}

	private static int[] readInts(DataInputStream in) throws IOException {
		int[] values = new int[in.readInt()];
		for (int i = 0; i < values.length; i++) {
			values[i] = in.readInt();
		}
		return values;
	}

	private static void writeFloats(DataOutputStream out, float[] values) throws IOException {
		out.writeInt(values.length);
		for (float value : values) {
			out.writeFloat(value);
		}
	}

	private static float[] readFloats(DataInputStream in) throws IOException {
		float[] values = new float[in.readInt()];
		for (int i = 0; i < values.length; i++) {
			values[i] = in.readFloat();
		}
		return values;
	}

}

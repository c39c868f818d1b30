package crmcopilot.ai.offline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;

import com.github.benmanes.caffeine.cache.Caffeine;

import crmcopilot.ai.TextEmbeddings;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

import org.springframework.stereotype.Service;

/**
 * Sentence embeddings from the quantised all-MiniLM-L6-v2 ONNX model, whose weights ship
 * in a Maven artifact and run in-process. The model (about 23 MB) is loaded on first use,
 * not at start-up; recent embeddings are cached, since classifiers re-embed their
 * examples on every retraining.
 */
@Service
class OnnxTextEmbeddings implements TextEmbeddings {

	static final int DIMENSION = 384;

	private final Map<String, float[]> cache;

	private volatile EmbeddingModel model;

	OnnxTextEmbeddings(OfflineSettings settings) {
		int capacity = settings.embeddingCacheSize();
		this.cache = Caffeine.newBuilder().maximumSize(capacity).<String, float[]>build().asMap();
	}

	@Override
	public float[] embed(String text) {
		if (text.isBlank()) {
			return new float[DIMENSION];
		}
		float[] cached = this.cache.get(text);
		if (cached != null) {
			return cached.clone();
		}
		float[] vector = unit(model().embed(text).content().vector());
		this.cache.put(text, vector);
		return vector.clone();
	}

	@Override
	public List<float[]> embedAll(List<String> texts) {
		Set<String> unique = new LinkedHashSet<>();
		for (String text : texts) {
			if (!text.isBlank() && !this.cache.containsKey(text)) {
				unique.add(text);
			}
		}
		List<String> missing = new ArrayList<>(unique);
		if (!missing.isEmpty()) {
			List<Embedding> computed = model().embedAll(missing.stream().map(TextSegment::from).toList()).content();
			for (int i = 0; i < missing.size(); i++) {
				this.cache.put(missing.get(i), unit(computed.get(i).vector()));
			}
		}
		List<float[]> vectors = new ArrayList<>(texts.size());
		for (String text : texts) {
			float[] vector = this.cache.get(text);
			vectors.add((vector != null) ? vector.clone() : embed(text));
		}
		return vectors;
	}

	@Override
	public int dimension() {
		return DIMENSION;
	}

	private EmbeddingModel model() {
		EmbeddingModel loaded = this.model;
		if (loaded == null) {
			synchronized (this) {
				loaded = this.model;
				if (loaded == null) {
					loaded = new SingleThreadedMiniLm();
					this.model = loaded;
				}
			}
		}
		return loaded;
	}

	/**
	 * The same quantised model and tokenizer as
	 * {@link AllMiniLmL6V2QuantizedEmbeddingModel}, in an ONNX session of one thread that
	 * does not spin: a message is embedded on the caller's thread only, so concurrent
	 * requests each use one core and an idle thread pool does not burn CPU time waiting
	 * for work (on a busy machine the spinning threads cost more than the work they
	 * share).
	 */
	static final class SingleThreadedMiniLm extends AbstractInProcessEmbeddingModel {

		private static final String MODEL = "/all-minilm-l6-v2-q.onnx";

		private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";

		private final OnnxBertBiEncoder encoder;

		SingleThreadedMiniLm() {
			super(ForkJoinPool.commonPool());
			try (InputStream model = AllMiniLmL6V2QuantizedEmbeddingModel.class.getResourceAsStream(MODEL);
					InputStream tokenizer = AllMiniLmL6V2QuantizedEmbeddingModel.class.getResourceAsStream(TOKENIZER)) {
				if (model == null || tokenizer == null) {
					throw new IllegalStateException("the all-MiniLM-L6-v2 model is missing from the class path");
				}
				OrtEnvironment environment = OrtEnvironment.getEnvironment();
				try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
					options.setIntraOpNumThreads(1);
					options.setInterOpNumThreads(1);
					options.addConfigEntry("session.intra_op.allow_spinning", "0");
					options.addConfigEntry("session.inter_op.allow_spinning", "0");
					OrtSession session = environment.createSession(model.readAllBytes(), options);
					this.encoder = new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (OrtException ex) {
				throw new IllegalStateException("cannot load the sentence-embedding model", ex);
			}
		}

		@Override
		protected OnnxBertBiEncoder model() {
			return this.encoder;
		}

		@Override
		protected Integer knownDimension() {
			return DIMENSION;
		}

	}

	private static float[] unit(float[] vector) {
		double norm = 0;
		for (float v : vector) {
			norm += v * v;
		}
		float scale = (norm > 0) ? (float) (1 / Math.sqrt(norm)) : 0;
		float[] unit = new float[vector.length];
		for (int i = 0; i < vector.length; i++) {
			unit[i] = vector[i] * scale;
		}
		return unit;
	}

}

package crmcopilot.ai.offline;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Hashed n-gram features of a text: word unigrams and bigrams, and character 2..5-grams
 * inside word boundaries (so "remboursé" and "rembourser" share most features, and typos
 * cost little). Text is lower-cased and accent-folded first. Hashing avoids keeping a
 * vocabulary of strings; the model keeps only the hashes seen in training.
 */
final class TextFeatures {

	/**
	 * Word features live in the upper half of the hash space, characters in the lower.
	 */
	static final int WORD_FLAG = 1 << 30;

	private static final int HASH_MASK = WORD_FLAG - 1;

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	/**
	 * Each character of Basic Latin to Latin Extended-B (none a combining mark) without
	 * its accents.
	 */
	private static final String[] LATIN_FOLDS = new String[0x250];

	static {
		for (char c = 0; c < LATIN_FOLDS.length; c++) {
			LATIN_FOLDS[c] = MARKS.matcher(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD)).replaceAll("");
		}
	}

	private final boolean words;

	private final boolean characters;

	private final int minN;

	private final int maxN;

	private final boolean stems;

	private final boolean stopWords;

	private TextFeatures(boolean words, boolean characters, int minN, int maxN, boolean stems, boolean stopWords) {
		this.words = words;
		this.characters = characters;
		this.minN = minN;
		this.maxN = maxN;
		this.stems = stems;
		this.stopWords = stopWords;
	}

	/** Words and character n-grams: the classifier's features. */
	static TextFeatures wordsAndCharacters() {
		return new TextFeatures(true, true, 2, 5, true, false);
	}

	/** Word unigrams and bigrams only: the classic TF-IDF baseline. */
	static TextFeatures wordsOnly() {
		return new TextFeatures(true, false, 2, 5, false, false);
	}

	/**
	 * Words and character n-grams with explicit choices (for measurements).
	 * @param minN shortest character n-gram
	 * @param maxN longest character n-gram
	 * @param stems whether word features also include light French/English stems
	 * @param stopWords whether function words and greetings are left out of word features
	 */
	static TextFeatures of(int minN, int maxN, boolean stems, boolean stopWords) {
		return new TextFeatures(true, true, minN, maxN, stems, stopWords);
	}

	void writeTo(java.io.DataOutput out) throws java.io.IOException {
		out.writeBoolean(this.words);
		out.writeBoolean(this.characters);
		out.writeInt(this.minN);
		out.writeInt(this.maxN);
		out.writeBoolean(this.stems);
		out.writeBoolean(this.stopWords);
	}

	static TextFeatures readFrom(java.io.DataInput in) throws java.io.IOException {
		return new TextFeatures(in.readBoolean(), in.readBoolean(), in.readInt(), in.readInt(), in.readBoolean(),
				in.readBoolean());
	}

	@Override
	public String toString() {
		return "features(words=" + this.words + ", chars=" + (this.characters ? this.minN + ".." + this.maxN : "no")
				+ ", stems=" + this.stems + ", stopWords=" + this.stopWords + ")";
	}

	static boolean isWord(int feature) {
		return (feature & WORD_FLAG) != 0;
	}

	/** Lower case, no accents, letters and digits separated by single spaces. */
	static String normalise(String text) {
		String lower = withoutAccents(text).toLowerCase(Locale.ROOT);
		StringBuilder out = new StringBuilder(lower.length());
		boolean space = true;
		for (int i = 0; i < lower.length(); i++) {
			char c = lower.charAt(i);
			if (Character.isLetterOrDigit(c)) {
				out.append(c);
				space = false;
			}
			else if (!space) {
				out.append(' ');
				space = true;
			}
		}
		int end = out.length();
		if (end > 0 && out.charAt(end - 1) == ' ') {
			out.setLength(end - 1);
		}
		return out.toString();
	}

	/**
	 * The text decomposed (NFD) without its combining marks. Latin letters decompose into
	 * a base letter and marks, one character at a time, so text made only of them is
	 * folded from a table of what each becomes (built with the same decomposition): the
	 * Normalizer and a regular expression at every message cost more.
	 */
	static String withoutAccents(String text) {
		boolean ascii = true;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= LATIN_FOLDS.length) {
				return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
			}
			ascii &= c < 128;
		}
		if (ascii) {
			return text;
		}
		StringBuilder folded = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			folded.append(LATIN_FOLDS[text.charAt(i)]);
		}
		return folded.toString();
	}

	/** Raw counts of every hashed feature of the text, sorted by feature. */
	Counts counts(String text) {
		String normalised = normalise(text);
		Buffer counts = new Buffer(normalised.length() * 5 + 16);
		if (normalised.isEmpty()) {
			return counts.toCounts();
		}
		String[] tokens = normalised.split(" ");
		int previous = 0;
		boolean first = true;
		for (String token : tokens) {
			if (this.characters) {
				addCharacterGrams(counts, token, this.minN, this.maxN);
			}
			if (!this.words || (this.stopWords && FrenchEnglishStems.isStopWord(token))) {
				continue;
			}
			int wordHash = hash(token, 0, token.length(), 0x2545F491);
			add(counts, (wordHash & HASH_MASK) | WORD_FLAG);
			if (this.stems) {
				String stem = FrenchEnglishStems.stem(token);
				if (stem.length() < token.length()) {
					add(counts, (hash(stem, 0, stem.length(), 0x1B873593) & HASH_MASK) | WORD_FLAG);
				}
			}
			if (!first) {
				add(counts, (mix(previous * 31 + wordHash) & HASH_MASK) | WORD_FLAG);
			}
			previous = wordHash;
			first = false;
		}
		return counts.toCounts();
	}

	private static void addCharacterGrams(Buffer counts, String token, int minN, int maxN) {
		int length = token.length() + 2;
		for (int start = 0; start < length; start++) {
			int h = 0x3C6EF372;
			for (int n = 1; n <= maxN && start + n <= length; n++) {
				h = h * 31 + paddedChar(token, start + n - 1);
				if (n >= minN) {
					add(counts, mix(h * 7 + n) & HASH_MASK);
				}
			}
		}
	}

	private static char paddedChar(String token, int index) {
		return (index == 0 || index == token.length() + 1) ? ' ' : token.charAt(index - 1);
	}

	private static void add(Buffer counts, int feature) {
		counts.add(feature);
	}

	/**
	 * Distinct features in increasing order and how often each occurs.
	 */
	record Counts(int[] features, float[] counts) {

		int size() {
			return this.features.length;
		}

	}

	/** Collects feature occurrences; sorting then counts them without boxing. */
	private static final class Buffer {

		private int[] items;

		private int size;

		Buffer(int capacity) {
			this.items = new int[capacity];
		}

		void add(int feature) {
			if (this.size == this.items.length) {
				this.items = Arrays.copyOf(this.items, this.size * 2);
			}
			this.items[this.size++] = feature;
		}

		Counts toCounts() {
			Arrays.sort(this.items, 0, this.size);
			int[] features = new int[this.size];
			float[] counts = new float[this.size];
			int distinct = 0;
			for (int i = 0; i < this.size; i++) {
				if (distinct > 0 && features[distinct - 1] == this.items[i]) {
					counts[distinct - 1]++;
				}
				else {
					features[distinct] = this.items[i];
					counts[distinct++] = 1;
				}
			}
			return new Counts(Arrays.copyOf(features, distinct), Arrays.copyOf(counts, distinct));
		}

	}

	private static int hash(String s, int from, int to, int seed) {
		int h = seed;
		for (int i = from; i < to; i++) {
			h = h * 31 + s.charAt(i);
		}
		return mix(h);
	}

	/** Murmur3's finaliser: spreads the bits of a polynomial hash. */
	private static int mix(int value) {
		int h = value;
		h ^= h >>> 16;
		h *= 0x85EBCA6B;
		h ^= h >>> 13;
		h *= 0xC2B2AE35;
		h ^= h >>> 16;
		return h;
	}

}

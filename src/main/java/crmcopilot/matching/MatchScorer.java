package crmcopilot.matching;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import crmcopilot.ai.TextEmbeddings;
import crmcopilot.matching.MatchWeights.Component;
import crmcopilot.matching.ScoreBreakdown.Part;

/**
 * Hard filters and the explainable weighted score of clients against shoppers.
 *
 * <p>
 * Hard filters: mode compatibility, distance for in-person sessions (bundled city table),
 * budget at least the shopper's lowest price, a shared language, a shared availability
 * slot. Score: weighted components in 0..1 (style overlap, goals ↔ specialties, life
 * moments, morphology expertise, budget fit, distance, semantic similarity of the free
 * texts); components that do not apply have their weight redistributed.
 *
 * <p>
 * Tags are encoded once as bit sets so that a full matrix (thousands × hundreds) is
 * scored in well under a second; {@link #explain} uses the same arithmetic and adds the
 * facts.
 */
public final class MatchScorer {

	static final String NOTE_NO_PREFERENCE = "no-preference";

	static final String NOTE_REMOTE = "remote-session";

	static final String NOTE_NO_EMBEDDINGS = "no-embeddings";

	static final String NOTE_NO_TEXT = "no-text";

	private final MatchWeights weights;

	private final Cities cities;

	private final @Nullable TextEmbeddings embeddings;

	private final Map<String, float[]> vectors = new HashMap<>();

	private final double[] rawWeights;

	public MatchScorer(MatchWeights weights, Cities cities, @Nullable TextEmbeddings embeddings) {
		this.weights = weights;
		this.cities = cities;
		this.embeddings = embeddings;
		this.rawWeights = new double[] { weights.style(), weights.goals(), weights.lifeMoments(), weights.morphology(),
				weights.budget(), weights.distance(), weights.semantic() };
	}

	public boolean semanticAvailable() {
		return this.embeddings != null && this.weights.semantic() > 0;
	}

	/**
	 * The score matrix (row = client, column = shopper), {@code -Infinity} where a hard
	 * filter excludes the pair.
	 */
	public ScoreMatrix matrix(List<ClientRequest> clients, List<ShopperProfile> shoppers) {
		Encoded encoded = encode(clients, shoppers);
		int m = shoppers.size();
		double[] scores = new double[clients.size() * m];
		for (int c = 0; c < clients.size(); c++) {
			for (int s = 0; s < m; s++) {
				scores[c * m + s] = encoded.score(c, s, null);
			}
		}
		return new ScoreMatrix(clients.size(), m, scores);
	}

	/** The breakdown of one pair, or empty when a hard filter excludes it. */
	public Optional<ScoreBreakdown> explain(ClientRequest client, ShopperProfile shopper) {
		Encoded encoded = encode(List.of(client), List.of(shopper));
		Part[] parts = new Part[Component.values().length];
		double total = encoded.score(0, 0, parts);
		if (total == Double.NEGATIVE_INFINITY) {
			return Optional.empty();
		}
		Mode mode = encoded.sessionMode(0, 0);
		double km = encoded.distance(0, 0);
		return Optional.of(new ScoreBreakdown(total, List.of(parts), mode, Double.isNaN(km) ? null : km));
	}

	/**
	 * Why a hard filter excludes the pair: mode, distance, budget, language,
	 * availability; or null.
	 */
	public @Nullable String exclusion(ClientRequest client, ShopperProfile shopper) {
		Encoded encoded = encode(List.of(client), List.of(shopper));
		return encoded.exclusion(0, 0);
	}

	/** Shoppers passing the filters, best first (ties by name). */
	public List<RankedShopper> rank(ClientRequest client, List<ShopperProfile> shoppers) {
		List<RankedShopper> ranked = new ArrayList<>();
		for (ShopperProfile shopper : shoppers) {
			explain(client, shopper).ifPresent((breakdown) -> ranked.add(new RankedShopper(shopper, breakdown)));
		}
		ranked.sort((a, b) -> (a.score() != b.score()) ? Double.compare(b.score(), a.score())
				: a.shopper().name().compareTo(b.shopper().name()));
		return ranked;
	}

	private Encoded encode(List<ClientRequest> clients, List<ShopperProfile> shoppers) {
		return new Encoded(clients, shoppers);
	}

	private float @Nullable [] vector(String text) {
		if (this.embeddings == null || text.isBlank()) {
			return null;
		}
		return this.vectors.computeIfAbsent(text, this.embeddings::embed);
	}

	/** Tags as bit sets over a per-call vocabulary; positions from the city table. */
	private final class Encoded {

		private final List<ClientRequest> clients;

		private final List<ShopperProfile> shoppers;

		private final Map<String, Integer> index = new HashMap<>();

		private final long[][] clientStyles;

		private final long[][] clientGoals;

		private final long[][] clientMoments;

		private final long[][] clientSlots;

		private final long[][] shopperStyles;

		private final long[][] shopperGoals;

		private final long[][] shopperMoments;

		private final long[][] shopperSlots;

		private final double[] clientLat;

		private final double[] clientLon;

		private final double[] shopperLat;

		private final double[] shopperLon;

		private final float[] @Nullable [] clientVectors;

		private final float[] @Nullable [] shopperVectors;

		Encoded(List<ClientRequest> clients, List<ShopperProfile> shoppers) {
			this.clients = clients;
			this.shoppers = shoppers;
			int c = clients.size();
			int s = shoppers.size();
			this.clientStyles = new long[c][];
			this.clientGoals = new long[c][];
			this.clientMoments = new long[c][];
			this.clientSlots = new long[c][];
			this.clientLat = new double[c];
			this.clientLon = new double[c];
			for (ClientRequest client : clients) {
				register(client.styles());
				register(client.goals());
				register(client.lifeMoments());
				register(client.availability());
			}
			for (ShopperProfile shopper : shoppers) {
				register(shopper.styles());
				register(shopper.goals());
				register(shopper.lifeMoments());
				register(shopper.availability());
			}
			boolean semantic = semanticAvailable();
			this.clientVectors = semantic ? new float[c][] : null;
			this.shopperVectors = semantic ? new float[s][] : null;
			for (int i = 0; i < c; i++) {
				ClientRequest client = clients.get(i);
				this.clientStyles[i] = bits(client.styles());
				this.clientGoals[i] = bits(client.goals());
				this.clientMoments[i] = bits(client.lifeMoments());
				this.clientSlots[i] = bits(client.availability());
				Optional<Cities.City> city = MatchScorer.this.cities.find(client.city());
				this.clientLat[i] = city.map(Cities.City::latitude).orElse(Double.NaN);
				this.clientLon[i] = city.map(Cities.City::longitude).orElse(Double.NaN);
				if (this.clientVectors != null) {
					this.clientVectors[i] = vector(client.preferences());
				}
			}
			this.shopperStyles = new long[s][];
			this.shopperGoals = new long[s][];
			this.shopperMoments = new long[s][];
			this.shopperSlots = new long[s][];
			this.shopperLat = new double[s];
			this.shopperLon = new double[s];
			for (int j = 0; j < s; j++) {
				ShopperProfile shopper = shoppers.get(j);
				this.shopperStyles[j] = bits(shopper.styles());
				this.shopperGoals[j] = bits(shopper.goals());
				this.shopperMoments[j] = bits(shopper.lifeMoments());
				this.shopperSlots[j] = bits(shopper.availability());
				if (shopper.latitude() != null && shopper.longitude() != null) {
					this.shopperLat[j] = shopper.latitude();
					this.shopperLon[j] = shopper.longitude();
				}
				else {
					Optional<Cities.City> city = MatchScorer.this.cities.find(shopper.city());
					this.shopperLat[j] = city.map(Cities.City::latitude).orElse(Double.NaN);
					this.shopperLon[j] = city.map(Cities.City::longitude).orElse(Double.NaN);
				}
				if (this.shopperVectors != null) {
					this.shopperVectors[j] = vector(shopper.description());
				}
			}
		}

		private void register(Set<String> tags) {
			for (String tag : tags) {
				this.index.putIfAbsent(tag, this.index.size());
			}
		}

		private long[] bits(Set<String> tags) {
			long[] bits = new long[(this.index.size() + 63) / 64];
			for (String tag : tags) {
				int i = this.index.get(tag);
				bits[i >>> 6] |= 1L << i;
			}
			return bits;
		}

		double distance(int c, int s) {
			if (Double.isNaN(this.clientLat[c]) || Double.isNaN(this.shopperLat[s])) {
				return Double.NaN;
			}
			return Cities.distanceKm(this.clientLat[c], this.clientLon[c], this.shopperLat[s], this.shopperLon[s]);
		}

		private boolean inPerson(ShopperProfile shopper) {
			return shopper.offers(Mode.IN_PERSON) || shopper.offers(Mode.ANY);
		}

		private boolean remote(ShopperProfile shopper) {
			return shopper.offers(Mode.REMOTE) || shopper.offers(Mode.ANY);
		}

		/** IN_PERSON or REMOTE, or null when the modes are incompatible. */
		@Nullable Mode sessionMode(int c, int s) {
			return sessionMode(c, s, relevantDistance(c, s));
		}

		/**
		 * The distance when an in-person session is conceivable, else NaN (not computed).
		 */
		double relevantDistance(int c, int s) {
			return (this.clients.get(c).mode() != Mode.REMOTE && inPerson(this.shoppers.get(s))) ? distance(c, s)
					: Double.NaN;
		}

		@Nullable Mode sessionMode(int c, int s, double km) {
			ClientRequest client = this.clients.get(c);
			ShopperProfile shopper = this.shoppers.get(s);
			boolean nearby = !Double.isNaN(km) && km <= shopper.travelKm();
			return switch (client.mode()) {
				case IN_PERSON -> nearby ? Mode.IN_PERSON : null;
				case REMOTE -> remote(shopper) ? Mode.REMOTE : null;
				case ANY -> nearby ? Mode.IN_PERSON : (remote(shopper) ? Mode.REMOTE : null);
			};
		}

		@Nullable String exclusion(int c, int s) {
			double km = relevantDistance(c, s);
			return exclusion(c, s, km, sessionMode(c, s, km));
		}

		@Nullable String exclusion(int c, int s, double km, @Nullable Mode mode) {
			ClientRequest client = this.clients.get(c);
			ShopperProfile shopper = this.shoppers.get(s);
			if (mode == null) {
				boolean modeOk = switch (client.mode()) {
					case IN_PERSON -> inPerson(shopper);
					case REMOTE -> remote(shopper);
					case ANY -> true;
				};
				return modeOk ? "distance" : "mode";
			}
			if (client.budget() < shopper.priceMin()) {
				return "budget";
			}
			if (!shopper.languages().isEmpty() && !shopper.languages().contains(client.language())) {
				return "language";
			}
			if (!client.availability().isEmpty() && !shopper.availability().isEmpty()
					&& overlap(this.clientSlots[c], this.shopperSlots[s]) == 0) {
				return "availability";
			}
			return null;
		}

		/** The total in 0..1, or -Infinity when filtered out; fills parts when given. */
		double score(int c, int s, Part @Nullable [] parts) {
			double km = relevantDistance(c, s);
			Mode mode = sessionMode(c, s, km);
			if (exclusion(c, s, km, mode) != null) {
				return Double.NEGATIVE_INFINITY;
			}
			ClientRequest client = this.clients.get(c);
			ShopperProfile shopper = this.shoppers.get(s);
			double[] values = new double[7];
			String[] notes = new String[7];
			values[0] = share(this.clientStyles[c], this.shopperStyles[s], 0, notes);
			values[1] = share(this.clientGoals[c], this.shopperGoals[s], 1, notes);
			values[2] = share(this.clientMoments[c], this.shopperMoments[s], 2, notes);
			if (client.morphology() == null) {
				notes[3] = NOTE_NO_PREFERENCE;
			}
			else {
				values[3] = shopper.morphologies().contains(client.morphology()) ? 1 : 0;
			}
			values[4] = budgetFit(client.budget(), shopper.priceMin(), shopper.priceMax());
			if (mode == Mode.IN_PERSON) {
				values[5] = (shopper.travelKm() > 0) ? Math.max(0, 1 - km / shopper.travelKm()) : 1;
			}
			else {
				notes[5] = NOTE_REMOTE;
			}
			if (this.clientVectors == null || this.shopperVectors == null) {
				notes[6] = NOTE_NO_EMBEDDINGS;
			}
			else if (this.clientVectors[c] == null || this.shopperVectors[s] == null) {
				notes[6] = NOTE_NO_TEXT;
			}
			else {
				values[6] = Math.max(0, TextEmbeddings.cosine(this.clientVectors[c], this.shopperVectors[s]));
			}
			double[] raw = MatchScorer.this.rawWeights;
			double weightSum = 0;
			for (int i = 0; i < 7; i++) {
				if (notes[i] == null) {
					weightSum += raw[i];
				}
			}
			double total = 0;
			for (int i = 0; i < 7; i++) {
				if (notes[i] == null && weightSum > 0) {
					total += values[i] * raw[i] / weightSum;
				}
			}
			if (parts != null) {
				Component[] components = Component.values();
				for (int i = 0; i < 7; i++) {
					double effective = (notes[i] == null && weightSum > 0) ? raw[i] / weightSum : 0;
					parts[i] = new Part(components[i], (notes[i] == null) ? values[i] : 0, effective,
							facts(components[i], client, shopper, c, s), notes[i]);
				}
			}
			return total;
		}

		private double share(long[] wanted, long[] offered, int part, String[] notes) {
			int size = 0;
			for (long word : wanted) {
				size += Long.bitCount(word);
			}
			if (size == 0) {
				notes[part] = NOTE_NO_PREFERENCE;
				return 0;
			}
			return (double) overlap(wanted, offered) / size;
		}

		private List<String> facts(Component component, ClientRequest client, ShopperProfile shopper, int c, int s) {
			return switch (component) {
				case STYLE -> shared(client.styles(), shopper.styles());
				case GOALS -> shared(client.goals(), shopper.goals());
				case LIFE_MOMENTS -> shared(client.lifeMoments(), shopper.lifeMoments());
				case MORPHOLOGY -> (client.morphology() != null && shopper.morphologies().contains(client.morphology()))
						? List.of(client.morphology()) : List.of();
				case BUDGET -> List.of(amount(client.budget()), amount(shopper.priceMin()), amount(shopper.priceMax()));
				case DISTANCE -> {
					double km = distance(c, s);
					yield Double.isNaN(km) ? List.of()
							: List.of(String.format(Locale.ROOT, "%.0f", km), shopper.city());
				}
				case SEMANTIC -> List.of();
			};
		}

	}

	private static List<String> shared(Set<String> wanted, Set<String> offered) {
		return wanted.stream().filter(offered::contains).toList();
	}

	private static String amount(double value) {
		return String.format(Locale.ROOT, "%.0f", value);
	}

	static int overlap(long[] a, long[] b) {
		int count = 0;
		for (int i = 0; i < Math.min(a.length, b.length); i++) {
			count += Long.bitCount(a[i] & b[i]);
		}
		return count;
	}

	static double budgetFit(double budget, double priceMin, double priceMax) {
		if (budget >= priceMax) {
			return 1;
		}
		if (priceMax <= priceMin) {
			return 1;
		}
		return 0.5 + 0.5 * (budget - priceMin) / (priceMax - priceMin);
	}

	/** Effective weights for display: the configured ones as a map. */
	public Map<Component, Double> weights() {
		return new EnumMap<>(this.weights.asMap());
	}

}

package crmcopilot.matching.internal.scoring;

import crmcopilot.matching.internal.ClientRequest;
import crmcopilot.matching.internal.Mode;
import crmcopilot.matching.internal.ShopperProfile;
import crmcopilot.matching.internal.assignment.ScoreMatrix;

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
import crmcopilot.matching.internal.scoring.MatchWeights.Component;
import crmcopilot.matching.internal.scoring.ScoreBreakdown.Part;

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

		private double @Nullable [][] similarities;

		private int[] clientText = new int[0];

		private int[] shopperText = new int[0];

		private final boolean[] shopperInPerson;

		private final boolean[] shopperRemote;

		/** Distinct client locations and, per location, the distance to every shopper. */
		private final int[] clientPlace;

		private final double[][] placeDistance;

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
			this.shopperInPerson = new boolean[s];
			this.shopperRemote = new boolean[s];
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
				this.shopperInPerson[j] = shopper.offers(Mode.IN_PERSON) || shopper.offers(Mode.ANY);
				this.shopperRemote[j] = shopper.offers(Mode.REMOTE) || shopper.offers(Mode.ANY);
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
			this.clientPlace = new int[c];
			this.placeDistance = new double[c][];
			placeClients();
		}

		/**
		 * Cosine of the two texts' vectors, computed once per pair of distinct texts
		 * (many clients share a text, and so do shoppers).
		 */
		private double similarity(int c, int s) {
			if (this.similarities == null) {
				this.clientText = distinct(this.clientVectors);
				this.shopperText = distinct(this.shopperVectors);
				int rows = 1 + java.util.Arrays.stream(this.clientText).max().orElse(0);
				int cols = 1 + java.util.Arrays.stream(this.shopperText).max().orElse(0);
				this.similarities = new double[rows][cols];
				for (double[] row : this.similarities) {
					java.util.Arrays.fill(row, Double.NaN);
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

		private static int[] distinct(float[][] vectors) {
			Map<float[], Integer> ids = new java.util.IdentityHashMap<>();
			int[] index = new int[vectors.length];
			for (int i = 0; i < vectors.length; i++) {
				index[i] = (vectors[i] != null) ? ids.computeIfAbsent(vectors[i], (v) -> ids.size()) : 0;
			}
			return index;
		}

		private void placeClients() {
			Map<String, Integer> places = new HashMap<>();
			List<double[]> distances = new ArrayList<>();
			for (int i = 0; i < this.clientPlace.length; i++) {
				String key = this.clientLat[i] + "," + this.clientLon[i];
				Integer place = places.get(key);
				if (place == null) {
					place = distances.size();
					places.put(key, place);
					double[] row = new double[this.shopperLat.length];
					for (int j = 0; j < row.length; j++) {
						row[j] = (Double.isNaN(this.clientLat[i]) || Double.isNaN(this.shopperLat[j])) ? Double.NaN
								: Cities.distanceKm(this.clientLat[i], this.clientLon[i], this.shopperLat[j],
										this.shopperLon[j]);
					}
					distances.add(row);
				}
				this.clientPlace[i] = place;
			}
			for (int p = 0; p < distances.size(); p++) {
				this.placeDistance[p] = distances.get(p);
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
			return this.placeDistance[this.clientPlace[c]][s];
		}

		/** The distance when an in-person session is conceivable, else NaN. */
		double relevantDistance(int c, int s) {
			return (this.clients.get(c).mode() != Mode.REMOTE && this.shopperInPerson[s]) ? distance(c, s) : Double.NaN;
		}

		/** IN_PERSON or REMOTE, or null when the modes are incompatible. */
		@Nullable Mode sessionMode(int c, int s) {
			return sessionMode(this.clients.get(c).mode(), s, relevantDistance(c, s));
		}

		private @Nullable Mode sessionMode(Mode wanted, int s, double km) {
			boolean nearby = km <= this.shoppers.get(s).travelKm();
			return switch (wanted) {
				case IN_PERSON -> nearby ? Mode.IN_PERSON : null;
				case REMOTE -> this.shopperRemote[s] ? Mode.REMOTE : null;
				case ANY -> nearby ? Mode.IN_PERSON : (this.shopperRemote[s] ? Mode.REMOTE : null);
			};
		}

		@Nullable String exclusion(int c, int s) {
			ClientRequest client = this.clients.get(c);
			double km = relevantDistance(c, s);
			return exclusion(client, this.shoppers.get(s), c, s, sessionMode(client.mode(), s, km));
		}

		private @Nullable String exclusion(ClientRequest client, ShopperProfile shopper, int c, int s,
				@Nullable Mode mode) {
			if (mode == null) {
				boolean modeOk = switch (client.mode()) {
					case IN_PERSON -> this.shopperInPerson[s];
					case REMOTE -> this.shopperRemote[s];
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
			ClientRequest client = this.clients.get(c);
			ShopperProfile shopper = this.shoppers.get(s);
			double km = relevantDistance(c, s);
			Mode mode = sessionMode(client.mode(), s, km);
			if (exclusion(client, shopper, c, s, mode) != null) {
				return Double.NEGATIVE_INFINITY;
			}
			double[] raw = MatchScorer.this.rawWeights;
			double style = share(this.clientStyles[c], this.shopperStyles[s]);
			double goals = share(this.clientGoals[c], this.shopperGoals[s]);
			double moments = share(this.clientMoments[c], this.shopperMoments[s]);
			double morphology = (client.morphology() == null) ? -1
					: (shopper.morphologies().contains(client.morphology()) ? 1 : 0);
			double budget = budgetFit(client.budget(), shopper.priceMin(), shopper.priceMax());
			double distance = (mode != Mode.IN_PERSON) ? -1
					: ((shopper.travelKm() > 0) ? Math.max(0, 1 - km / shopper.travelKm()) : 1);
			double semantic;
			String semanticNote = null;
			if (this.clientVectors == null || this.shopperVectors == null) {
				semantic = -1;
				semanticNote = NOTE_NO_EMBEDDINGS;
			}
			else if (this.clientVectors[c] == null || this.shopperVectors[s] == null) {
				semantic = -1;
				semanticNote = NOTE_NO_TEXT;
			}
			else {
				semantic = similarity(c, s);
			}
			// a negative value marks a component that does not apply: its weight is
			// redistributed
			double weightSum = 0;
			double total = 0;
			if (style >= 0) {
				weightSum += raw[0];
				total += raw[0] * style;
			}
			if (goals >= 0) {
				weightSum += raw[1];
				total += raw[1] * goals;
			}
			if (moments >= 0) {
				weightSum += raw[2];
				total += raw[2] * moments;
			}
			if (morphology >= 0) {
				weightSum += raw[3];
				total += raw[3] * morphology;
			}
			weightSum += raw[4];
			total += raw[4] * budget;
			if (distance >= 0) {
				weightSum += raw[5];
				total += raw[5] * distance;
			}
			if (semantic >= 0) {
				weightSum += raw[6];
				total += raw[6] * semantic;
			}
			total = (weightSum > 0) ? total / weightSum : 0;
			if (parts != null) {
				double[] values = { style, goals, moments, morphology, budget, distance, semantic };
				String[] notes = { (style < 0) ? NOTE_NO_PREFERENCE : null, (goals < 0) ? NOTE_NO_PREFERENCE : null,
						(moments < 0) ? NOTE_NO_PREFERENCE : null, (morphology < 0) ? NOTE_NO_PREFERENCE : null, null,
						(distance < 0) ? NOTE_REMOTE : null, semanticNote };
				Component[] components = Component.values();
				for (int i = 0; i < 7; i++) {
					boolean applies = notes[i] == null;
					double effective = (applies && weightSum > 0) ? raw[i] / weightSum : 0;
					parts[i] = new Part(components[i], applies ? values[i] : 0, effective,
							applies ? facts(components[i], client, shopper, c, s) : List.of(), notes[i]);
				}
			}
			return total;
		}

		/** Share of the wanted tags offered, or -1 when nothing is wanted. */
		private double share(long[] wanted, long[] offered) {
			int size = 0;
			for (long word : wanted) {
				size += Long.bitCount(word);
			}
			if (size == 0) {
				return -1;
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

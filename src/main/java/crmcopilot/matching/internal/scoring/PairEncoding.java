package crmcopilot.matching.internal.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import crmcopilot.matching.internal.ClientRequest;
import crmcopilot.matching.internal.Mode;
import crmcopilot.matching.internal.ShopperProfile;
import crmcopilot.matching.internal.Vocabulary;

/**
 * Clients and shoppers encoded once for scoring every pair: tags as bit sets over a
 * per-call vocabulary (a shopper offers the tags they chose and those their description
 * names), positions from the city table, the distance of every distinct client location
 * to every shopper, and the texts' embeddings when semantic scoring is on.
 */
final class PairEncoding {

	private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	final List<ClientRequest> clients;

	final List<ShopperProfile> shoppers;

	private final Map<String, Integer> index = new HashMap<>();

	final long[][] clientStyles;

	final long[][] clientGoals;

	final long[][] clientMoments;

	final long[][] clientSlots;

	final long[][] shopperStyles;

	final long[][] shopperGoals;

	final long[][] shopperMoments;

	final long[][] shopperSlots;

	private final double[] clientLat;

	private final double[] clientLon;

	private final double[] shopperLat;

	private final double[] shopperLon;

	final boolean[] shopperInPerson;

	/**
	 * Each shopper's description as words between single spaces, for {@link #describes}.
	 */
	private final String[] shopperWords;

	final boolean[] shopperRemote;

	/** Distinct client locations and, per location, the distance to every shopper. */
	private final int[] clientPlace;

	private final double[][] placeDistance;

	/** Null when semantic scoring is off (no embeddings, or weight 0). */
	final @Nullable SemanticSimilarity semantic;

	PairEncoding(List<ClientRequest> clients, List<ShopperProfile> shoppers, Cities cities,
			@Nullable SemanticSimilarity semantic) {
		this.clients = clients;
		this.shoppers = shoppers;
		this.semantic = semantic;
		int c = clients.size();
		int s = shoppers.size();
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
		this.clientStyles = new long[c][];
		this.clientGoals = new long[c][];
		this.clientMoments = new long[c][];
		this.clientSlots = new long[c][];
		this.clientLat = new double[c];
		this.clientLon = new double[c];
		for (int i = 0; i < c; i++) {
			ClientRequest client = clients.get(i);
			this.clientStyles[i] = bits(client.styles());
			this.clientGoals[i] = bits(client.goals());
			this.clientMoments[i] = bits(client.lifeMoments());
			this.clientSlots[i] = bits(client.availability());
			Optional<Cities.City> city = cities.find(client.city());
			this.clientLat[i] = city.map(Cities.City::latitude).orElse(Double.NaN);
			this.clientLon[i] = city.map(Cities.City::longitude).orElse(Double.NaN);
		}
		this.shopperInPerson = new boolean[s];
		this.shopperRemote = new boolean[s];
		this.shopperStyles = new long[s][];
		this.shopperGoals = new long[s][];
		this.shopperMoments = new long[s][];
		this.shopperSlots = new long[s][];
		this.shopperLat = new double[s];
		this.shopperLon = new double[s];
		this.shopperWords = new String[s];
		for (int j = 0; j < s; j++) {
			ShopperProfile shopper = shoppers.get(j);
			this.shopperWords[j] = words(shopper.description());
			long[] described = described(this.shopperWords[j]);
			this.shopperStyles[j] = or(bits(shopper.styles()), described);
			this.shopperGoals[j] = or(bits(shopper.goals()), described);
			this.shopperMoments[j] = or(bits(shopper.lifeMoments()), described);
			this.shopperSlots[j] = bits(shopper.availability());
			this.shopperInPerson[j] = shopper.offers(Mode.IN_PERSON) || shopper.offers(Mode.ANY);
			this.shopperRemote[j] = shopper.offers(Mode.REMOTE) || shopper.offers(Mode.ANY);
			if (shopper.latitude() != null && shopper.longitude() != null) {
				this.shopperLat[j] = shopper.latitude();
				this.shopperLon[j] = shopper.longitude();
			}
			else {
				Optional<Cities.City> city = cities.find(shopper.city());
				this.shopperLat[j] = city.map(Cities.City::latitude).orElse(Double.NaN);
				this.shopperLon[j] = city.map(Cities.City::longitude).orElse(Double.NaN);
			}
		}
		this.clientPlace = new int[c];
		this.placeDistance = new double[c][];
		placeClients();
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
					row[j] = (Double.isNaN(this.clientLat[i]) || Double.isNaN(this.shopperLat[j])) ? Double.NaN : Cities
						.distanceKm(this.clientLat[i], this.clientLon[i], this.shopperLat[j], this.shopperLon[j]);
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

	/**
	 * Whether the shopper's own description names the tag: a client's wish the shopper
	 * wrote about counts as offered, like one of their tags.
	 */
	boolean describes(int s, String tag) {
		return this.shopperWords[s].contains(words(tag));
	}

	/** The tags of the per-call vocabulary that the text names. */
	private long[] described(String words) {
		long[] bits = new long[(this.index.size() + 63) / 64];
		if (words.isBlank()) {
			return bits;
		}
		for (Map.Entry<String, Integer> tag : this.index.entrySet()) {
			if (words.contains(words(tag.getKey()))) {
				int i = tag.getValue();
				bits[i >>> 6] |= 1L << i;
			}
		}
		return bits;
	}

	private static long[] or(long[] a, long[] b) {
		for (int i = 0; i < a.length; i++) {
			a[i] |= b[i];
		}
		return a;
	}

	/** Lower case, no accents, letters and digits only, between single spaces. */
	private static String words(String text) {
		return " " + NOT_WORD.matcher(Vocabulary.normalise(text)).replaceAll(" ").strip() + " ";
	}

	/** The distance between client and shopper in km, NaN when a place is unknown. */
	double distance(int c, int s) {
		return this.placeDistance[this.clientPlace[c]][s];
	}

	/** The distance when an in-person session is conceivable, else NaN. */
	double relevantDistance(int c, int s) {
		return (this.clients.get(c).mode() != Mode.REMOTE && this.shopperInPerson[s]) ? distance(c, s) : Double.NaN;
	}

	static int overlap(long[] a, long[] b) {
		int count = 0;
		for (int i = 0; i < Math.min(a.length, b.length); i++) {
			count += Long.bitCount(a[i] & b[i]);
		}
		return count;
	}

}

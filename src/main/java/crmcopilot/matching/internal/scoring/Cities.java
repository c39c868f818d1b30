package crmcopilot.matching.internal.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import crmcopilot.matching.internal.Vocabulary;
import crmcopilot.shared.CsvLimits;
import crmcopilot.shared.CsvReader;

/**
 * The bundled city table ({@code matching/cities.csv}: France, Senegal, Côte d'Ivoire,
 * Mali, Morocco) used to place clients and shoppers without any network call.
 */
public final class Cities {

	private static final Cities BUNDLED = load();

	private final Map<String, City> byName;

	private Cities(Map<String, City> byName) {
		this.byName = byName;
	}

	public static Cities bundled() {
		return BUNDLED;
	}

	/** A city by name, ignoring case, accents and hyphens. */
	public Optional<City> find(String name) {
		return Optional.ofNullable(this.byName.get(key(name)));
	}

	public List<City> all() {
		List<City> all = new ArrayList<>(this.byName.values());
		all.sort((a, b) -> a.name().compareTo(b.name()));
		return Collections.unmodifiableList(all);
	}

	/** Great-circle distance in kilometres. */
	public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
		double dLat = Math.toRadians(lat2 - lat1);
		double dLon = Math.toRadians(lon2 - lon1);
		double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
				* Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
		return 6371.0 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
	}

	private static String key(String name) {
		return Vocabulary.normalise(name).replace('-', ' ').replace('\'', ' ');
	}

	private static Cities load() {
		Map<String, City> cities = new LinkedHashMap<>();
		try (InputStream in = Cities.class.getResourceAsStream("/matching/cities.csv")) {
			if (in == null) {
				throw new IllegalStateException("matching/cities.csv is missing");
			}
			try (CsvReader csv = CsvReader.open(in, "matching/cities.csv", CsvLimits.DEFAULT)) {
				List<String> header = csv.header();
				int name = header.indexOf("name");
				int country = header.indexOf("country");
				int latitude = header.indexOf("latitude");
				int longitude = header.indexOf("longitude");
				for (List<String> row = csv.next(); row != null; row = csv.next()) {
					City city = new City(row.get(name), row.get(country), Double.parseDouble(row.get(latitude)),
							Double.parseDouble(row.get(longitude)));
					cities.put(key(city.name()), city);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new Cities(cities);
	}

	/** A city with its coordinates and ISO country code. */
	public record City(String name, String country, double latitude, double longitude) {

	}

}

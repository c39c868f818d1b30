package crmcopilot.matching.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Import and export of clients (CSV) and shoppers (JSON and CSV). List fields are written
 * {@code a|b|c}. Bad rows are reported with their line number.
 */
public final class ProfileFiles {

	public static final String[] CLIENT_HEADER = { "id", "name", "email", "city", "mode", "styles", "budget", "goals",
			"life_moments", "morphology", "preferences", "availability", "language" };

	public static final String[] SHOPPER_HEADER = { "id", "name", "email", "city", "latitude", "longitude", "modes",
			"styles", "price_min", "price_max", "goals", "life_moments", "morphologies", "languages", "tags",
			"capacity", "availability", "photo_url", "description", "travel_km" };

	private ProfileFiles() {
	}

	public static List<ClientRequest> readClientsCsv(Reader reader) {
		List<ClientRequest> clients = new ArrayList<>();
		for (CSVRecord row : parse(reader)) {
			try {
				String name = required(row, "name");
				clients.add(new ClientRequest(id(row.isSet("id") ? row.get("id") : "", "client:" + name), name,
						optional(row, "email"), required(row, "city"), Mode.parse(required(row, "mode")),
						Vocabulary.split(optional(row, "styles")), number(row, "budget"),
						Vocabulary.split(optional(row, "goals")), Vocabulary.split(optional(row, "life_moments")),
						optional(row, "morphology"), optional(row, "preferences"),
						Vocabulary.split(optional(row, "availability")), languageOr(optional(row, "language"))));
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException("clients line " + row.getRecordNumber() + ": " + ex.getMessage(),
						ex);
			}
		}
		return clients;
	}

	public static void writeClientsCsv(List<ClientRequest> clients, Writer writer) {
		try (CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader(CLIENT_HEADER).get().print(writer)) {
			for (ClientRequest c : clients) {
				csv.printRecord(c.id(), c.name(), c.email(), c.city(), c.mode().code(), Vocabulary.join(c.styles()),
						amount(c.budget()), Vocabulary.join(c.goals()), Vocabulary.join(c.lifeMoments()),
						(c.morphology() != null) ? c.morphology() : "", c.preferences(),
						Vocabulary.join(c.availability()), c.language());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static List<ShopperProfile> readShoppersJson(JsonMapper json, Reader reader) {
		try {
			ShopperProfile[] shoppers = json.readValue(reader, ShopperProfile[].class);
			List<ShopperProfile> result = new ArrayList<>();
			for (ShopperProfile s : shoppers) {
				result.add(validated(withId(s)));
			}
			return result;
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("shoppers JSON: " + ex.getOriginalMessage(), ex);
		}
	}

	public static void writeShoppersJson(JsonMapper json, List<ShopperProfile> shoppers, Writer writer) {
		json.writerWithDefaultPrettyPrinter().writeValue(writer, shoppers);
	}

	public static List<ShopperProfile> readShoppersCsv(Reader reader) {
		List<ShopperProfile> shoppers = new ArrayList<>();
		for (CSVRecord row : parse(reader)) {
			try {
				String name = required(row, "name");
				Set<Mode> modes = new LinkedHashSet<>();
				for (String mode : Vocabulary.split(required(row, "modes"))) {
					modes.add(Mode.parse(mode));
				}
				shoppers.add(validated(new ShopperProfile(id(optional(row, "id"), "shopper:" + name), name,
						optional(row, "email"), required(row, "city"), optionalNumber(row, "latitude"),
						optionalNumber(row, "longitude"), modes, Vocabulary.split(optional(row, "styles")),
						number(row, "price_min"), number(row, "price_max"), Vocabulary.split(optional(row, "goals")),
						Vocabulary.split(optional(row, "life_moments")),
						Vocabulary.split(optional(row, "morphologies")), Vocabulary.split(optional(row, "languages")),
						Vocabulary.split(optional(row, "tags")), (int) number(row, "capacity"),
						Vocabulary.split(optional(row, "availability")), blankToNull(optional(row, "photo_url")),
						optional(row, "description"), number(row, "travel_km"))));
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException("shoppers line " + row.getRecordNumber() + ": " + ex.getMessage(),
						ex);
			}
		}
		return shoppers;
	}

	public static void writeShoppersCsv(List<ShopperProfile> shoppers, Writer writer) {
		try (CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader(SHOPPER_HEADER).get().print(writer)) {
			for (ShopperProfile s : shoppers) {
				csv.printRecord(s.id(), s.name(), s.email(), s.city(), s.latitude(), s.longitude(),
						s.modes().stream().map(Mode::code).sorted().collect(Collectors.joining("|")),
						Vocabulary.join(s.styles()), amount(s.priceMin()), amount(s.priceMax()),
						Vocabulary.join(s.goals()), Vocabulary.join(s.lifeMoments()), Vocabulary.join(s.morphologies()),
						Vocabulary.join(s.languages()), String.join("|", s.tags()), s.capacity(),
						Vocabulary.join(s.availability()), (s.photoUrl() != null) ? s.photoUrl() : "", s.description(),
						amount(s.travelKm()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Checks a shopper's numbers.
	 * @throws IllegalArgumentException naming the field
	 */
	public static ShopperProfile validated(ShopperProfile s) {
		if (s.name() == null || s.name().isBlank()) {
			throw new IllegalArgumentException("name is required");
		}
		if (s.priceMin() < 0 || s.priceMax() < s.priceMin()) {
			throw new IllegalArgumentException("price_min must be >= 0 and price_max >= price_min");
		}
		if (s.capacity() < 0 || s.capacity() > 1000) {
			throw new IllegalArgumentException("capacity must be between 0 and 1000");
		}
		if (s.modes().isEmpty()) {
			throw new IllegalArgumentException("modes must not be empty");
		}
		if (s.travelKm() < 0) {
			throw new IllegalArgumentException("travel_km must be >= 0");
		}
		return s;
	}

	private static ShopperProfile withId(ShopperProfile s) {
		if (s.id() != null) {
			return s;
		}
		return new ShopperProfile(id("", "shopper:" + s.name()), s.name(), nz(s.email()), nz(s.city()), s.latitude(),
				s.longitude(), s.modes(), s.styles(), s.priceMin(), s.priceMax(), s.goals(), s.lifeMoments(),
				s.morphologies(), s.languages(), s.tags(), s.capacity(), s.availability(), s.photoUrl(),
				nz(s.description()), s.travelKm());
	}

	private static String nz(@Nullable String value) {
		return (value != null) ? value : "";
	}

	private static List<CSVRecord> parse(Reader reader) {
		try {
			return CSVFormat.DEFAULT.builder()
				.setHeader()
				.setSkipHeaderRecord(true)
				.setIgnoreEmptyLines(true)
				.setTrim(true)
				.get()
				.parse(reader)
				.getRecords();
		}
		catch (IOException | UncheckedIOException ex) {
			throw new IllegalArgumentException("unreadable CSV: " + ex.getMessage(), ex);
		}
	}

	private static UUID id(String value, String seed) {
		if (value.isBlank()) {
			return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8));
		}
		try {
			return UUID.fromString(value.trim());
		}
		catch (IllegalArgumentException ex) {
			return UUID.nameUUIDFromBytes(value.trim().getBytes(StandardCharsets.UTF_8));
		}
	}

	private static String required(CSVRecord row, String field) {
		String value = optional(row, field);
		if (value.isBlank()) {
			throw new IllegalArgumentException("'" + field + "' is required");
		}
		return value;
	}

	private static String optional(CSVRecord row, String field) {
		return (row.isMapped(field) && row.isSet(field)) ? row.get(field) : "";
	}

	private static double number(CSVRecord row, String field) {
		String value = required(row, field);
		try {
			return Double.parseDouble(value.replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("'" + field + "' is not a number: " + value);
		}
	}

	private static @Nullable Double optionalNumber(CSVRecord row, String field) {
		return optional(row, field).isBlank() ? null : number(row, field);
	}

	private static @Nullable String blankToNull(String value) {
		return value.isBlank() ? null : value;
	}

	private static String languageOr(String value) {
		return value.isBlank() ? "fr" : value.toLowerCase(Locale.ROOT);
	}

	private static String amount(double value) {
		return (value == Math.rint(value)) ? String.valueOf((long) value) : String.valueOf(value);
	}

}

package crmcopilot.matching.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import crmcopilot.shared.CsvLimits;
import crmcopilot.shared.CsvReader;
import crmcopilot.shared.InvalidInputException;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Import and export of clients (CSV) and shoppers (JSON and CSV). List fields are written
 * {@code a|b|c}. Files are read by the project's {@link CsvReader} (bounded, any
 * separator and encoding); bad rows are reported with their line number and a message
 * key.
 */
public final class ProfileFiles {

	/** The input that import errors name. */
	private static final String FILE = "file";

	private static final CsvLimits LIMITS = CsvLimits.DEFAULT.withMaxRows(100_000);

	public static final String[] CLIENT_HEADER = { "id", "name", "email", "city", "mode", "styles", "budget", "goals",
			"life_moments", "morphology", "preferences", "availability", "language" };

	public static final String[] SHOPPER_HEADER = { "id", "name", "email", "city", "latitude", "longitude", "modes",
			"styles", "price_min", "price_max", "goals", "life_moments", "morphologies", "languages", "tags",
			"capacity", "availability", "photo_url", "description", "travel_km" };

	private ProfileFiles() {
	}

	/**
	 * Reads clients from a CSV or TSV file (any separator, UTF-8 or Windows-1252).
	 * @throws InvalidInputException naming the line and the problem
	 */
	public static List<ClientRequest> readClientsCsv(InputStream content) {
		List<ClientRequest> clients = new ArrayList<>();
		try (CsvReader csv = CsvReader.open(content, FILE, LIMITS)) {
			Map<String, Integer> columns = columns(csv.header());
			for (List<String> values = csv.next(); values != null; values = csv.next()) {
				Row row = new Row(columns, values, csv.lineNumber());
				String name = row.required("name");
				clients.add(new ClientRequest(id(row.optional("id"), "client:" + name), name, row.optional("email"),
						row.required("city"), row.mode(row.required("mode")), Vocabulary.split(row.optional("styles")),
						row.number("budget"), Vocabulary.split(row.optional("goals")),
						Vocabulary.split(row.optional("life_moments")), row.optional("morphology"),
						row.optional("preferences"), Vocabulary.split(row.optional("availability")),
						languageOr(row.optional("language"))));
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

	/**
	 * Reads shoppers from a JSON array of profiles.
	 * @throws InvalidInputException when the JSON cannot be read or a profile is invalid
	 */
	public static List<ShopperProfile> readShoppersJson(JsonMapper json, InputStream content) {
		ShopperProfile[] shoppers;
		try {
			shoppers = json.readValue(content, ShopperProfile[].class);
		}
		catch (JacksonException ex) {
			throw new InvalidInputException(FILE, "matching.import.error.json", new Object[0],
					"shoppers JSON: " + ex.getOriginalMessage());
		}
		List<ShopperProfile> result = new ArrayList<>();
		for (ShopperProfile s : shoppers) {
			result.add(validated(withId(s)));
		}
		return result;
	}

	public static void writeShoppersJson(JsonMapper json, List<ShopperProfile> shoppers, Writer writer) {
		json.writerWithDefaultPrettyPrinter().writeValue(writer, shoppers);
	}

	/**
	 * Reads shoppers from a CSV or TSV file (any separator, UTF-8 or Windows-1252).
	 * @throws InvalidInputException naming the line and the problem
	 */
	public static List<ShopperProfile> readShoppersCsv(InputStream content) {
		List<ShopperProfile> shoppers = new ArrayList<>();
		try (CsvReader csv = CsvReader.open(content, FILE, LIMITS)) {
			Map<String, Integer> columns = columns(csv.header());
			for (List<String> values = csv.next(); values != null; values = csv.next()) {
				Row row = new Row(columns, values, csv.lineNumber());
				String name = row.required("name");
				Set<Mode> modes = new LinkedHashSet<>();
				for (String mode : Vocabulary.split(row.required("modes"))) {
					modes.add(row.mode(mode));
				}
				ShopperProfile shopper = new ShopperProfile(id(row.optional("id"), "shopper:" + name), name,
						row.optional("email"), row.required("city"), row.optionalNumber("latitude"),
						row.optionalNumber("longitude"), modes, Vocabulary.split(row.optional("styles")),
						row.number("price_min"), row.number("price_max"), Vocabulary.split(row.optional("goals")),
						Vocabulary.split(row.optional("life_moments")), Vocabulary.split(row.optional("morphologies")),
						Vocabulary.split(row.optional("languages")), Vocabulary.split(row.optional("tags")),
						(int) row.number("capacity"), Vocabulary.split(row.optional("availability")),
						blankToNull(row.optional("photo_url")), row.optional("description"), row.number("travel_km"));
				try {
					shoppers.add(validated(shopper));
				}
				catch (InvalidInputException ex) {
					throw row.error(ex);
				}
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
	 * Checks a shopper's name and numbers.
	 * @throws InvalidInputException naming the field
	 */
	public static ShopperProfile validated(ShopperProfile s) {
		if (s.name() == null || s.name().isBlank()) {
			throw invalid("name", "matching.shopper.error.name", "name is required");
		}
		finite("priceMin", s.priceMin(), Double.MAX_VALUE);
		finite("priceMax", s.priceMax(), Double.MAX_VALUE);
		finite("travelKm", s.travelKm(), Double.MAX_VALUE);
		if (s.latitude() != null) {
			finite("latitude", s.latitude(), 90);
		}
		if (s.longitude() != null) {
			finite("longitude", s.longitude(), 180);
		}
		if (s.priceMin() < 0 || s.priceMax() < s.priceMin()) {
			throw invalid("priceMax", "matching.shopper.error.price",
					"price_min must be >= 0 and price_max >= price_min");
		}
		if (s.capacity() < 0 || s.capacity() > 1000) {
			throw invalid("capacity", "matching.shopper.error.capacity", "capacity must be between 0 and 1000");
		}
		if (s.modes().isEmpty()) {
			throw invalid("modes", "matching.shopper.error.modes", "modes must not be empty");
		}
		if (s.travelKm() < 0) {
			throw invalid("travelKm", "matching.shopper.error.travel", "travel_km must be >= 0");
		}
		return s;
	}

	/**
	 * Refuses NaN, the infinities and values beyond the bound (1e400 reads as infinity).
	 */
	private static void finite(String field, double value, double bound) {
		if (!Double.isFinite(value) || Math.abs(value) > bound) {
			throw invalid(field, "matching.error.finite", "must be a finite number within range");
		}
	}

	private static InvalidInputException invalid(String field, String key, String message) {
		return new InvalidInputException(field, key, new Object[0], message);
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

	private static Map<String, Integer> columns(List<String> header) {
		Map<String, Integer> columns = new HashMap<>();
		for (int i = 0; i < header.size(); i++) {
			columns.putIfAbsent(header.get(i), i);
		}
		return columns;
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

	/** One data row, its values by column name, and its line for error messages. */
	private record Row(Map<String, Integer> columns, List<String> values, long line) {

		String optional(String field) {
			Integer index = this.columns.get(field);
			return (index == null || index >= this.values.size()) ? "" : this.values.get(index).strip();
		}

		String required(String field) {
			String value = optional(field);
			if (value.isBlank()) {
				throw error(field, "matching.import.error.required", new Object[] { field },
						"'" + field + "' is required");
			}
			return value;
		}

		double number(String field) {
			String value = required(field);
			try {
				return Double.parseDouble(value.replace(',', '.'));
			}
			catch (NumberFormatException ex) {
				throw error(field, "matching.import.error.number", new Object[] { field, value },
						"'" + field + "' is not a number: " + value);
			}
		}

		@Nullable Double optionalNumber(String field) {
			return optional(field).isBlank() ? null : number(field);
		}

		Mode mode(String value) {
			try {
				return Mode.parse(value);
			}
			catch (IllegalArgumentException ex) {
				throw error("mode", "matching.import.error.mode", new Object[] { value },
						String.valueOf(ex.getMessage()));
			}
		}

		/** The problem, placed on this row's line. */
		InvalidInputException error(InvalidInputException problem) {
			String key = (problem.messageKey() != null) ? problem.messageKey() : "matching.import.error.invalid";
			return error(problem.field(), key, problem.arguments(), String.valueOf(problem.getMessage()));
		}

		private InvalidInputException error(String field, String key, Object[] arguments, String message) {
			return new InvalidInputException(FILE, "matching.import.error.line",
					new Object[] { this.line,
							new DefaultMessageSourceResolvable(new String[] { key }, arguments, message) },
					"line " + this.line + ": " + message);
		}

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

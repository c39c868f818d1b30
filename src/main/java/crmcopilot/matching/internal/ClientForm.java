package crmcopilot.matching.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import crmcopilot.matching.internal.VocabularyLists.Kind;
import crmcopilot.matching.internal.booking.BookingTexts;
import crmcopilot.matching.internal.booking.PreferredSlot;
import crmcopilot.matching.internal.scoring.Cities;
import crmcopilot.shared.InvalidInputException;

import org.springframework.validation.Errors;

/**
 * A client request as typed on the public form or sent to the API;
 * {@link #validate(VocabularyLists, Errors)} applies the same rules to both, each problem
 * a message key on its field.
 */
public class ClientForm {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private String name = "";

	private String email = "";

	private String city = "";

	private String mode = "peu-importe";

	private List<String> styles = new ArrayList<>();

	private String budget = "";

	private List<String> goals = new ArrayList<>();

	private List<String> lifeMoments = new ArrayList<>();

	private String morphology = "";

	private String preferences = "";

	private List<String> availability = new ArrayList<>();

	private String language = "fr";

	/**
	 * Up to three preferred windows: a date, a start and an end each (blank rows
	 * ignored).
	 */
	private List<String> windowDates = blanks();

	private List<String> windowStarts = blanks();

	private List<String> windowEnds = blanks();

	private boolean consent;

	/** An optional mobile number for SMS reminders. */
	private String phone = "";

	private boolean smsConsent;

	private boolean returnLink;

	/** The form filled with a stored request, consent given (for its update). */
	public static ClientForm of(ClientRequest request) {
		ClientForm form = new ClientForm();
		form.name = request.name();
		form.email = request.email();
		form.city = request.city();
		form.mode = request.mode().code();
		form.styles = new ArrayList<>(request.styles());
		form.budget = (request.budget() == Math.rint(request.budget())) ? Long.toString((long) request.budget())
				: Double.toString(request.budget());
		form.goals = new ArrayList<>(request.goals());
		form.lifeMoments = new ArrayList<>(request.lifeMoments());
		form.morphology = (request.morphology() != null) ? request.morphology() : "";
		form.preferences = request.preferences();
		form.availability = new ArrayList<>(request.availability());
		form.language = request.language();
		form.consent = true;
		return form;
	}

	/**
	 * Rejects each wrong field with the message key of what is wrong. Styles, goals, life
	 * moments, morphology and language must come from the workspace's lists.
	 */
	public void validate(VocabularyLists lists, Errors errors) {
		if (this.name.isBlank() || this.name.length() > 200) {
			errors.rejectValue("name", "matching.form.error.name");
		}
		if (!EMAIL.matcher(this.email.trim()).matches() || this.email.length() > 320) {
			errors.rejectValue("email", "matching.form.error.email");
		}
		if (this.city.isBlank() || Cities.bundled().find(this.city).isEmpty()) {
			errors.rejectValue("city", "matching.form.error.city");
		}
		try {
			Mode.parse(this.mode);
		}
		catch (IllegalArgumentException ex) {
			errors.rejectValue("mode", "matching.form.error.mode");
		}
		Double amount = parseBudget();
		if (amount == null || amount <= 0 || amount > 1_000_000) {
			errors.rejectValue("budget", "matching.form.error.budget");
		}
		if (this.preferences.length() > 2000) {
			errors.rejectValue("preferences", "matching.form.error.preferences");
		}
		if (!this.styles.isEmpty() && !lists.unknown(Kind.STYLES, this.styles).isEmpty()) {
			errors.rejectValue("styles", "matching.form.error.unknown");
		}
		if (!lists.unknown(Kind.GOALS, this.goals).isEmpty()) {
			errors.rejectValue("goals", "matching.form.error.unknown");
		}
		if (!lists.unknown(Kind.LIFE_MOMENTS, this.lifeMoments).isEmpty()) {
			errors.rejectValue("lifeMoments", "matching.form.error.unknown");
		}
		if (!lists.unknown(Kind.MORPHOLOGIES, List.of(this.morphology)).isEmpty()) {
			errors.rejectValue("morphology", "matching.form.error.unknown");
		}
		if (this.language.isBlank() || !lists.unknown(Kind.LANGUAGES, List.of(this.language)).isEmpty()) {
			errors.rejectValue("language", "matching.form.error.language");
		}
		if (!this.consent) {
			errors.rejectValue("consent", "matching.form.error.consent");
		}
		try {
			preferredSlots();
		}
		catch (InvalidInputException ex) {
			errors.rejectValue("windowDates", "matching.form.error.window");
		}
	}

	/**
	 * Rejects a mobile number that cannot be read as one (see
	 * {@link ClientPhones#normalise}).
	 * @param region the workspace's country, or null when unknown
	 */
	public void validatePhone(@Nullable String region, Errors errors) {
		try {
			phone(region);
		}
		catch (InvalidInputException ex) {
			errors.rejectValue("phone", "matching.form.error.phone");
		}
	}

	/** The mobile number in E.164, or null when none was given. */
	public @Nullable String phone(@Nullable String region) {
		return this.phone.isBlank() ? null : ClientPhones.normalise(this.phone, region);
	}

	/**
	 * The preferred windows typed, rows left blank skipped.
	 * @throws InvalidInputException when a row is incomplete or wrong
	 */
	public List<PreferredSlot> preferredSlots() {
		List<PreferredSlot> slots = new ArrayList<>();
		int rows = Math.max(this.windowDates.size(), Math.max(this.windowStarts.size(), this.windowEnds.size()));
		for (int i = 0; i < Math.min(rows, 10); i++) {
			String date = cell(this.windowDates, i);
			String start = cell(this.windowStarts, i);
			String end = cell(this.windowEnds, i);
			if (!date.isBlank() || !start.isBlank() || !end.isBlank()) {
				slots.add(BookingTexts.preferredSlot(date, start, end, "windowDates[" + i + "]"));
			}
		}
		return slots;
	}

	private static String cell(List<@Nullable String> values, int i) {
		String value = (i < values.size()) ? values.get(i) : null;
		return (value != null) ? value : "";
	}

	private static List<String> blanks() {
		return new ArrayList<>(List.of("", "", ""));
	}

	/** Whether a value of a multi-select field is chosen, accents and case aside. */
	public boolean chosen(List<String> values, String value) {
		return Vocabulary.holds(values, value);
	}

	public ClientRequest toRequest() {
		return toRequest(UUID.randomUUID());
	}

	public ClientRequest toRequest(UUID id) {
		return new ClientRequest(id, this.name.trim(), this.email.trim(), this.city.trim(), Mode.parse(this.mode),
				present(this.styles), parseBudget(), present(this.goals), present(this.lifeMoments), this.morphology,
				this.preferences.trim(), present(this.availability), this.language);
	}

	/** The values given, without the nulls a JSON list may hold. */
	private static Set<String> present(List<@Nullable String> values) {
		Set<String> present = new LinkedHashSet<>();
		for (String value : values) {
			if (value != null) {
				present.add(value);
			}
		}
		return present;
	}

	private @Nullable Double parseBudget() {
		try {
			double amount = Double.parseDouble(this.budget.trim().replace(',', '.').replace(" ", ""));
			return Double.isFinite(amount) ? amount : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getCity() {
		return this.city;
	}

	public void setCity(String city) {
		this.city = city;
	}

	public String getMode() {
		return this.mode;
	}

	public void setMode(String mode) {
		this.mode = mode;
	}

	public List<String> getStyles() {
		return this.styles;
	}

	public void setStyles(List<String> styles) {
		this.styles = styles;
	}

	public String getBudget() {
		return this.budget;
	}

	public void setBudget(String budget) {
		this.budget = budget;
	}

	public List<String> getGoals() {
		return this.goals;
	}

	public void setGoals(List<String> goals) {
		this.goals = goals;
	}

	public List<String> getLifeMoments() {
		return this.lifeMoments;
	}

	public void setLifeMoments(List<String> lifeMoments) {
		this.lifeMoments = lifeMoments;
	}

	public String getMorphology() {
		return this.morphology;
	}

	public void setMorphology(String morphology) {
		this.morphology = morphology;
	}

	public String getPreferences() {
		return this.preferences;
	}

	public void setPreferences(String preferences) {
		this.preferences = preferences;
	}

	public List<String> getAvailability() {
		return this.availability;
	}

	public void setAvailability(List<String> availability) {
		this.availability = availability;
	}

	public String getLanguage() {
		return this.language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	public List<String> getWindowDates() {
		return this.windowDates;
	}

	public void setWindowDates(List<String> windowDates) {
		this.windowDates = windowDates;
	}

	public List<String> getWindowStarts() {
		return this.windowStarts;
	}

	public void setWindowStarts(List<String> windowStarts) {
		this.windowStarts = windowStarts;
	}

	public List<String> getWindowEnds() {
		return this.windowEnds;
	}

	public void setWindowEnds(List<String> windowEnds) {
		this.windowEnds = windowEnds;
	}

	public boolean isConsent() {
		return this.consent;
	}

	public void setConsent(boolean consent) {
		this.consent = consent;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(@Nullable String phone) {
		this.phone = (phone != null) ? phone : "";
	}

	public boolean isSmsConsent() {
		return this.smsConsent;
	}

	public void setSmsConsent(boolean smsConsent) {
		this.smsConsent = smsConsent;
	}

	public boolean isReturnLink() {
		return this.returnLink;
	}

	public void setReturnLink(boolean returnLink) {
		this.returnLink = returnLink;
	}

}

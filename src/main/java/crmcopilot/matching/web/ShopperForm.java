package crmcopilot.matching.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import crmcopilot.matching.internal.Mode;
import crmcopilot.matching.internal.ShopperProfile;
import crmcopilot.matching.internal.Vocabulary;
import crmcopilot.matching.internal.booking.ShopperHours;
import crmcopilot.shared.InputLimits;
import crmcopilot.shared.InvalidInputException;

import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BindingResult;

/**
 * A shopper profile as typed on the manager's form or the shopper's own: the workspace's
 * lists are checkboxes, numbers are text (a decimal comma is accepted), and every problem
 * is a message key on its field.
 */
public class ShopperForm {

	@NotBlank(message = "{matching.shopper.error.name}")
	@Size(max = 200, message = "{matching.shopper.error.name}")
	private String name = "";

	@NotBlank(message = "{matching.form.error.email}")
	@Email(message = "{matching.form.error.email}")
	@Size(max = 320, message = "{matching.form.error.email}")
	private String email = "";

	@NotBlank(message = "{matching.shopper.error.city}")
	@Size(max = 120, message = "{matching.shopper.error.city}")
	private String city = "";

	private List<String> modes = new ArrayList<>();

	private List<String> styles = new ArrayList<>();

	private List<String> goals = new ArrayList<>();

	private List<String> lifeMoments = new ArrayList<>();

	private List<String> morphologies = new ArrayList<>();

	private List<String> languages = new ArrayList<>(List.of("fr"));

	private List<String> availability = new ArrayList<>();

	@Size(max = 500, message = "{matching.shopper.error.tags}")
	private String tags = "";

	private String priceMin = "";

	private String priceMax = "";

	private String capacity = "5";

	private String travelKm = "20";

	@Size(max = 500, message = "{matching.shopper.error.photo}")
	private String photoUrl = "";

	@Size(max = 5000, message = "{matching.shopper.error.description}")
	private String description = "";

	private WorkingHoursForm hours = WorkingHoursForm.empty();

	/** The form filled with a stored profile and its working hours. */
	static ShopperForm of(ShopperProfile shopper, ShopperHours hours) {
		ShopperForm form = new ShopperForm();
		form.hours = WorkingHoursForm.of(hours);
		form.name = shopper.name();
		form.email = shopper.email();
		form.city = shopper.city();
		form.modes = shopper.modes().stream().map(Mode::code).toList();
		form.styles = new ArrayList<>(shopper.styles());
		form.goals = new ArrayList<>(shopper.goals());
		form.lifeMoments = new ArrayList<>(shopper.lifeMoments());
		form.morphologies = new ArrayList<>(shopper.morphologies());
		form.languages = new ArrayList<>(shopper.languages());
		form.availability = new ArrayList<>(shopper.availability());
		form.tags = String.join(", ", shopper.tags());
		form.priceMin = amount(shopper.priceMin());
		form.priceMax = amount(shopper.priceMax());
		form.capacity = Integer.toString(shopper.capacity());
		form.travelKm = amount(shopper.travelKm());
		form.photoUrl = (shopper.photoUrl() != null) ? shopper.photoUrl() : "";
		form.description = shopper.description();
		return form;
	}

	/**
	 * The profile typed.
	 * @throws InvalidInputException naming the field of a value that is not a number or
	 * not a session mode
	 */
	ShopperProfile toProfile(UUID id) {
		Set<Mode> parsedModes = new LinkedHashSet<>();
		for (String mode : split(this.modes)) {
			try {
				parsedModes.add(Mode.parse(mode));
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidInputException("modes", "matching.shopper.error.modes", new Object[0],
						String.valueOf(ex.getMessage()));
			}
		}
		return new ShopperProfile(id, this.name.trim(), this.email.trim(), this.city.trim(), null, null, parsedModes,
				split(this.styles), number("priceMin", this.priceMin), number("priceMax", this.priceMax),
				split(this.goals), split(this.lifeMoments), split(this.morphologies), split(this.languages),
				Vocabulary.split(this.tags), (int) number("capacity", this.capacity), split(this.availability),
				InputLimits.httpUrl("photoUrl", this.photoUrl), this.description.trim(),
				number("travelKm", this.travelKm));
	}

	/** Puts a refused value next to its field, or above the form for any other. */
	static void reject(BindingResult result, InvalidInputException ex) {
		String key = (ex.messageKey() != null) ? ex.messageKey() : "matching.error.field";
		Object[] arguments = (ex.messageKey() != null) ? ex.arguments() : new Object[] { ex.field() };
		Object target = (result.getTarget() != null) ? result.getTarget() : new ShopperForm();
		if (new BeanWrapperImpl(target).isReadableProperty(ex.field())) {
			result.rejectValue(ex.field(), key, arguments, ex.getMessage());
		}
		else {
			result.reject(key, arguments, ex.getMessage());
		}
	}

	/** Whether a checkbox value is chosen, accents and case aside. */
	public boolean chosen(Collection<String> values, String value) {
		return Vocabulary.holds(values, value);
	}

	/** Each value may itself be a list written {@code a|b}. */
	private static Set<String> split(List<String> values) {
		Set<String> tags = new LinkedHashSet<>();
		for (String value : values) {
			tags.addAll(Vocabulary.split(value));
		}
		return tags;
	}

	private static double number(String field, String value) {
		try {
			return Double.parseDouble(value.trim().replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException(field, "matching.shopper.error.number", new Object[] { field },
					"not a number: " + value);
		}
	}

	private static String amount(double value) {
		return (value == Math.rint(value)) ? Long.toString((long) value) : Double.toString(value);
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

	public List<String> getModes() {
		return this.modes;
	}

	public void setModes(List<String> modes) {
		this.modes = modes;
	}

	public List<String> getStyles() {
		return this.styles;
	}

	public void setStyles(List<String> styles) {
		this.styles = styles;
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

	public List<String> getMorphologies() {
		return this.morphologies;
	}

	public void setMorphologies(List<String> morphologies) {
		this.morphologies = morphologies;
	}

	public List<String> getLanguages() {
		return this.languages;
	}

	public void setLanguages(List<String> languages) {
		this.languages = languages;
	}

	public List<String> getAvailability() {
		return this.availability;
	}

	public void setAvailability(List<String> availability) {
		this.availability = availability;
	}

	public String getTags() {
		return this.tags;
	}

	public void setTags(String tags) {
		this.tags = tags;
	}

	public String getPriceMin() {
		return this.priceMin;
	}

	public void setPriceMin(String priceMin) {
		this.priceMin = priceMin;
	}

	public String getPriceMax() {
		return this.priceMax;
	}

	public void setPriceMax(String priceMax) {
		this.priceMax = priceMax;
	}

	public String getCapacity() {
		return this.capacity;
	}

	public void setCapacity(String capacity) {
		this.capacity = capacity;
	}

	public String getTravelKm() {
		return this.travelKm;
	}

	public void setTravelKm(String travelKm) {
		this.travelKm = travelKm;
	}

	public String getPhotoUrl() {
		return this.photoUrl;
	}

	public void setPhotoUrl(String photoUrl) {
		this.photoUrl = photoUrl;
	}

	public WorkingHoursForm getHours() {
		return this.hours;
	}

	public void setHours(WorkingHoursForm hours) {
		this.hours = hours;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

}

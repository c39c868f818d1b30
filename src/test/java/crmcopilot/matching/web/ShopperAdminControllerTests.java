package crmcopilot.matching.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import crmcopilot.matching.internal.MatchingService;
import crmcopilot.matching.internal.MatchingVocabulary;
import crmcopilot.matching.internal.Mode;
import crmcopilot.matching.internal.ShopperProfile;
import crmcopilot.matching.internal.VocabularyLists;
import crmcopilot.matching.internal.VocabularyLists.Kind;
import crmcopilot.matching.internal.booking.ShopperHours;
import crmcopilot.matching.internal.booking.TimeOff;
import crmcopilot.matching.internal.booking.WeeklyWindow;
import crmcopilot.shared.InvalidInputException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The manager's shopper form alone: one form object, errors on their field, input kept.
 */
@WebMvcTest(ShopperAdminController.class)
class ShopperAdminControllerTests {

	private static final UUID WORKSPACE = UUID.randomUUID();

	@Autowired
	MockMvc mvc;

	@MockitoBean
	MatchingService matching;

	@MockitoBean
	MatchingVocabulary vocabulary;

	@BeforeEach
	void lists() {
		given(this.vocabulary.lists(WORKSPACE))
			.willReturn(new VocabularyLists(Map.of(Kind.STYLES, List.of("bohème", "rock")), "EUR"));
	}

	@Test
	void should_save_a_valid_profile_and_redirect() throws Exception {
		this.mvc.perform(profile("Awa Diallo", "80"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/matching/shoppers"));
		then(this.matching).should().saveShopper(eq(WORKSPACE), any(ShopperProfile.class), any(ShopperHours.class));
	}

	@Test
	void should_put_a_number_error_on_its_field_and_keep_what_was_typed() throws Exception {
		this.mvc.perform(profile("Awa Diallo", "quatre-vingts"))
			.andExpect(status().isOk())
			.andExpect(view().name(ShopperAdminController.FORM))
			.andExpect(model().attributeHasFieldErrorCode("form", "priceMin", "matching.shopper.error.number"))
			.andExpect(content().string(containsString("value=\"quatre-vingts\"")));
		then(this.matching).shouldHaveNoInteractions();
	}

	@Test
	void should_validate_the_form_object_before_anything_is_saved() throws Exception {
		this.mvc.perform(profile("", "80"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "name"))
			.andExpect(content().string(containsString("Le nom est obligatoire.")));
		then(this.matching).shouldHaveNoInteractions();
	}

	@Test
	void should_show_a_value_outside_the_workspace_lists_next_to_its_field() throws Exception {
		willThrow(new InvalidInputException("styles", "matching.shopper.error.unknown",
				new Object[] { "punk", "bohème, rock" }, "unknown value 'punk'"))
			.given(this.matching)
			.saveShopper(eq(WORKSPACE), any(ShopperProfile.class), any(ShopperHours.class));
		this.mvc.perform(profile("Awa Diallo", "80").param("styles", "punk"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "styles", "matching.shopper.error.unknown"))
			.andExpect(content().string(containsString("Valeur inconnue « punk »")));
	}

	@Test
	void should_save_the_working_hours_typed_with_the_profile() throws Exception {
		this.mvc
			.perform(profile("Awa Diallo", "80").param("hours.windows[0].day", "TUESDAY")
				.param("hours.windows[0].start", "10:00")
				.param("hours.windows[0].end", "13:00")
				.param("hours.windows[1].day", "MONDAY")
				.param("hours.windows[1].start", "")
				.param("hours.windows[1].end", "")
				.param("hours.timeOff[0].from", "2026-12-24")
				.param("hours.timeOff[0].to", "2026-12-26")
				.param("hours.sessionMinutes", "60"))
			.andExpect(status().isFound());
		then(this.matching).should()
			.saveShopper(eq(WORKSPACE), any(ShopperProfile.class),
					eq(new ShopperHours(
							List.of(new WeeklyWindow(DayOfWeek.TUESDAY, LocalTime.of(10, 0), LocalTime.of(13, 0))),
							List.of(new TimeOff(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 26))), 60)));
	}

	@Test
	void should_name_the_field_of_a_bad_window_a_bad_day_off_or_a_bad_session_length() throws Exception {
		this.mvc
			.perform(profile("Awa Diallo", "80").param("hours.windows[0].day", "TUESDAY")
				.param("hours.windows[0].start", "14:00")
				.param("hours.windows[0].end", "10:00"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "hours.windows[0].end", "matching.error.windowEnd"))
			.andExpect(content().string(containsString("La fin doit suivre le début.")));
		this.mvc.perform(profile("Awa Diallo", "80").param("hours.timeOff[0].from", "2026-12-24"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "hours.timeOff[0].to", "matching.error.date"));
		this.mvc.perform(profile("Awa Diallo", "80").param("hours.sessionMinutes", "5"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "hours.sessionMinutes",
					"matching.shopper.error.sessionMinutes"))
			.andExpect(content().string(containsString("Une séance dure de 15 à 600 minutes.")));
		then(this.matching).should(never()).saveShopper(any(), any(), any());
	}

	@Test
	void should_show_the_stored_hours_with_empty_rows_to_add_more() throws Exception {
		UUID id = UUID.randomUUID();
		given(this.matching.shopper(WORKSPACE, id)).willReturn(Optional.of(new ShopperProfile(id, "Léa Martin",
				"lea@example.com", "Paris", null, null, Set.of(Mode.REMOTE), Set.of("rock"), 80, 160, Set.of(),
				Set.of(), Set.of(), Set.of("fr"), Set.of(), 5, Set.of(), null, "", 20)));
		given(this.matching.hours(WORKSPACE, id)).willReturn(new ShopperHours(
				List.of(new WeeklyWindow(DayOfWeek.SATURDAY, LocalTime.of(9, 30), LocalTime.of(12, 0))), List.of(),
				75));
		this.mvc
			.perform(get("/matching/shoppers/" + id).with(authentication(SignedInManager.of(WORKSPACE)))
				.header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"09:30\"")))
			.andExpect(content().string(containsString("Samedi")))
			.andExpect(content().string(containsString("name=\"hours.windows[2].start\"")))
			.andExpect(content().string(containsString("value=\"75\"")));
	}

	private static MockHttpServletRequestBuilder profile(String name, String priceMin) {
		return post("/matching/shoppers/new").with(authentication(SignedInManager.of(WORKSPACE)))
			.with(csrf())
			.header("Accept-Language", "fr")
			.param("name", name)
			.param("email", "awa@example.com")
			.param("city", "Dakar")
			.param("modes", "visio")
			.param("priceMin", priceMin)
			.param("priceMax", "150")
			.param("capacity", "3");
	}

}

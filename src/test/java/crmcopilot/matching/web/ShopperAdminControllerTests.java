package crmcopilot.matching.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import crmcopilot.matching.internal.MatchingService;
import crmcopilot.matching.internal.MatchingVocabulary;
import crmcopilot.matching.internal.ShopperProfile;
import crmcopilot.matching.internal.VocabularyLists;
import crmcopilot.matching.internal.VocabularyLists.Kind;
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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
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
		then(this.matching).should().saveShopper(eq(WORKSPACE), any(ShopperProfile.class));
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
			.saveShopper(eq(WORKSPACE), any(ShopperProfile.class));
		this.mvc.perform(profile("Awa Diallo", "80").param("styles", "punk"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "styles", "matching.shopper.error.unknown"))
			.andExpect(content().string(containsString("Valeur inconnue « punk »")));
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

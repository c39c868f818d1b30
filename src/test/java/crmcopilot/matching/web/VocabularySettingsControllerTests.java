package crmcopilot.matching.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import crmcopilot.matching.internal.MatchingVocabulary;
import crmcopilot.matching.internal.VocabularyLists;
import crmcopilot.matching.internal.VocabularyLists.Kind;
import crmcopilot.shared.InvalidInputException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The value-lists page alone: what it shows, saves and refuses, in the reader's language.
 */
@WebMvcTest(VocabularySettingsController.class)
class VocabularySettingsControllerTests {

	private static final UUID WORKSPACE = UUID.randomUUID();

	@Autowired
	MockMvc mvc;

	@MockitoBean
	MatchingVocabulary vocabulary;

	@Test
	void should_show_each_list_one_entry_per_line() throws Exception {
		given(this.vocabulary.lists(WORKSPACE))
			.willReturn(new VocabularyLists(Map.of(Kind.STYLES, List.of("bohème", "rock")), "XOF"));
		this.mvc.perform(get("/matching/settings").with(authentication(SignedInManager.of(WORKSPACE))))
			.andExpect(status().isOk())
			.andExpect(view().name(VocabularySettingsController.SETTINGS))
			.andExpect(model().attribute("texts",
					Map.of("styles", "bohème\nrock", "goals", "", "lifeMoments", "", "morphologies", "", "languages",
							"")))
			.andExpect(model().attribute("currency", "XOF"));
	}

	@Test
	void should_save_the_lists_and_currency_and_redirect() throws Exception {
		this.mvc
			.perform(post("/matching/settings").with(authentication(SignedInManager.of(WORKSPACE)))
				.with(csrf())
				.param("styles", "rock\nvintage")
				.param("currency", "EUR"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/matching/settings"))
			.andExpect(flash().attribute("message", "matching.settings.saved"));
		then(this.vocabulary).should().saveAll(eq(WORKSPACE), anyMap(), eq("EUR"), anyString());
		then(this.vocabulary).should().saveRatingsChangeScores(eq(WORKSPACE), eq(false), anyString());
	}

	@Test
	void should_show_and_save_whether_ratings_change_scores() throws Exception {
		given(this.vocabulary.lists(WORKSPACE)).willReturn(new VocabularyLists(Map.of(), "EUR"));
		given(this.vocabulary.ratingsChangeScores(WORKSPACE)).willReturn(true);
		this.mvc.perform(get("/matching/settings").with(authentication(SignedInManager.of(WORKSPACE))))
			.andExpect(status().isOk())
			.andExpect(model().attribute("ratingsChangeScores", true));
		this.mvc
			.perform(post("/matching/settings").with(authentication(SignedInManager.of(WORKSPACE)))
				.with(csrf())
				.param("styles", "rock")
				.param("currency", "EUR")
				.param("ratingsChangeScores", "true"))
			.andExpect(status().isFound());
		then(this.vocabulary).should().saveRatingsChangeScores(eq(WORKSPACE), eq(true), anyString());
	}

	@Test
	void should_refuse_a_list_naming_its_field_with_a_text_from_the_bundles() throws Exception {
		willThrow(new InvalidInputException("styles", "matching.settings.error.twice", new Object[] { "Rock" },
				"'Rock' appears twice"))
			.given(this.vocabulary)
			.saveAll(any(), anyMap(), anyString(), anyString());
		this.mvc
			.perform(post("/matching/settings").with(authentication(SignedInManager.of(WORKSPACE)))
				.with(csrf())
				.header("Accept-Language", "fr")
				.param("styles", "rock\nRock"))
			.andExpect(status().isBadRequest())
			.andExpect(model().attribute("invalidField", "styles"))
			.andExpect(model().attribute("error", "matching.settings.error.twice"))
			.andExpect(model().attribute("errorArgs", new Object[] { "Rock" }));
	}

}

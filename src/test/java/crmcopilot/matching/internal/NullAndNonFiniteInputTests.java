package crmcopilot.matching.internal;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import crmcopilot.matching.internal.VocabularyLists.Kind;
import crmcopilot.shared.InvalidInputException;

import org.springframework.validation.BeanPropertyBindingResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NullAndNonFiniteInputTests {

	@Test
	void should_normalise_a_null_to_nothing_and_drop_nulls_from_tags() {
		assertThat(Vocabulary.normalise(null)).isEmpty();
		assertThat(Vocabulary.tags(Arrays.asList("Bohème", null, " "))).containsExactly("boheme");
		assertThat(Vocabulary.holds(Arrays.asList(null, "Chic"), "chic")).isTrue();
	}

	@Test
	void should_ignore_nulls_in_the_workspace_lists_and_in_the_values_checked() {
		VocabularyLists lists = new VocabularyLists(Map.of(Kind.STYLES, Arrays.asList("bohème", null)), "EUR");
		assertThat(lists.styles()).containsExactly("bohème");
		assertThat(lists.unknown(Kind.STYLES, Arrays.asList(null, "Bohème", "punk"))).containsExactly("punk");
		assertThat(lists.labels()).containsEntry("boheme", "bohème").doesNotContainKey("");
	}

	@Test
	void should_build_a_shopper_profile_from_lists_holding_nulls() {
		Set<Mode> modes = new HashSet<>(Arrays.asList(Mode.REMOTE, null));
		Set<String> tags = new HashSet<>(Arrays.asList("capsule", null));
		ShopperProfile shopper = shopper(modes, tags, 48.8);
		assertThat(shopper.modes()).containsExactly(Mode.REMOTE);
		assertThat(shopper.tags()).containsExactly("capsule");
		assertThat(shopper.styles()).containsExactly("boheme");
	}

	@Test
	void should_refuse_non_finite_coordinates_naming_the_field() {
		assertThatThrownBy(() -> ProfileFiles.validated(shopper(Set.of(Mode.REMOTE), Set.of(), Double.NaN)))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> assertThat(ex.field()).isEqualTo("latitude"));
		assertThatThrownBy(
				() -> ProfileFiles.validated(shopper(Set.of(Mode.REMOTE), Set.of(), Double.POSITIVE_INFINITY)))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	void should_refuse_an_infinite_budget_on_the_client_form() {
		ClientForm form = new ClientForm();
		form.setBudget("Infinity");
		form.setStyles(Arrays.asList("bohème", null));
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "client");
		form.validate(new VocabularyLists(Map.of(Kind.STYLES, List.of("bohème")), "EUR"), errors);
		assertThat(errors.getFieldError("budget")).isNotNull();
		assertThat(errors.getFieldError("styles")).isNull();
	}

	private static ShopperProfile shopper(Set<Mode> modes, Set<String> tags, double latitude) {
		return new ShopperProfile(UUID.randomUUID(), "Léa", "lea@example.com", "Paris", latitude, 2.35, modes,
				new HashSet<>(Arrays.asList("Bohème", null)), 50, 150, Set.of(), Set.of(), Set.of(), Set.of("fr"), tags,
				3, Set.of(), null, "", 20);
	}

}

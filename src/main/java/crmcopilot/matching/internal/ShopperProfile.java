package crmcopilot.matching.internal;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * A personal shopper's profile.
 *
 * @param latitude where they work from, or null to use the city table
 * @param goals client goals they handle well (mariage, confiance en soi...)
 * @param tags specialties shown to clients
 * @param travelKm how far they travel for an in-person session
 * @param capacity clients per week
 */
public record ShopperProfile(UUID id, String name, String email, String city, @Nullable Double latitude,
		@Nullable Double longitude, Set<Mode> modes, Set<String> styles, double priceMin, double priceMax,
		Set<String> goals, Set<String> lifeMoments, Set<String> morphologies, Set<String> languages, Set<String> tags,
		int capacity, Set<String> availability, @Nullable String photoUrl, String description, double travelKm) {

	public ShopperProfile {
		styles = Vocabulary.tags(styles);
		goals = Vocabulary.tags(goals);
		lifeMoments = Vocabulary.tags(lifeMoments);
		morphologies = Vocabulary.tags(morphologies);
		languages = Vocabulary.tags(languages);
		availability = Vocabulary.tags(availability);
		modes = modes.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
		tags = tags.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
	}

	public boolean offers(Mode mode) {
		return this.modes.contains(mode);
	}

}

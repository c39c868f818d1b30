package crmcopilot.matching.internal;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a client asked for through the public form (tags normalised by
 * {@link Vocabulary}).
 *
 * @param budget what the client really wants to spend on a session, in the workspace's
 * currency
 * @param availability slots such as {@code semaine}, {@code soir}, {@code samedi}
 * @param language the client's language code ({@code fr}, {@code en}, {@code wo}...)
 */
public record ClientRequest(UUID id, String name, String email, String city, Mode mode, Set<String> styles,
		double budget, Set<String> goals, Set<String> lifeMoments, @Nullable String morphology, String preferences,
		Set<String> availability, String language) {

	public ClientRequest {
		styles = Vocabulary.tags(styles);
		goals = Vocabulary.tags(goals);
		lifeMoments = Vocabulary.tags(lifeMoments);
		availability = Vocabulary.tags(availability);
		morphology = (morphology == null || morphology.isBlank()) ? null : Vocabulary.normalise(morphology);
		language = Vocabulary.normalise(language);
	}

}

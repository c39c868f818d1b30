package crmcopilot.matching.api;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import crmcopilot.matching.internal.MatchingPermissions;
import crmcopilot.matching.internal.MatchingVocabulary;
import crmcopilot.matching.internal.VocabularyLists;
import crmcopilot.matching.internal.VocabularyLists.Kind;
import crmcopilot.shared.InvalidInputException;
import crmcopilot.workspace.Caller;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The workspace's value lists (styles, goals, life moments, morphologies, language codes)
 * and currency: read, and replaced all at once by a manager, as on the settings page.
 */
@RestController
@RequestMapping("/api/v1/matching/settings")
@PreAuthorize("hasAuthority('" + MatchingPermissions.MANAGE + "')")
@Tag(name = "matching")
class SettingsApiController {

	private final MatchingVocabulary vocabulary;

	SettingsApiController(MatchingVocabulary vocabulary) {
		this.vocabulary = vocabulary;
	}

	@GetMapping
	@Operation(summary = "The value lists offered by the client form and the profiles, and the currency")
	Settings get(Caller caller) {
		return settings(caller);
	}

	@PutMapping
	@Operation(summary = "Replace the value lists, the currency and whether ratings change scores; a part left "
			+ "out is kept")
	Settings put(Caller caller, @RequestBody SettingsChange change) {
		VocabularyLists current = this.vocabulary.lists(caller.workspaceId());
		Map<Kind, List<String>> lists = new EnumMap<>(Kind.class);
		for (Kind kind : Kind.values()) {
			List<String> given = (change.lists() != null) ? change.lists().get(kind.field()) : null;
			lists.put(kind, (given != null) ? given : current.of(kind));
		}
		if (change.lists() != null) {
			for (String field : change.lists().keySet()) {
				if (lists.keySet().stream().noneMatch((kind) -> kind.field().equals(field))) {
					throw new InvalidInputException("lists." + field,
							"unknown list (styles, goals, lifeMoments, " + "morphologies or languages)");
				}
			}
		}
		String currency = (change.currency() != null) ? change.currency() : current.currency();
		this.vocabulary.saveAll(caller.workspaceId(), lists, currency, caller.actor());
		if (change.ratingsChangeScores() != null) {
			this.vocabulary.saveRatingsChangeScores(caller.workspaceId(), change.ratingsChangeScores(), caller.actor());
		}
		return settings(caller);
	}

	private Settings settings(Caller caller) {
		VocabularyLists lists = this.vocabulary.lists(caller.workspaceId());
		Map<String, List<String>> byField = new LinkedHashMap<>();
		for (Kind kind : Kind.values()) {
			byField.put(kind.field(), lists.of(kind));
		}
		return new Settings(byField, lists.currency(), this.vocabulary.ratingsChangeScores(caller.workspaceId()));
	}

	/**
	 * The lists by field name, the ISO 4217 currency code, and whether shoppers' average
	 * client ratings (3 ratings or more) move their scores by up to ±3 points of 100.
	 */
	record Settings(Map<String, List<String>> lists, String currency, boolean ratingsChangeScores) {

	}

	/**
	 * Lists to replace (by field name), the currency and the ratings switch; absent parts
	 * are kept.
	 */
	record SettingsChange(@Nullable Map<String, List<String>> lists, @Nullable String currency,
			@Nullable Boolean ratingsChangeScores) {

	}

}

package crmcopilot.opportunities.cli;

import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * A running server's HTTP API as the evaluation's copilot: each note posted to
 * {@code POST /api/v1/opportunities/text}, each draft decided through {@code POST
 * /api/v1/opportunities/drafts/{id}/approve} with the token of a user who may capture and
 * approve.
 */
final class ApiCopilot implements AccountLinkReplay.Copilot {

	private final RestClient api;

	ApiCopilot(String baseUrl, String token) {
		this.api = RestClient.builder().baseUrl(baseUrl).defaultHeader("Authorization", "Bearer " + token).build();
	}

	@Override
	public AccountLinkReplay.Suggestion submit(AccountLinkReplay.LabelledNote note) {
		Map<?, ?> draft = this.api.post()
			.uri("/api/v1/opportunities/text")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("text", note.text(), "documentDate", note.created().toString()))
			.retrieve()
			.body(Map.class);
		if (draft == null) {
			throw new IllegalStateException("the server returned no draft for note " + note.id());
		}
		Map<?, ?> match = map(draft.get("accountMatch"));
		Map<?, ?> contact = map(draft.get("contactMatch"));
		Map<?, ?> deal = map(draft.get("opportunityMatch"));
		String contactChoice = ("SURE".equals(contact.get("kind")) && contact.get("existingId") != null)
				? "link:" + contact.get("existingId") : "new";
		return new AccountLinkReplay.Suggestion(UUID.fromString(String.valueOf(draft.get("id"))),
				String.valueOf(match.get("kind")), uuid(match.get("existingId")), text(match.get("reason")),
				text(map(draft.get("values")).get("accountName")), contactChoice, uuid(deal.get("id")),
				text(deal.get("level")));
	}

	@Override
	public UUID approve(AccountLinkReplay.Suggestion suggestion, String accountChoice, @Nullable String accountName) {
		return approve(suggestion, accountChoice, accountName, "new").accountId();
	}

	@Override
	public AccountLinkReplay.Approved approve(AccountLinkReplay.Suggestion suggestion, String accountChoice,
			@Nullable String accountName, String opportunityChoice) {
		Map<?, ?> approved = this.api.post()
			.uri("/api/v1/opportunities/drafts/{id}/approve", suggestion.draftId())
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("values", (accountName != null) ? Map.of("accountName", accountName) : Map.of(),
					"accountChoice", accountChoice, "contactChoice",
					(suggestion.contactChoice() != null) ? suggestion.contactChoice() : "new", "opportunityChoice",
					opportunityChoice))
			.retrieve()
			.body(Map.class);
		if (approved == null || approved.get("accountId") == null) {
			throw new IllegalStateException("the server approved draft " + suggestion.draftId() + " onto no account");
		}
		return new AccountLinkReplay.Approved(UUID.fromString(String.valueOf(approved.get("accountId"))),
				uuid(approved.get("opportunityId")));
	}

	private static Map<?, ?> map(@Nullable Object value) {
		return (value instanceof Map<?, ?> map) ? map : Map.of();
	}

	private static @Nullable String text(@Nullable Object value) {
		return (value != null) ? String.valueOf(value) : null;
	}

	private static @Nullable UUID uuid(@Nullable Object value) {
		return (value != null) ? UUID.fromString(String.valueOf(value)) : null;
	}

}

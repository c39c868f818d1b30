package crmcopilot.support.internal.satisfaction;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import crmcopilot.shared.SecureTokens;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Satisfaction surveys: each automatic reply, and the message that closes a solved
 * ticket, carries a link to rate the answer from 1 to 5 with a comment, without a login.
 * The link holds 256 random bits; only their hash is stored, and a survey takes one
 * answer.
 */
@Service
public class SatisfactionSurveys {

	/** The author of replies the copilot sends alone. */
	static final String AUTOMATIC_AUTHOR = "ai";

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final String publicUrl;

	SatisfactionSurveys(JdbcClient jdbc, MessageSource messages,
			@Value("${copilot.public-url:http://localhost:8080}") String publicUrl) {
		this.jdbc = jdbc;
		this.messages = messages;
		this.publicUrl = publicUrl.replaceAll("/+$", "");
	}

	/**
	 * The text of a reply about to be sent: an automatic one gets the rating link, in the
	 * reply's language; an agent's is unchanged (its survey comes when the ticket is
	 * solved).
	 * @param replyExternalId the reply's {@code Message-ID}, which the survey refers to
	 */
	public String withInvitation(UUID workspaceId, UUID threadId, String replyExternalId, String author, String text,
			String language) {
		if (!AUTOMATIC_AUTHOR.equals(author)) {
			return text;
		}
		return text + "\n\n" + invitation(workspaceId, threadId, replyExternalId, true, language);
	}

	/**
	 * The message that closes a solved ticket: thanks and the link to rate the answer.
	 */
	String solvedMessage(UUID workspaceId, UUID threadId, String replyExternalId, String language) {
		return this.messages.getMessage("support.rating.solved", null, Locale.forLanguageTag(language)) + "\n\n"
				+ invitation(workspaceId, threadId, replyExternalId, false, language);
	}

	/** A new survey's invitation line: a sentence and the link. */
	private String invitation(UUID workspaceId, UUID threadId, @Nullable String replyExternalId, boolean automatic,
			String language) {
		String token = SecureTokens.randomUrlSafe(32);
		this.jdbc.sql("""
				INSERT INTO support_rating (id, workspace_id, token_hash, thread_id, reply, categorie, automatic,
				  created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), workspaceId, SecureTokens.hash(token), threadId, replyExternalId,
					category(workspaceId, threadId), automatic, Instant.now().atOffset(ZoneOffset.UTC))
			.update();
		return this.messages.getMessage("support.rating.invitation", new Object[] { link(token) },
				Locale.forLanguageTag(language));
	}

	String link(String token) {
		return this.publicUrl + "/public/rate/" + token;
	}

	/** A survey as its page shows it. */
	public record Survey(UUID id, UUID workspaceId, @Nullable Integer score) {

		public boolean answered() {
			return this.score != null;
		}

	}

	public Optional<Survey> find(String token) {
		if (!token.matches("[A-Za-z0-9_-]{20,100}")) {
			return Optional.empty();
		}
		return this.jdbc.sql("SELECT id, workspace_id, score FROM support_rating WHERE token_hash = ?")
			.params(SecureTokens.hash(token))
			.query((rs, n) -> new Survey(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					(Integer) rs.getObject(3, Integer.class)))
			.optional();
	}

	/**
	 * Records the answer of a survey that has none yet.
	 * @return false when it was already answered
	 */
	public boolean answer(Survey survey, int score, @Nullable String comment) {
		if (score < 1 || score > 5) {
			throw new IllegalArgumentException("score out of 1..5");
		}
		String text = (comment == null || comment.isBlank()) ? null : comment.strip();
		return this.jdbc.sql("""
				UPDATE support_rating SET score = ?, comment = ?, answered_at = ?
				WHERE id = ? AND workspace_id = ? AND answered_at IS NULL""")
			.params(score, text, Instant.now().atOffset(ZoneOffset.UTC), survey.id(), survey.workspaceId())
			.update() == 1;
	}

	/** The category of the customer's latest triaged message on the thread. */
	private @Nullable String category(UUID workspaceId, UUID threadId) {
		return this.jdbc.sql("""
				SELECT categorie FROM support_message WHERE workspace_id = ? AND thread_id = ? AND direction = 'in'
				AND categorie IS NOT NULL ORDER BY received_at DESC LIMIT 1""")
			.params(workspaceId, threadId)
			.query(String.class)
			.optional()
			.orElse(null);
	}

}

package crmcopilot.crm;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A workspace's Salesforce org: OAuth 2.0 web-server flow with PKCE, picklists read from
 * {@code describe}, and pushes of local opportunities (with their account and contact)
 * through the shared outbox, retried until Salesforce accepts or refuses them.
 */
public interface SalesforceConnector {

	/**
	 * Starts the authorisation: remembers a state and a PKCE verifier and returns the
	 * Salesforce authorisation page to send the user to.
	 * @param host {@code login}, {@code test} (sandbox) or a My Domain host name
	 * @param redirectUri the callback page Salesforce returns to
	 */
	String authorizationUrl(UUID workspaceId, String actor, String host, String redirectUri);

	/**
	 * Exchanges the code returned to the callback for tokens (with the PKCE verifier).
	 */
	Status completeAuthorization(UUID workspaceId, String actor, String state, String code);

	Status status(UUID workspaceId);

	/** Revokes the refresh token (best effort) and forgets the connection. */
	void disconnect(UUID workspaceId, String actor);

	/**
	 * Queues the push of a local opportunity with its account and contact; does nothing
	 * (and returns empty) when the workspace is not connected.
	 */
	Optional<Push> enqueuePush(UUID workspaceId, UUID opportunityId, @Nullable UUID draftId);

	/**
	 * Queues the push and attempts it at once; a failed attempt stays in the outbox
	 * (retried later) or shows Salesforce's refusal.
	 */
	Optional<Push> pushNow(UUID workspaceId, UUID opportunityId, @Nullable UUID draftId);

	/**
	 * Queues the creation, or the update, of the Salesforce Task of a follow-up; does
	 * nothing (and returns false) when the workspace is not connected. Each item carries
	 * the follow-up as it is now, so the last one delivered wins.
	 */
	boolean enqueueTask(UUID workspaceId, TaskState task);

	/** The latest push of a local opportunity. */
	Optional<Push> push(UUID workspaceId, UUID opportunityId);

	List<Push> pushes(UUID workspaceId, int limit);

	/**
	 * @param limitUsed API requests used today, from {@code Sforce-Limit-Info}
	 * @param picklists active values of Opportunity StageName, LeadSource and Type
	 */
	record Status(boolean connected, @Nullable String instanceUrl, @Nullable String loginHost,
			@Nullable String connectedBy, @Nullable Instant connectedAt, @Nullable String problem,
			@Nullable Long limitUsed, @Nullable Long limitMax, @Nullable Instant limitSeenAt,
			Map<String, List<String>> picklists, int pendingPushes) {

		public static Status notConnected() {
			return new Status(false, null, null, null, null, null, null, null, null, Map.of(), 0);
		}

	}

	/**
	 * A follow-up as Salesforce keeps it: a Task on the pushed opportunity (else the
	 * pushed account) when it has one.
	 *
	 * @param followUpId the local follow-up, which the Task stays tied to
	 */
	record TaskState(UUID followUpId, String subject, LocalDate dueDate, boolean completed,
			@Nullable UUID opportunityId, @Nullable UUID accountId) {

	}

	/**
	 * Where a push stands; pages name it through
	 * {@code opportunities.salesforce.push.<name>}.
	 */
	enum PushStatus {

		/** Waiting for its first attempt or for a retry. */
		PENDING,
		/** Salesforce accepted it. */
		DONE,
		/**
		 * Salesforce refused the data, or the last attempt failed: fix and push again.
		 */
		FAILED

	}

	/**
	 * @param id the push's item in the shared outbox
	 * @param warning a caveat of a push Salesforce accepted (the currency not sent, say)
	 * @param updatedAt when it was delivered, else when it was queued
	 */
	record Push(UUID id, UUID opportunityId, @Nullable UUID draftId, PushStatus status, int attempts,
			@Nullable Instant nextAttemptAt, @Nullable String lastError, @Nullable String accountSalesforceId,
			@Nullable String contactSalesforceId, @Nullable String opportunitySalesforceId, Instant updatedAt,
			@Nullable String warning) {

	}

}

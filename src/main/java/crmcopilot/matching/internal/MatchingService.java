package crmcopilot.matching.internal;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import crmcopilot.ai.TextEmbeddings;
import crmcopilot.audit.AuditEvent;
import crmcopilot.audit.AuditJournal;
import crmcopilot.audit.Consents;
import crmcopilot.matching.internal.booking.BookingStore;
import crmcopilot.matching.internal.booking.PreferredSlot;
import crmcopilot.matching.internal.booking.SessionFeedback;
import crmcopilot.matching.internal.booking.ShopperHours;
import crmcopilot.matching.internal.scoring.Cities;
import crmcopilot.matching.internal.scoring.MatchScorer;
import crmcopilot.matching.internal.scoring.MatchWeights;
import crmcopilot.matching.internal.scoring.RankedShopper;
import crmcopilot.matching.internal.scoring.ScoreBreakdown;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The personal-shopping copilot's operations: shopper profiles, client requests (with
 * consent), ranking and manual re-assignment (the batch is {@link BatchAssignments}), and
 * the shopper's own view of their clients. Every method is scoped by the workspace.
 */
@Service
public class MatchingService {

	/** Consent purpose recorded for the public form. */
	public static final String CONSENT_PURPOSE = "matching";

	private final MatchingStore store;

	private final Consents consents;

	private final AuditJournal journal;

	private final ObjectProvider<TextEmbeddings> embeddings;

	private final ReturnLinkStore returnLinks;

	private final MatchingVocabulary vocabulary;

	private final BookingStore bookings;

	private final SessionFeedback feedback;

	MatchingService(MatchingStore store, Consents consents, AuditJournal journal,
			ObjectProvider<TextEmbeddings> embeddings, ReturnLinkStore returnLinks, MatchingVocabulary vocabulary,
			BookingStore bookings, SessionFeedback feedback) {
		this.store = store;
		this.feedback = feedback;
		this.bookings = bookings;
		this.vocabulary = vocabulary;
		this.returnLinks = returnLinks;
		this.consents = consents;
		this.journal = journal;
		this.embeddings = embeddings;
	}

	public List<ShopperProfile> shoppers(UUID workspaceId) {
		return this.store.shoppers(workspaceId);
	}

	public Optional<ShopperProfile> shopper(UUID workspaceId, UUID shopperId) {
		return this.store.shopper(workspaceId, shopperId);
	}

	/** The shopper profile linked to a SHOPPER user, by email. */
	public Optional<ShopperProfile> shopperOfUser(UUID workspaceId, @Nullable String email) {
		return (email == null) ? Optional.empty() : this.store.shopperByEmail(workspaceId, email);
	}

	/**
	 * Creates or updates a shopper profile.
	 * @throws crmcopilot.shared.InvalidInputException naming the field of a bad value, or
	 * of a value unknown to the workspace's lists
	 */
	@Transactional
	public void saveShopper(UUID workspaceId, ShopperProfile shopper) {
		ShopperProfile valid = ProfileFiles.validated(shopper);
		this.vocabulary.checkShopper(workspaceId, valid);
		this.store.saveShopper(workspaceId, valid);
	}

	/**
	 * Creates or updates a shopper profile and its working hours, both or neither.
	 * @throws crmcopilot.shared.InvalidInputException naming the field of a bad value
	 */
	@Transactional
	public void saveShopper(UUID workspaceId, ShopperProfile shopper, ShopperHours hours) {
		saveShopper(workspaceId, shopper);
		this.bookings.saveHours(workspaceId, shopper.id(), hours);
	}

	/** A shopper's working hours (none yet: no windows, the default session length). */
	public ShopperHours hours(UUID workspaceId, UUID shopperId) {
		return this.bookings.hours(workspaceId, shopperId);
	}

	/** Imports (creates or updates by id) all shoppers, or none when one is invalid. */
	@Transactional
	public int importShoppers(UUID workspaceId, List<ShopperProfile> shoppers) {
		for (ShopperProfile shopper : shoppers) {
			saveShopper(workspaceId, shopper);
		}
		return shoppers.size();
	}

	@Transactional
	public boolean deleteShopper(UUID workspaceId, UUID shopperId) {
		return this.store.deleteShopper(workspaceId, shopperId);
	}

	/**
	 * Stores a client request from the public form after recording the consent.
	 * @throws IllegalStateException when consent is not given (nothing is stored)
	 */
	@Transactional
	public ClientRequest submit(UUID workspaceId, ClientRequest request, boolean consent, String source) {
		return submit(workspaceId, request, consent, source, List.of());
	}

	/**
	 * Stores a client request with the windows in which a session may be booked.
	 * @throws IllegalStateException when consent is not given (nothing is stored)
	 */
	@Transactional
	public ClientRequest submit(UUID workspaceId, ClientRequest request, boolean consent, String source,
			List<PreferredSlot> windows) {
		if (!consent) {
			throw new IllegalStateException("consent to the processing of the form data is required");
		}
		this.consents.record(workspaceId, request.email(), CONSENT_PURPOSE, true, source);
		this.store.insertClient(workspaceId, request);
		this.bookings.saveWindows(workspaceId, request.id(), windows);
		return request;
	}

	/**
	 * Replaces what a client asked for (through their return link); the email, the
	 * consent and the assignment stay.
	 * @return false when the client does not exist in this workspace
	 */
	@Transactional
	public boolean updateClient(UUID workspaceId, ClientRequest request, String source) {
		boolean updated = this.store.updateClient(workspaceId, request);
		if (updated) {
			this.journal.record(AuditEvent.of(workspaceId, "matching.client.updated", "matching-client",
					request.id().toString(), "client updated their form", Map.of("source", source)));
		}
		return updated;
	}

	/**
	 * The client withdraws their consent: it is recorded (and journalled), their request
	 * and return links are deleted, so nothing is processed any more.
	 * @return false when the client does not exist in this workspace
	 */
	@Transactional
	public boolean withdraw(UUID workspaceId, UUID clientId, String source) {
		Optional<ClientCase> client = this.store.client(workspaceId, clientId);
		if (client.isEmpty()) {
			return false;
		}
		this.consents.record(workspaceId, client.get().request().email(), CONSENT_PURPOSE, false, source);
		this.returnLinks.deleteAll(workspaceId, clientId);
		this.store.deleteClient(workspaceId, clientId);
		this.journal.record(AuditEvent.of(workspaceId, "matching.client.withdrawn", "matching-client",
				clientId.toString(), "consent withdrawn: request deleted", Map.of("source", source)));
		return true;
	}

	/** Imports clients (from the owner's CSV); consent is the owner's responsibility. */
	@Transactional
	public int importClients(UUID workspaceId, List<ClientRequest> clients) {
		for (ClientRequest client : clients) {
			if (this.store.client(workspaceId, client.id()).isEmpty()) {
				this.store.insertClient(workspaceId, client);
			}
		}
		return clients.size();
	}

	public List<ClientCase> clients(UUID workspaceId) {
		return this.store.clients(workspaceId);
	}

	public Optional<ClientCase> client(UUID workspaceId, UUID clientId) {
		return this.store.client(workspaceId, clientId);
	}

	public MatchWeights weights(UUID workspaceId) {
		return this.store.weights(workspaceId).orElse(MatchWeights.DEFAULT);
	}

	@Transactional
	public void saveWeights(UUID workspaceId, MatchWeights weights) {
		this.store.saveWeights(workspaceId, weights);
	}

	/** The workspace's scorer: its weights, and its shoppers' ratings when they count. */
	public MatchScorer scorer(UUID workspaceId) {
		return new MatchScorer(weights(workspaceId), Cities.bundled(), this.embeddings.getIfAvailable(),
				this.vocabulary.ratingsChangeScores(workspaceId) ? this.feedback.ratingBonuses(workspaceId) : Map.of());
	}

	/** The shoppers that pass the hard filters for this client, best first. */
	public List<RankedShopper> rank(UUID workspaceId, ClientRequest client) {
		return scorer(workspaceId).rank(client, shoppers(workspaceId));
	}

	/** The breakdown of an existing pair (empty when a hard filter excludes it). */
	public Optional<ScoreBreakdown> breakdown(UUID workspaceId, ClientRequest client, ShopperProfile shopper) {
		return scorer(workspaceId).explain(client, shopper);
	}

	/** Clients per shopper. */
	public Map<UUID, Integer> loads(UUID workspaceId) {
		Map<UUID, Integer> loads = new HashMap<>();
		for (ClientCase c : clients(workspaceId)) {
			if (c.shopperId() != null) {
				loads.merge(c.shopperId(), 1, Integer::sum);
			}
		}
		return loads;
	}

	/**
	 * Assigns (or re-assigns, or unassigns with null) one client by hand.
	 * @throws IllegalArgumentException when the shopper is unknown or full
	 */
	@Transactional
	public void assign(UUID workspaceId, UUID clientId, @Nullable UUID shopperId, String actor) {
		ClientCase client = this.store.client(workspaceId, clientId)
			.orElseThrow(() -> new IllegalArgumentException("unknown client"));
		if (shopperId != null) {
			ShopperProfile shopper = this.store.shopper(workspaceId, shopperId)
				.orElseThrow(() -> new IllegalArgumentException("unknown shopper"));
			int load = loads(workspaceId).getOrDefault(shopperId, 0);
			if (!shopperId.equals(client.shopperId()) && load >= shopper.capacity()) {
				throw new IllegalArgumentException("shopper is at full capacity");
			}
		}
		this.store.assign(workspaceId, clientId, shopperId);
		this.bookings.keepOnlyWith(workspaceId, clientId, shopperId);
		Map<String, Object> details = new HashMap<>();
		details.put("from", String.valueOf(client.shopperId()));
		details.put("to", String.valueOf(shopperId));
		this.journal.record(
				AuditEvent
					.of(workspaceId, "matching.assignment.manual", "matching-client", clientId.toString(),
							"assigned by hand", details)
					.by(actor, "user"));
	}

	/** The clients of one shopper only. */
	public List<ClientCase> clientsOf(UUID workspaceId, UUID shopperId) {
		return this.store.clientsOf(workspaceId, shopperId);
	}

	/** One of the shopper's own clients; empty for anybody else's. */
	public Optional<ClientCase> clientOf(UUID workspaceId, UUID shopperId, UUID clientId) {
		return this.store.client(workspaceId, clientId).filter((c) -> shopperId.equals(c.shopperId()));
	}

	@Transactional
	public boolean updateSession(UUID workspaceId, UUID shopperId, UUID clientId, SessionStatus status, String notes) {
		return this.store.updateSession(workspaceId, shopperId, clientId, status, notes);
	}

	/**
	 * The home dashboard's figures: pending clients, clients assigned since the given
	 * moment, assigned clients and the shoppers' total weekly capacity.
	 */
	public Figures figures(UUID workspaceId, OffsetDateTime since) {
		return this.store.figures(workspaceId, since);
	}

	/** How many clients a shopper has. */
	public long clientCount(UUID workspaceId, UUID shopperId) {
		return this.store.countOf(workspaceId, shopperId);
	}

	/** Dashboard figures of a workspace. */
	public record Figures(long pending, long assignedSince, long assigned, long capacity) {

	}

}

package crmcopilot.matching.internal.booking;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import crmcopilot.audit.AuditEvent;
import crmcopilot.audit.AuditJournal;
import crmcopilot.matching.internal.scoring.RatingBonus;
import crmcopilot.shared.InvalidInputException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens after a session: the shopper records whether the client came, the client
 * rates it (1 to 5 and a comment, once per appointment), and the manager reads both per
 * shopper.
 */
@Service
public class SessionFeedback {

	/** The longest comment kept. */
	public static final int COMMENT_MAX = 2000;

	private final JdbcClient jdbc;

	private final BookingStore bookings;

	private final AuditJournal journal;

	private final Clock clock;

	SessionFeedback(JdbcClient jdbc, BookingStore bookings, AuditJournal journal, ObjectProvider<Clock> clock) {
		this.jdbc = jdbc;
		this.bookings = bookings;
		this.journal = journal;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/**
	 * The shopper records whether the client came to one of their appointments that has
	 * started.
	 * @return false for another shopper's appointment, or one still to come
	 */
	@Transactional
	public boolean recordOutcome(UUID workspaceId, UUID shopperId, UUID appointmentId, Appointment.Outcome outcome,
			String actor) {
		boolean recorded = this.bookings.recordOutcome(workspaceId, shopperId, appointmentId, outcome,
				this.clock.instant());
		if (recorded) {
			this.journal.record(AuditEvent
				.of(workspaceId, "matching.appointment.outcome", "matching-appointment", appointmentId.toString(),
						"shopper recorded the outcome of a session", Map.of("outcome", outcome.name()))
				.by(actor, "user"));
		}
		return recorded;
	}

	/**
	 * The client rates their ended session, once.
	 * @return false when it has not ended yet or is already rated
	 * @throws InvalidInputException for stars outside 1–5 or a comment too long
	 */
	@Transactional
	public boolean rate(UUID workspaceId, UUID clientId, int stars, String comment) {
		if (stars < 1 || stars > 5) {
			throw new InvalidInputException("stars", "matching.rating.error.stars", new Object[0],
					"a rating is 1 to 5 stars");
		}
		if (comment.length() > COMMENT_MAX) {
			throw new InvalidInputException("comment", "matching.rating.error.comment", new Object[] { COMMENT_MAX },
					"the comment is too long");
		}
		Optional<Appointment> appointment = this.bookings.appointmentOf(workspaceId, clientId)
			.filter((a) -> !a.end().isAfter(this.clock.instant()));
		if (appointment.isEmpty()) {
			return false;
		}
		try {
			this.jdbc.sql("""
					INSERT INTO matching_rating (appointment_id, workspace_id, client_id, shopper_id, stars, comment,
					  created_at) VALUES (?, ?, ?, ?, ?, ?, ?)""")
				.params(appointment.get().id(), workspaceId, clientId, appointment.get().shopperId(), stars,
						comment.strip(), OffsetDateTime.now(this.clock.withZone(ZoneOffset.UTC)))
				.update();
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
		this.journal.record(AuditEvent.of(workspaceId, "matching.appointment.rated", "matching-appointment",
				appointment.get().id().toString(), "client rated their session", Map.of("stars", stars)));
		return true;
	}

	/** The stars the client gave their appointment, if they rated it. */
	public Optional<Integer> rating(UUID workspaceId, UUID appointmentId) {
		return this.jdbc.sql("SELECT stars FROM matching_rating WHERE workspace_id = ? AND appointment_id = ?")
			.params(workspaceId, appointmentId)
			.query(Integer.class)
			.optional();
	}

	/** Ratings and outcomes per shopper of the workspace (absent: none yet). */
	public Map<UUID, ShopperRecord> records(UUID workspaceId) {
		Map<UUID, ShopperRecord> records = new HashMap<>();
		this.jdbc.sql("""
				SELECT shopper_id, SUM(CASE WHEN outcome = 'HONOURED' THEN 1 ELSE 0 END),
				  SUM(CASE WHEN outcome = 'NO_SHOW' THEN 1 ELSE 0 END)
				FROM matching_appointment WHERE workspace_id = ? GROUP BY shopper_id""")
			.param(workspaceId)
			.query((rs) -> {
				records.put(rs.getObject(1, UUID.class), new ShopperRecord(0, 0, rs.getInt(2), rs.getInt(3)));
			});
		this.jdbc
			.sql("SELECT shopper_id, AVG(stars * 1.0), COUNT(*) FROM matching_rating WHERE workspace_id = ? "
					+ "GROUP BY shopper_id")
			.param(workspaceId)
			.query((rs) -> {
				ShopperRecord outcomes = records.getOrDefault(rs.getObject(1, UUID.class), ShopperRecord.NONE);
				records.put(rs.getObject(1, UUID.class),
						new ShopperRecord(rs.getDouble(2), rs.getInt(3), outcomes.honoured(), outcomes.noShows()));
			});
		return records;
	}

	/** The score bonus of each shopper with enough ratings to count. */
	public Map<UUID, RatingBonus> ratingBonuses(UUID workspaceId) {
		Map<UUID, RatingBonus> bonuses = new HashMap<>();
		records(workspaceId).forEach((shopperId, record) -> {
			RatingBonus bonus = RatingBonus.of(record.averageStars(), record.ratings());
			if (bonus != null) {
				bonuses.put(shopperId, bonus);
			}
		});
		return bonuses;
	}

	/**
	 * What a shopper's sessions gave.
	 *
	 * @param averageStars the mean rating, 0 without ratings
	 */
	public record ShopperRecord(double averageStars, int ratings, int honoured, int noShows) {

		public static final ShopperRecord NONE = new ShopperRecord(0, 0, 0, 0);

	}

}

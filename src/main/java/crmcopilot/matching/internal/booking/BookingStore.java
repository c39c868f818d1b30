package crmcopilot.matching.internal.booking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for working hours, preferred windows and appointments; every statement is scoped by
 * the workspace.
 */
@Repository
public class BookingStore {

	private static final String APPOINTMENT_COLUMNS = "id, client_id, shopper_id, starts_at, ends_at, outcome";

	private final JdbcClient jdbc;

	BookingStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Map<UUID, ShopperHours> hours(UUID workspaceId) {
		Map<UUID, ShopperHours> hours = new HashMap<>();
		this.jdbc.sql(
				"SELECT shopper_id, weekly, time_off, session_minutes FROM matching_shopper_hours WHERE workspace_id = ?")
			.param(workspaceId)
			.query((rs) -> {
				hours.put(rs.getObject(1, UUID.class), new ShopperHours(BookingTexts.weekly(rs.getString(2)),
						BookingTexts.timeOff(rs.getString(3)), rs.getInt(4)));
			});
		return hours;
	}

	public ShopperHours hours(UUID workspaceId, UUID shopperId) {
		return this.jdbc.sql(
				"SELECT weekly, time_off, session_minutes FROM matching_shopper_hours WHERE workspace_id = ? AND shopper_id = ?")
			.params(workspaceId, shopperId)
			.query((rs, row) -> new ShopperHours(BookingTexts.weekly(rs.getString(1)),
					BookingTexts.timeOff(rs.getString(2)), rs.getInt(3)))
			.optional()
			.orElse(ShopperHours.NONE);
	}

	/** Replaces a shopper's hours (the shopper must exist in the workspace). */
	public void saveHours(UUID workspaceId, UUID shopperId, ShopperHours hours) {
		this.jdbc.sql("DELETE FROM matching_shopper_hours WHERE workspace_id = ? AND shopper_id = ?")
			.params(workspaceId, shopperId)
			.update();
		this.jdbc.sql(
				"INSERT INTO matching_shopper_hours (shopper_id, workspace_id, weekly, time_off, session_minutes) VALUES (?, ?, ?, ?, ?)")
			.params(shopperId, workspaceId, BookingTexts.weekly(hours.weekly()), BookingTexts.timeOff(hours.timeOff()),
					hours.sessionMinutes())
			.update();
	}

	public Map<UUID, List<PreferredSlot>> windows(UUID workspaceId) {
		Map<UUID, List<PreferredSlot>> windows = new HashMap<>();
		this.jdbc.sql("SELECT client_id, preferred FROM matching_client_windows WHERE workspace_id = ?")
			.param(workspaceId)
			.query((rs) -> {
				windows.put(rs.getObject(1, UUID.class), BookingTexts.preferred(rs.getString(2)));
			});
		return windows;
	}

	public List<PreferredSlot> windows(UUID workspaceId, UUID clientId) {
		return this.jdbc.sql("SELECT preferred FROM matching_client_windows WHERE workspace_id = ? AND client_id = ?")
			.params(workspaceId, clientId)
			.query((rs, row) -> BookingTexts.preferred(rs.getString(1)))
			.optional()
			.orElse(List.of());
	}

	/** Replaces a client's preferred windows (the client must exist in the workspace). */
	public void saveWindows(UUID workspaceId, UUID clientId, List<PreferredSlot> windows) {
		this.jdbc.sql("DELETE FROM matching_client_windows WHERE workspace_id = ? AND client_id = ?")
			.params(workspaceId, clientId)
			.update();
		if (!windows.isEmpty()) {
			this.jdbc.sql("INSERT INTO matching_client_windows (client_id, workspace_id, preferred) VALUES (?, ?, ?)")
				.params(clientId, workspaceId, BookingTexts.preferred(windows))
				.update();
		}
	}

	public List<Appointment> appointments(UUID workspaceId) {
		return this.jdbc
			.sql("SELECT " + APPOINTMENT_COLUMNS
					+ " FROM matching_appointment WHERE workspace_id = ? ORDER BY starts_at, shopper_id")
			.param(workspaceId)
			.query(BookingStore::appointment)
			.list();
	}

	public List<Appointment> appointmentsOf(UUID workspaceId, UUID shopperId) {
		return this.jdbc
			.sql("SELECT " + APPOINTMENT_COLUMNS
					+ " FROM matching_appointment WHERE workspace_id = ? AND shopper_id = ? ORDER BY starts_at, id")
			.params(workspaceId, shopperId)
			.query(BookingStore::appointment)
			.list();
	}

	public Optional<Appointment> appointmentOf(UUID workspaceId, UUID clientId) {
		return this.jdbc
			.sql("SELECT " + APPOINTMENT_COLUMNS
					+ " FROM matching_appointment WHERE workspace_id = ? AND client_id = ?")
			.params(workspaceId, clientId)
			.query(BookingStore::appointment)
			.optional();
	}

	/**
	 * Books a session; a client has at most one (the previous one is replaced). The
	 * shopper's row is locked for the rest of the transaction, so two bookings of the
	 * same shopper are checked one after the other; the unique index on (shopper, start)
	 * is the last guard.
	 * @throws SlotTaken when the shopper already has an appointment overlapping the slot
	 */
	public Appointment book(UUID workspaceId, UUID clientId, UUID shopperId, Instant start, Instant end) {
		this.jdbc.sql("SELECT id FROM matching_shopper WHERE workspace_id = ? AND id = ? FOR UPDATE")
			.params(workspaceId, shopperId)
			.query(UUID.class)
			.optional()
			.orElseThrow(SlotTaken::new);
		cancel(workspaceId, clientId);
		long overlapping = this.jdbc.sql(
				"SELECT COUNT(*) FROM matching_appointment WHERE workspace_id = ? AND shopper_id = ? AND starts_at < ? AND ends_at > ?")
			.params(workspaceId, shopperId, utc(end), utc(start))
			.query(Long.class)
			.single();
		if (overlapping > 0) {
			throw new SlotTaken();
		}
		Appointment appointment = new Appointment(UUID.randomUUID(), clientId, shopperId, start, end);
		try {
			this.jdbc.sql(
					"INSERT INTO matching_appointment (id, client_id, shopper_id, starts_at, ends_at, workspace_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
				.params(appointment.id(), clientId, shopperId, utc(start), utc(end), workspaceId,
						OffsetDateTime.now(ZoneOffset.UTC))
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new SlotTaken();
		}
		this.jdbc.sql(
				"UPDATE matching_client SET session_status = 'SCHEDULED' WHERE workspace_id = ? AND id = ? AND session_status = 'PENDING'")
			.params(workspaceId, clientId)
			.update();
		return appointment;
	}

	/** Cancels the client's appointment; a scheduled session is pending again. */
	public boolean cancel(UUID workspaceId, UUID clientId) {
		boolean cancelled = this.jdbc.sql("DELETE FROM matching_appointment WHERE workspace_id = ? AND client_id = ?")
			.params(workspaceId, clientId)
			.update() > 0;
		if (cancelled) {
			this.jdbc.sql(
					"UPDATE matching_client SET session_status = 'PENDING' WHERE workspace_id = ? AND id = ? AND session_status = 'SCHEDULED'")
				.params(workspaceId, clientId)
				.update();
		}
		return cancelled;
	}

	/** One appointment of the workspace. */
	public Optional<Appointment> appointment(UUID workspaceId, UUID appointmentId) {
		return this.jdbc
			.sql("SELECT " + APPOINTMENT_COLUMNS + " FROM matching_appointment WHERE workspace_id = ? AND id = ?")
			.params(workspaceId, appointmentId)
			.query(BookingStore::appointment)
			.optional();
	}

	/**
	 * Records whether the client came, on one of the shopper's own appointments that has
	 * started.
	 * @return false for another shopper's appointment or one still to come
	 */
	public boolean recordOutcome(UUID workspaceId, UUID shopperId, UUID appointmentId, Appointment.Outcome outcome,
			Instant now) {
		return this.jdbc.sql(
				"UPDATE matching_appointment SET outcome = ? WHERE workspace_id = ? AND shopper_id = ? AND id = ? AND starts_at <= ?")
			.params(outcome.name(), workspaceId, shopperId, appointmentId, utc(now))
			.update() == 1;
	}

	/** Drops a client's appointment with another shopper than the one now assigned. */
	public void keepOnlyWith(UUID workspaceId, UUID clientId, @Nullable UUID shopperId) {
		if (shopperId == null) {
			cancel(workspaceId, clientId);
			return;
		}
		this.jdbc.sql("DELETE FROM matching_appointment WHERE workspace_id = ? AND client_id = ? AND shopper_id <> ?")
			.params(workspaceId, clientId, shopperId)
			.update();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static Appointment appointment(ResultSet rs, int row) throws SQLException {
		return new Appointment(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
				rs.getObject("shopper_id", UUID.class), rs.getObject("starts_at", OffsetDateTime.class).toInstant(),
				rs.getObject("ends_at", OffsetDateTime.class).toInstant(),
				(rs.getString("outcome") != null) ? Appointment.Outcome.valueOf(rs.getString("outcome")) : null);
	}

}

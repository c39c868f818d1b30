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

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for working hours, preferred windows and appointments; every statement is scoped by
 * the workspace.
 */
@Repository
public class BookingStore {

	private static final String APPOINTMENT_COLUMNS = "id, client_id, shopper_id, starts_at, ends_at";

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

	/** Books a session; a client has at most one (the previous one is replaced). */
	public Appointment book(UUID workspaceId, UUID clientId, UUID shopperId, Instant start, Instant end) {
		cancel(workspaceId, clientId);
		Appointment appointment = new Appointment(UUID.randomUUID(), clientId, shopperId, start, end);
		this.jdbc
			.sql("INSERT INTO matching_appointment (" + APPOINTMENT_COLUMNS
					+ ", workspace_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
			.params(appointment.id(), clientId, shopperId, utc(start), utc(end), workspaceId,
					OffsetDateTime.now(ZoneOffset.UTC))
			.update();
		return appointment;
	}

	public boolean cancel(UUID workspaceId, UUID clientId) {
		return this.jdbc.sql("DELETE FROM matching_appointment WHERE workspace_id = ? AND client_id = ?")
			.params(workspaceId, clientId)
			.update() > 0;
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
				rs.getObject("ends_at", OffsetDateTime.class).toInstant());
	}

}

package crmcopilot.matching.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import crmcopilot.matching.internal.scoring.MatchWeights;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for shoppers, clients and weights; every statement is scoped by the workspace. */
@Repository
class MatchingStore {

	private static final String SHOPPER_COLUMNS = "id, workspace_id, name, email, city, latitude, longitude, modes, styles, "
			+ "price_min, price_max, goals, life_moments, morphologies, languages, tags, capacity, availability, "
			+ "photo_url, description, travel_km, created_at";

	private static final String CLIENT_COLUMNS = "id, workspace_id, name, email, city, mode, styles, budget, goals, "
			+ "life_moments, morphology, preferences, availability, language, shopper_id, session_status, notes, created_at";

	private final JdbcClient jdbc;

	MatchingStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<ShopperProfile> shoppers(UUID workspaceId) {
		return this.jdbc
			.sql("SELECT " + SHOPPER_COLUMNS + " FROM matching_shopper WHERE workspace_id = ? ORDER BY name, id")
			.param(workspaceId)
			.query(MatchingStore::shopper)
			.list();
	}

	Optional<ShopperProfile> shopper(UUID workspaceId, UUID id) {
		return this.jdbc.sql("SELECT " + SHOPPER_COLUMNS + " FROM matching_shopper WHERE workspace_id = ? AND id = ?")
			.params(workspaceId, id)
			.query(MatchingStore::shopper)
			.optional();
	}

	Optional<ShopperProfile> shopperByEmail(UUID workspaceId, String email) {
		return this.jdbc
			.sql("SELECT " + SHOPPER_COLUMNS
					+ " FROM matching_shopper WHERE workspace_id = ? AND LOWER(email) = ? ORDER BY id")
			.params(workspaceId, email.trim().toLowerCase(java.util.Locale.ROOT))
			.query(MatchingStore::shopper)
			.list()
			.stream()
			.findFirst();
	}

	void saveShopper(UUID workspaceId, ShopperProfile s) {
		int updated = this.jdbc.sql("""
				UPDATE matching_shopper SET name = ?, email = ?, city = ?, latitude = ?, longitude = ?, modes = ?,
				styles = ?, price_min = ?, price_max = ?, goals = ?, life_moments = ?, morphologies = ?, languages = ?,
				tags = ?, capacity = ?, availability = ?, photo_url = ?, description = ?, travel_km = ?
				WHERE workspace_id = ? AND id = ?""")
			.params(s.name(), s.email(), s.city(), s.latitude(), s.longitude(), modes(s.modes()),
					Vocabulary.join(s.styles()), s.priceMin(), s.priceMax(), Vocabulary.join(s.goals()),
					Vocabulary.join(s.lifeMoments()), Vocabulary.join(s.morphologies()), Vocabulary.join(s.languages()),
					String.join("|", s.tags()), s.capacity(), Vocabulary.join(s.availability()), s.photoUrl(),
					s.description(), s.travelKm(), workspaceId, s.id())
			.update();
		if (updated == 0) {
			if (this.jdbc.sql("SELECT COUNT(*) FROM matching_shopper WHERE id = ?")
				.param(s.id())
				.query(Long.class)
				.single() > 0) {
				throw new IllegalArgumentException("shopper id " + s.id() + " belongs to another workspace");
			}
			this.jdbc
				.sql("INSERT INTO matching_shopper (" + SHOPPER_COLUMNS
						+ ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(s.id(), workspaceId, s.name(), s.email(), s.city(), s.latitude(), s.longitude(),
						modes(s.modes()), Vocabulary.join(s.styles()), s.priceMin(), s.priceMax(),
						Vocabulary.join(s.goals()), Vocabulary.join(s.lifeMoments()), Vocabulary.join(s.morphologies()),
						Vocabulary.join(s.languages()), String.join("|", s.tags()), s.capacity(),
						Vocabulary.join(s.availability()), s.photoUrl(), s.description(), s.travelKm(), now())
				.update();
		}
	}

	boolean deleteShopper(UUID workspaceId, UUID id) {
		this.jdbc.sql(
				"UPDATE matching_client SET shopper_id = NULL, session_status = 'PENDING' WHERE workspace_id = ? AND shopper_id = ?")
			.params(workspaceId, id)
			.update();
		return this.jdbc.sql("DELETE FROM matching_shopper WHERE workspace_id = ? AND id = ?")
			.params(workspaceId, id)
			.update() > 0;
	}

	void insertClient(UUID workspaceId, ClientRequest c) {
		this.jdbc
			.sql("INSERT INTO matching_client (" + CLIENT_COLUMNS
					+ ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, 'PENDING', '', ?)")
			.params(c.id(), workspaceId, c.name(), c.email(), c.city(), c.mode().name(), Vocabulary.join(c.styles()),
					c.budget(), Vocabulary.join(c.goals()), Vocabulary.join(c.lifeMoments()), c.morphology(),
					c.preferences(), Vocabulary.join(c.availability()), c.language(), now())
			.update();
	}

	/** Replaces what the client asked for; the assignment and email stay. */
	boolean updateClient(UUID workspaceId, ClientRequest c) {
		return this.jdbc.sql("""
				UPDATE matching_client SET name = ?, city = ?, mode = ?, styles = ?, budget = ?, goals = ?,
				life_moments = ?, morphology = ?, preferences = ?, availability = ?, language = ?
				WHERE workspace_id = ? AND id = ?""")
			.params(c.name(), c.city(), c.mode().name(), Vocabulary.join(c.styles()), c.budget(),
					Vocabulary.join(c.goals()), Vocabulary.join(c.lifeMoments()), c.morphology(), c.preferences(),
					Vocabulary.join(c.availability()), c.language(), workspaceId, c.id())
			.update() > 0;
	}

	boolean deleteClient(UUID workspaceId, UUID id) {
		return this.jdbc.sql("DELETE FROM matching_client WHERE workspace_id = ? AND id = ?")
			.params(workspaceId, id)
			.update() > 0;
	}

	List<ClientCase> clients(UUID workspaceId) {
		return this.jdbc
			.sql("SELECT " + CLIENT_COLUMNS + " FROM matching_client WHERE workspace_id = ? ORDER BY created_at, id")
			.param(workspaceId)
			.query(MatchingStore::clientCase)
			.list();
	}

	List<ClientCase> clientsOf(UUID workspaceId, UUID shopperId) {
		return this.jdbc
			.sql("SELECT " + CLIENT_COLUMNS
					+ " FROM matching_client WHERE workspace_id = ? AND shopper_id = ? ORDER BY created_at, id")
			.params(workspaceId, shopperId)
			.query(MatchingStore::clientCase)
			.list();
	}

	Optional<ClientCase> client(UUID workspaceId, UUID id) {
		return this.jdbc.sql("SELECT " + CLIENT_COLUMNS + " FROM matching_client WHERE workspace_id = ? AND id = ?")
			.params(workspaceId, id)
			.query(MatchingStore::clientCase)
			.optional();
	}

	void assign(UUID workspaceId, UUID clientId, @Nullable UUID shopperId) {
		this.jdbc.sql(
				"UPDATE matching_client SET shopper_id = ?, session_status = 'PENDING', assigned_at = ? WHERE workspace_id = ? AND id = ?")
			.params(shopperId, (shopperId != null) ? now() : null, workspaceId, clientId)
			.update();
	}

	/**
	 * Pending clients, clients assigned since a moment, assigned clients and total
	 * capacity.
	 */
	MatchingService.Figures figures(UUID workspaceId, OffsetDateTime since) {
		return this.jdbc
			.sql("""
					SELECT
					  (SELECT COUNT(*) FROM matching_client WHERE workspace_id = ? AND shopper_id IS NULL),
					  (SELECT COUNT(*) FROM matching_client WHERE workspace_id = ? AND shopper_id IS NOT NULL AND assigned_at >= ?),
					  (SELECT COUNT(*) FROM matching_client c WHERE c.workspace_id = ? AND c.shopper_id IN
					     (SELECT s.id FROM matching_shopper s WHERE s.workspace_id = ?)),
					  (SELECT COALESCE(SUM(capacity), 0) FROM matching_shopper WHERE workspace_id = ?)""")
			.params(workspaceId, workspaceId, since, workspaceId, workspaceId, workspaceId)
			.query((rs, row) -> new MatchingService.Figures(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
			.single();
	}

	long countOf(UUID workspaceId, UUID shopperId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM matching_client WHERE workspace_id = ? AND shopper_id = ?")
			.params(workspaceId, shopperId)
			.query(Long.class)
			.single();
	}

	boolean updateSession(UUID workspaceId, UUID shopperId, UUID clientId, SessionStatus status, String notes) {
		return this.jdbc.sql(
				"UPDATE matching_client SET session_status = ?, notes = ? WHERE workspace_id = ? AND shopper_id = ? AND id = ?")
			.params(status.name(), notes, workspaceId, shopperId, clientId)
			.update() > 0;
	}

	Optional<MatchWeights> weights(UUID workspaceId) {
		return this.jdbc.sql(
				"SELECT style, goals, life_moments, morphology, budget, distance, semantic FROM matching_weights WHERE workspace_id = ?")
			.param(workspaceId)
			.query((rs, n) -> new MatchWeights(rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4),
					rs.getDouble(5), rs.getDouble(6), rs.getDouble(7)))
			.optional();
	}

	void saveWeights(UUID workspaceId, MatchWeights w) {
		this.jdbc.sql("DELETE FROM matching_weights WHERE workspace_id = ?").param(workspaceId).update();
		this.jdbc.sql(
				"INSERT INTO matching_weights (workspace_id, style, goals, life_moments, morphology, budget, distance, semantic) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(workspaceId, w.style(), w.goals(), w.lifeMoments(), w.morphology(), w.budget(), w.distance(),
					w.semantic())
			.update();
	}

	private static OffsetDateTime now() {
		return OffsetDateTime.now(ZoneOffset.UTC);
	}

	private static String modes(Set<Mode> modes) {
		return modes.stream().map(Mode::name).sorted().collect(Collectors.joining("|"));
	}

	private static ShopperProfile shopper(ResultSet rs, int row) throws SQLException {
		Set<Mode> modes = new LinkedHashSet<>();
		for (String mode : rs.getString("modes").split("\\|")) {
			if (!mode.isBlank()) {
				modes.add(Mode.valueOf(mode));
			}
		}
		return new ShopperProfile(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("email"),
				rs.getString("city"), rs.getObject("latitude", Double.class), rs.getObject("longitude", Double.class),
				modes, Vocabulary.split(rs.getString("styles")), rs.getDouble("price_min"), rs.getDouble("price_max"),
				Vocabulary.split(rs.getString("goals")), Vocabulary.split(rs.getString("life_moments")),
				Vocabulary.split(rs.getString("morphologies")), Vocabulary.split(rs.getString("languages")),
				tags(rs.getString("tags")), rs.getInt("capacity"), Vocabulary.split(rs.getString("availability")),
				rs.getString("photo_url"), rs.getString("description"), rs.getDouble("travel_km"));
	}

	private static Set<String> tags(String joined) {
		Set<String> tags = new LinkedHashSet<>();
		for (String tag : joined.split("\\|")) {
			if (!tag.isBlank()) {
				tags.add(tag.trim());
			}
		}
		return tags;
	}

	private static ClientCase clientCase(ResultSet rs, int row) throws SQLException {
		ClientRequest request = new ClientRequest(rs.getObject("id", UUID.class), rs.getString("name"),
				rs.getString("email"), rs.getString("city"), Mode.valueOf(rs.getString("mode")),
				Vocabulary.split(rs.getString("styles")), rs.getDouble("budget"),
				Vocabulary.split(rs.getString("goals")), Vocabulary.split(rs.getString("life_moments")),
				rs.getString("morphology"), rs.getString("preferences"), Vocabulary.split(rs.getString("availability")),
				rs.getString("language"));
		return new ClientCase(request, rs.getObject("shopper_id", UUID.class),
				SessionStatus.valueOf(rs.getString("session_status")), rs.getString("notes"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant());
	}

}

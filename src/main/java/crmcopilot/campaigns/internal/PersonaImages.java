package crmcopilot.campaigns.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import crmcopilot.shared.InvalidInputException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Persona images from the optional image provider ({@code COPILOT_IMAGE_BASE_URL}), drawn
 * from the persona's image prompt on request and stored with the run in
 * {@code campaign_images}. Without a provider the offline SVG is the visual.
 */
@Service
public class PersonaImages {

	private final JdbcClient jdbc;

	private final CampaignRunStore runs;

	private final CampaignsSettings.Image settings;

	private final ImageGenerationClient client;

	PersonaImages(JdbcClient jdbc, CampaignRunStore runs, JsonMapper json, CampaignsSettings settings) {
		this.jdbc = jdbc;
		this.runs = runs;
		this.settings = settings.image();
		this.client = new ImageGenerationClient(json, this.settings);
	}

	/** A stored image. */
	public record StoredImage(byte[] content, String contentType) {
	}

	public boolean configured() {
		return this.settings.configured();
	}

	/**
	 * Generates and stores the image of a persona (0-based), replacing the previous one.
	 * @throws InvalidInputException without a provider or for an unknown persona
	 * @throws IllegalStateException when the provider fails or sends something else than
	 * an image
	 */
	@Transactional
	public void generate(UUID workspaceId, UUID runId, int persona) {
		if (!configured()) {
			throw new InvalidInputException("persona", "campaigns.image.error.unconfigured", new Object[0],
					"no image provider configured (COPILOT_IMAGE_BASE_URL)");
		}
		Analysis analysis = this.runs.analysis(workspaceId, runId)
			.orElseThrow(() -> new InvalidInputException("persona", "campaigns.error.segment-first", new Object[0],
					"run the segmentation first (steps 3 to 6)"));
		if (persona < 0 || persona >= analysis.personas().size()) {
			throw new InvalidInputException("persona", "campaigns.error.persona-range",
					new Object[] { analysis.personas().size() }, "between 1 and " + analysis.personas().size());
		}
		ImageGenerationClient.Image image = this.client.generate(analysis.personas().get(persona).imagePrompt());
		this.jdbc.sql("DELETE FROM campaign_images WHERE workspace_id = ? AND run_id = ? AND persona = ?")
			.params(workspaceId, runId, persona)
			.update();
		this.jdbc.sql(
				"INSERT INTO campaign_images (workspace_id, run_id, persona, content_type, content, model, created_at) "
						+ "VALUES (?, ?, ?, ?, ?, ?, ?)")
			.params(workspaceId, runId, persona, image.contentType(), image.content(), image.model(),
					OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC))
			.update();
	}

	public Optional<StoredImage> find(UUID workspaceId, UUID runId, int persona) {
		return this.jdbc
			.sql("SELECT content, content_type FROM campaign_images WHERE workspace_id = ? AND run_id = ? "
					+ "AND persona = ?")
			.params(workspaceId, runId, persona)
			.query((rs, n) -> new StoredImage(rs.getBytes(1), rs.getString(2)))
			.optional();
	}

	/** The 0-based personas of a run that have an image. */
	public List<Integer> personasWithImage(UUID workspaceId, UUID runId) {
		return this.jdbc.sql("SELECT persona FROM campaign_images WHERE workspace_id = ? AND run_id = ? ORDER BY 1")
			.params(workspaceId, runId)
			.query(Integer.class)
			.list();
	}

}

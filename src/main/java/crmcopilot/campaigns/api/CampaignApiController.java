package crmcopilot.campaigns.api;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import crmcopilot.campaigns.CampaignBrief;
import crmcopilot.campaigns.CampaignPermissions;
import crmcopilot.campaigns.CampaignRun;
import crmcopilot.campaigns.CampaignRuns;
import crmcopilot.campaigns.ColumnMapping;
import crmcopilot.campaigns.SegmentationMethod;
import crmcopilot.campaigns.internal.Analysis;
import crmcopilot.campaigns.internal.AudienceColumns;
import crmcopilot.campaigns.internal.CampaignRunStore;
import crmcopilot.campaigns.internal.Persona;
import crmcopilot.campaigns.internal.SourceSummary;
import crmcopilot.campaigns.internal.UploadedCustomerFile;
import crmcopilot.crm.CustomerSources;
import crmcopilot.shared.InvalidInputException;
import crmcopilot.shared.NotFoundException;
import crmcopilot.workspace.Caller;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * A campaign through the API: the brief (step 1), the customer file (step 2), the
 * segmentation and personas (steps 3 to 6) and the human choice (step 7).
 */
@RestController
@RequestMapping("/api/v1/campaigns")
@PreAuthorize("hasAuthority('" + CampaignPermissions.RUN + "')")
@Tag(name = "campaigns")
class CampaignApiController extends StepProblems {

	static final int DEFAULT_K = 4;

	private final CampaignRuns runs;

	private final CampaignRunStore results;

	private final CustomerSources sources;

	CampaignApiController(CampaignRuns runs, CampaignRunStore results, CustomerSources sources,
			MessageSource messages) {
		super(messages);
		this.runs = runs;
		this.results = results;
		this.sources = sources;
	}

	/**
	 * @param name the campaign's name; the objective and platform when blank
	 * @param brief the marketer's brief in their words
	 */
	record NewCampaign(@Nullable String name, @Nullable String brief) {
	}

	/** A run created: the structured fields read from the brief. */
	record Created(UUID id, String name, String objective, String media, String platform, @Nullable String productRange,
			List<String> targets) {
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a campaign from its brief; answers the objective, media and targets read from it")
	Created create(Caller caller, @RequestBody NewCampaign request, Locale locale) {
		if (request.brief() == null || request.brief().isBlank()) {
			throw new InvalidInputException("brief", "campaigns.error.form.briefText", new Object[0],
					"the brief is required");
		}
		String name = (request.name() != null) ? request.name().strip() : "";
		if (name.length() > 200) {
			throw new InvalidInputException("name", "campaigns.error.name-length", new Object[] { 200 },
					"at most 200 characters");
		}
		CampaignBrief brief = this.runs.prefill(caller.workspaceId(), request.brief().strip(), null, null);
		CampaignRun run = this.runs.create(caller.workspaceId(), caller.actor(), name, brief, locale.getLanguage());
		return new Created(run.id(), run.name(), brief.objective().code(), brief.media().code(),
				brief.platform().code(), brief.productRange(), brief.targetHints());
	}

	/**
	 * What step 2 read.
	 *
	 * @param recognised the audience columns found by name (email, phone, consents)
	 */
	record Customers(long rows, int columns, int badRows, Map<String, @Nullable String> mapping,
			List<String> recognised) {
	}

	@PostMapping(path = "/{id}/customers", consumes = "multipart/form-data")
	@Operation(summary = "Upload the customer file (CSV or TSV); e-mail and consent columns are recognised by name")
	Customers customers(Caller caller, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable MultipartFile file) throws IOException {
		require(caller, id);
		byte[] content = UploadedCustomerFile.read(file, this.sources.maxUploadBytes());
		CampaignRun run = this.runs.upload(caller.workspaceId(), id,
				String.valueOf(java.util.Objects.requireNonNull(file).getOriginalFilename()), content);
		SourceSummary summary = this.results.source(caller.workspaceId(), id).orElseThrow();
		ColumnMapping mapping = (run.mapping() != null) ? run.mapping() : ColumnMapping.guess(summary.columnNames());
		Map<String, @Nullable String> roles = new java.util.TreeMap<>();
		mapping.columns().forEach((role, column) -> roles.put(role.name().toLowerCase(Locale.ROOT), column));
		return new Customers(summary.totalRows(), summary.columnNames().size(), summary.badRows().size(), roles,
				AudienceColumns.of(summary.columnNames()).recognised());
	}

	/**
	 * @param k segments of the k-means (2..12, 4 by default)
	 * @param method {@code kmeans} (default) or {@code rfm}
	 */
	record Segmentation(@Nullable Integer k, @Nullable String method, @Nullable Long seed) {
	}

	record PersonaView(int number, String name, int size, double share, String text, String summary,
			@Nullable Double fit, @Nullable String fitReason) {

		static PersonaView of(Persona persona) {
			return new PersonaView(persona.segment() + 1, persona.text().name(), persona.size(), persona.share(),
					persona.text().summary() + "\n\n" + persona.text().description(), persona.text().summary(),
					persona.fit(), persona.fitReason());
		}

	}

	/**
	 * @param recommended the persona (1-based) that serves the brief best; the human
	 * still chooses
	 */
	record Personas(String method, int k, List<PersonaView> personas, @Nullable Integer recommended) {

		static Personas of(SegmentationMethod method, Analysis analysis) {
			return new Personas(method.code(), analysis.k(), analysis.personas().stream().map(PersonaView::of).toList(),
					(analysis.recommended() != null) ? analysis.recommended() + 1 : null);
		}

	}

	@PostMapping("/{id}/segment")
	@Operation(summary = "Segment the customers (k-means with k, or method rfm) and describe each segment as a persona")
	Personas segment(Caller caller, @PathVariable UUID id,
			@RequestBody(required = false) @Nullable Segmentation request) {
		CampaignRun run = require(caller, id);
		Segmentation asked = (request != null) ? request : new Segmentation(null, null, null);
		SegmentationMethod method = SegmentationMethod.parse(asked.method());
		int k = (asked.k() != null) ? asked.k() : DEFAULT_K;
		long seed = (asked.seed() != null) ? asked.seed() : run.seed();
		ColumnMapping mapping = (run.mapping() != null) ? run.mapping() : new ColumnMapping(Map.of());
		this.runs.analyse(caller.workspaceId(), id, mapping, method, k, run.nInit(), seed, false);
		Analysis analysis = this.results.analysis(caller.workspaceId(), id).orElseThrow();
		return Personas.of(method, analysis);
	}

	/**
	 * @param persona 1-based number of the persona chosen
	 * @param reason why, journalled with the alternatives
	 */
	record Choice(@Nullable Integer persona, @Nullable String reason) {
	}

	record Chosen(int persona, String name, String summary) {
	}

	@PostMapping("/{id}/choice")
	@PreAuthorize("hasAuthority('" + CampaignPermissions.CHOOSE + "')")
	@Operation(summary = "The human choice of one persona, with the reason; then the summary and DSP targeting")
	Chosen choose(Caller caller, @PathVariable UUID id, @RequestBody Choice request) {
		require(caller, id);
		if (request.persona() == null) {
			throw new InvalidInputException("persona", "campaigns.error.persona-required", new Object[0],
					"the persona number is required");
		}
		CampaignRun run = this.runs.choose(caller.workspaceId(), id, request.persona() - 1,
				(request.reason() != null) ? request.reason() : "", caller.actor());
		Analysis analysis = this.results.analysis(caller.workspaceId(), id).orElseThrow();
		int chosen = java.util.Objects.requireNonNull(run.chosenPersona());
		String summary = this.results.finished(caller.workspaceId(), id)
			.map(CampaignRunStore.Finished::summary)
			.orElse("");
		return new Chosen(chosen + 1, analysis.personas().get(chosen).text().name(), summary);
	}

	private CampaignRun require(Caller caller, UUID id) {
		return this.runs.find(caller.workspaceId(), id).orElseThrow(() -> new NotFoundException("campaign run"));
	}

}

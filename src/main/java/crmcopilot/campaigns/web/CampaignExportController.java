package crmcopilot.campaigns.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import crmcopilot.campaigns.CampaignPermissions;
import crmcopilot.campaigns.CampaignRun;
import crmcopilot.campaigns.CampaignRuns;
import crmcopilot.campaigns.internal.Analysis;
import crmcopilot.campaigns.internal.CampaignBriefs;
import crmcopilot.campaigns.internal.CampaignCsvExport;
import crmcopilot.campaigns.internal.CampaignRunStore;
import crmcopilot.campaigns.internal.Persona;
import crmcopilot.campaigns.internal.PersonaImages;
import crmcopilot.shared.NotFoundException;
import crmcopilot.workspace.Caller;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** Downloads of a run: the CSV export, persona SVGs, the DSP JSON and the brief. */
@Controller
@RequestMapping("/campaigns/{id}")
@PreAuthorize("hasAuthority('" + CampaignPermissions.VIEW + "')")
class CampaignExportController {

	private final CampaignRuns runs;

	private final CampaignRunStore results;

	private final CampaignBriefs briefs;

	private final JsonMapper json;

	private final PersonaImages images;

	CampaignExportController(CampaignRuns runs, CampaignRunStore results, CampaignBriefs briefs, JsonMapper json,
			PersonaImages images) {
		this.runs = runs;
		this.results = results;
		this.briefs = briefs;
		this.json = json;
		this.images = images;
	}

	@GetMapping("/persona/{number}/image")
	ResponseEntity<byte[]> personaImage(Caller caller, @PathVariable UUID id, @PathVariable int number) {
		PersonaImages.StoredImage image = this.images.find(caller.workspaceId(), id, number - 1)
			.orElseThrow(() -> new NotFoundException("persona image"));
		return ResponseEntity.ok()
			.contentType(MediaType.valueOf(image.contentType()))
			.header("X-Content-Type-Options", "nosniff")
			.body(image.content());
	}

	@GetMapping("/export.csv")
	void export(Caller caller, @PathVariable UUID id, HttpServletResponse response) throws IOException {
		Analysis analysis = analysis(caller, id);
		Analysis.Assignments segments = this.results.assignments(caller.workspaceId(), id).orElseThrow();
		response.setContentType("text/csv;charset=UTF-8");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setHeader("Content-Disposition", "attachment; filename=\"campaign-segments.csv\"");
		CampaignCsvExport.write(response.getWriter(), analysis, segments.ids(), segments.labels());
	}

	@GetMapping(path = "/persona/{number}.svg", produces = "image/svg+xml")
	ResponseEntity<String> persona(Caller caller, @PathVariable UUID id, @PathVariable int number) {
		Analysis analysis = analysis(caller, id);
		if (number < 1 || number > analysis.personas().size()) {
			throw new NotFoundException("persona");
		}
		return ResponseEntity.ok()
			.contentType(MediaType.valueOf("image/svg+xml"))
			.body(analysis.personas().get(number - 1).svg());
	}

	@GetMapping(path = "/dsp.json", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> dsp(Caller caller, @PathVariable UUID id) {
		CampaignRunStore.Finished finished = finished(caller, id);
		return ResponseEntity.ok()
			.header("Content-Disposition", "attachment; filename=\"dsp-targeting.json\"")
			.body(this.json.writerWithDefaultPrettyPrinter().writeValueAsString(finished.dsp()));
	}

	@GetMapping(path = "/brief.html", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> briefHtml(Caller caller, @PathVariable UUID id, Locale locale) {
		return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(html(caller, id, locale));
	}

	@GetMapping(path = "/brief.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> briefPdf(Caller caller, @PathVariable UUID id, Locale locale) {
		requireRun(caller, id);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header("Content-Disposition", "attachment; filename=\"brief-dsp.pdf\"")
			.body(this.briefs.pdf(caller.workspaceId(), id, locale));
	}

	private String html(Caller caller, UUID id, Locale locale) {
		requireRun(caller, id);
		return this.briefs.html(caller.workspaceId(), id, locale);
	}

	private void requireRun(Caller caller, UUID id) {
		if (this.runs.find(caller.workspaceId(), id).isEmpty()) {
			throw new NotFoundException("campaign run");
		}
		finished(caller, id);
	}

	private Analysis analysis(Caller caller, UUID id) {
		return this.results.analysis(caller.workspaceId(), id)
			.orElseThrow(() -> new NotFoundException("campaign analysis"));
	}

	private CampaignRunStore.Finished finished(Caller caller, UUID id) {
		return this.results.finished(caller.workspaceId(), id)
			.orElseThrow(() -> new NotFoundException("campaign brief"));
	}

}

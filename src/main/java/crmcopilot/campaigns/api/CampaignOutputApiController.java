package crmcopilot.campaigns.api;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import crmcopilot.campaigns.CampaignPermissions;
import crmcopilot.campaigns.CampaignRuns;
import crmcopilot.campaigns.internal.CampaignBriefs;
import crmcopilot.campaigns.internal.CampaignRunStore;
import crmcopilot.campaigns.internal.CustomerMatchAudiences;
import crmcopilot.campaigns.internal.CustomerMatchUploads;
import crmcopilot.campaigns.internal.DspTargeting;
import crmcopilot.campaigns.internal.StepMissingException;
import crmcopilot.shared.InvalidInputException;
import crmcopilot.shared.NotFoundException;
import crmcopilot.workspace.Caller;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a campaign gives once its persona is chosen: the DSP targeting, the brief PDF and
 * the Customer Match audience of the chosen persona (consenting customers only), as a
 * file or uploaded to Google Ads.
 */
@RestController
@RequestMapping("/api/v1/campaigns/{id}")
@PreAuthorize("hasAuthority('" + CampaignPermissions.VIEW + "')")
@Tag(name = "campaigns")
class CampaignOutputApiController extends StepProblems {

	static final String CUSTOMER_MATCH = "customer-match";

	private final CampaignRuns runs;

	private final CampaignRunStore results;

	private final CampaignBriefs briefs;

	private final CustomerMatchAudiences audiences;

	private final CustomerMatchUploads uploads;

	CampaignOutputApiController(CampaignRuns runs, CampaignRunStore results, CampaignBriefs briefs,
			CustomerMatchAudiences audiences, CustomerMatchUploads uploads, MessageSource messages) {
		super(messages);
		this.uploads = uploads;
		this.runs = runs;
		this.results = results;
		this.briefs = briefs;
		this.audiences = audiences;
	}

	@GetMapping(path = "/dsp", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The DSP targeting instructions of the chosen persona (step 9)")
	DspTargeting.Instructions dsp(Caller caller, @PathVariable UUID id) {
		require(caller, id);
		return this.results.finished(caller.workspaceId(), id).orElseThrow(StepMissingException::chooseFirst).dsp();
	}

	@GetMapping(path = "/brief.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	@Operation(summary = "The campaign brief as PDF, in the caller's language")
	ResponseEntity<byte[]> briefPdf(Caller caller, @PathVariable UUID id, Locale locale) {
		require(caller, id);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header("Content-Disposition", "attachment; filename=\"brief.pdf\"")
			.body(this.briefs.pdf(caller.workspaceId(), id, locale));
	}

	@GetMapping(path = "/audience", produces = { "text/csv", MediaType.APPLICATION_JSON_VALUE })
	@PreAuthorize("hasAuthority('" + CampaignPermissions.RUN + "')")
	@Operation(summary = "The chosen persona's customers as a Customer Match CSV (hashed e-mail and phone): only "
			+ "those whose ad_user_data and ad_personalization consents are both granted; journalled with the counts")
	ResponseEntity<String> audience(Caller caller, @PathVariable UUID id,
			@RequestParam(defaultValue = CUSTOMER_MATCH) String format) {
		require(caller, id);
		if (!CUSTOMER_MATCH.equals(format)) {
			throw new InvalidInputException("format", "campaigns.error.audience-format", new Object[] { format },
					"unknown format: customer-match");
		}
		return ResponseEntity.ok()
			.contentType(MediaType.valueOf("text/csv;charset=UTF-8"))
			.header("Content-Disposition", "attachment; filename=\"customer-match.csv\"")
			.body(this.audiences.exportCsv(caller.workspaceId(), id, caller.actor()));
	}

	/**
	 * @param excluded per reason, the customers of the persona left out
	 */
	record UploadQueued(UUID outboxItem, int contacts, int excludedTotal, Map<String, Integer> excluded) {
	}

	@PostMapping("/audience/google-ads")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@PreAuthorize("hasAuthority('" + CampaignPermissions.RUN + "')")
	@Operation(summary = "Queue the upload of the chosen persona's consenting customers to a Google Ads Customer "
			+ "Match list (offline user data job with both consent signals granted)")
	UploadQueued uploadToGoogleAds(Caller caller, @PathVariable UUID id) {
		require(caller, id);
		CustomerMatchUploads.Queued queued = this.uploads.queueUpload(caller.workspaceId(), id, caller.actor());
		return new UploadQueued(queued.outboxItem(), queued.audience().contacts().size(),
				queued.audience().excludedTotal(), queued.audience().excluded());
	}

	private void require(Caller caller, UUID id) {
		if (this.runs.find(caller.workspaceId(), id).isEmpty()) {
			throw new NotFoundException("campaign run");
		}
	}

}

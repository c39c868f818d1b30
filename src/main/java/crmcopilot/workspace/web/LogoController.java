package crmcopilot.workspace.web;

import java.time.Duration;

import crmcopilot.shared.NotFoundException;
import crmcopilot.workspace.Workspaces;
import crmcopilot.workspace.internal.LogoImage;
import crmcopilot.workspace.internal.MerchantBrandings;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A merchant's logo, for its public pages (no login). */
@Controller
class LogoController {

	static final String PATH = "/public/branding/{slug}/logo";

	private final Workspaces workspaces;

	private final MerchantBrandings brandings;

	LogoController(Workspaces workspaces, MerchantBrandings brandings) {
		this.workspaces = workspaces;
		this.brandings = brandings;
	}

	@GetMapping(PATH)
	ResponseEntity<byte[]> logo(@PathVariable String slug) {
		LogoImage logo = this.workspaces.findBySlug(slug)
			.flatMap((workspace) -> this.brandings.logo(workspace.id()))
			.orElseThrow(() -> new NotFoundException("logo"));
		// the address carries the logo's version: a new logo is a new address
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(logo.contentType()))
			.cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
			.body(logo.content());
	}

}

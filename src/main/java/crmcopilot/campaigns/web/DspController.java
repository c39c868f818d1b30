package crmcopilot.campaigns.web;

import java.util.UUID;

import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import crmcopilot.web.FormErrors;
import crmcopilot.campaigns.CampaignPermissions;
import crmcopilot.campaigns.CampaignRuns;
import crmcopilot.campaigns.internal.DspConnector;
import crmcopilot.campaigns.internal.DspException;
import crmcopilot.campaigns.internal.DspTransmissions;
import crmcopilot.campaigns.internal.Dv360Credentials;
import crmcopilot.shared.InvalidInputException;
import crmcopilot.shared.NotFoundException;
import crmcopilot.shared.SecureTokens;
import crmcopilot.workspace.Caller;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The DSP connection of a workspace (Display &amp; Video 360: service account or user
 * consent) and the transmission of a run's targeting to a line item.
 */
@Controller
class DspController {

	static final String SETTINGS = "campaigns/dspSettings";

	private static final String STATE = "campaigns.dv360.state";

	private final Dv360Credentials credentials;

	private final DspTransmissions transmissions;

	private final CampaignRuns runs;

	DspController(Dv360Credentials credentials, DspTransmissions transmissions, CampaignRuns runs) {
		this.credentials = credentials;
		this.transmissions = transmissions;
		this.runs = runs;
	}

	@GetMapping("/campaigns/dsp")
	@PreAuthorize("hasAuthority('" + CampaignPermissions.CONNECT + "')")
	String settings(Caller caller, Model model) {
		model.addAttribute("connection", this.credentials.connection(caller.workspaceId()));
		model.addAttribute("redirectUri", redirectUri());
		return SETTINGS;
	}

	@PostMapping("/campaigns/dsp/service-account")
	@PreAuthorize("hasAuthority('" + CampaignPermissions.CONNECT + "')")
	String saveServiceAccount(Caller caller, @RequestParam String serviceAccountJson, RedirectAttributes redirect) {
		try {
			this.credentials.saveServiceAccount(caller.workspaceId(), serviceAccountJson);
			redirect.addFlashAttribute("message", "campaigns.dsp.saved");
		}
		catch (InvalidInputException ex) {
			FormErrors.flash(redirect, ex);
		}
		return "redirect:/campaigns/dsp";
	}

	@PostMapping("/campaigns/dsp/client")
	@PreAuthorize("hasAuthority('" + CampaignPermissions.CONNECT + "')")
	String saveClient(Caller caller, @RequestParam String clientId, @RequestParam String clientSecret,
			HttpSession session, RedirectAttributes redirect) {
		try {
			this.credentials.saveClient(caller.workspaceId(), clientId, clientSecret);
		}
		catch (InvalidInputException ex) {
			FormErrors.flash(redirect, ex);
			return "redirect:/campaigns/dsp";
		}
		String state = SecureTokens.randomUrlSafe(16);
		session.setAttribute(STATE, state);
		return "redirect:" + this.credentials.consentUrl(caller.workspaceId(), redirectUri(), state);
	}

	@GetMapping("/campaigns/dsp/callback")
	@PreAuthorize("hasAuthority('" + CampaignPermissions.CONNECT + "')")
	String consentCallback(Caller caller, @RequestParam(required = false) @Nullable String code,
			@RequestParam(required = false) @Nullable String state,
			@RequestParam(required = false) @Nullable String error, HttpSession session, RedirectAttributes redirect) {
		Object expected = session.getAttribute(STATE);
		session.removeAttribute(STATE);
		if (error != null || code == null) {
			redirect.addFlashAttribute("error", "campaigns.dsp.error.consent-refused");
		}
		else if (expected == null || !expected.equals(state)) {
			redirect.addFlashAttribute("error", "campaigns.dsp.error.state");
		}
		else {
			try {
				this.credentials.completeConsent(caller.workspaceId(), code, redirectUri());
				redirect.addFlashAttribute("message", "campaigns.dsp.saved");
			}
			catch (InvalidInputException ex) {
				FormErrors.flash(redirect, ex);
			}
			catch (DspException ex) {
				FormErrors.flash(redirect, "campaigns.dsp.error.refused", String.valueOf(ex.getMessage()));
			}
		}
		return "redirect:/campaigns/dsp";
	}

	@PostMapping("/campaigns/dsp/disconnect")
	@PreAuthorize("hasAuthority('" + CampaignPermissions.CONNECT + "')")
	String disconnect(Caller caller, RedirectAttributes redirect) {
		this.credentials.disconnect(caller.workspaceId());
		redirect.addFlashAttribute("message", "campaigns.dsp.disconnected");
		return "redirect:/campaigns/dsp";
	}

	@PostMapping("/campaigns/{id}/transmit")
	@PreAuthorize("hasAuthority('" + CampaignPermissions.RUN + "')")
	String transmit(Caller caller, @PathVariable UUID id, @RequestParam String advertiserId,
			@RequestParam String lineItemId, @RequestParam(required = false) @Nullable String pauseIfActive,
			RedirectAttributes redirect) {
		if (this.runs.find(caller.workspaceId(), id).isEmpty()) {
			throw new NotFoundException("campaign run");
		}
		try {
			DspTransmissions.Attempt attempt = this.transmissions.transmit(caller.workspaceId(), id,
					new DspConnector.Target(advertiserId, lineItemId, "on".equals(pauseIfActive)), caller.actor());
			if (attempt.ok()) {
				redirect.addFlashAttribute("message", "campaigns.dsp.transmitted");
			}
		}
		catch (InvalidInputException ex) {
			FormErrors.flash(redirect, ex);
		}
		return "redirect:/campaigns/" + id + "#step-9";
	}

	private static String redirectUri() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().path("/campaigns/dsp/callback").toUriString();
	}

}

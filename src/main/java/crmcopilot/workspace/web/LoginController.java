package crmcopilot.workspace.web;

import crmcopilot.workspace.Callers;
import crmcopilot.workspace.internal.WorkspaceProvisioning;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	static final String VIEW = "workspace/login";

	private final boolean ssoEnabled;

	private final String ssoLabel;

	private final boolean demo;

	private final WorkspaceProvisioning provisioning;

	LoginController(@Value("${copilot.security.oidc.issuer-uri:}") String issuer,
			@Value("${copilot.security.oidc.label:SSO}") String ssoLabel,
			@Value("${copilot.demo.enabled:true}") boolean demo, WorkspaceProvisioning provisioning) {
		this.ssoEnabled = !issuer.isBlank();
		this.ssoLabel = ssoLabel;
		this.demo = demo;
		this.provisioning = provisioning;
	}

	@GetMapping("/login")
	String login(Model model) {
		if (Callers.current().isPresent()) {
			return "redirect:/";
		}
		if (!this.demo && this.provisioning.freshInstall()) {
			return "redirect:/setup";
		}
		model.addAttribute("demo", this.demo);
		model.addAttribute("ssoEnabled", this.ssoEnabled);
		model.addAttribute("ssoLabel", this.ssoLabel);
		return VIEW;
	}

}

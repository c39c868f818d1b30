package crmcopilot.workspace.web;

import crmcopilot.workspace.Callers;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	static final String VIEW = "workspace/login";

	private final boolean ssoEnabled;

	private final String ssoLabel;

	LoginController(@Value("${copilot.security.oidc.issuer-uri:}") String issuer,
			@Value("${copilot.security.oidc.label:SSO}") String ssoLabel) {
		this.ssoEnabled = !issuer.isBlank();
		this.ssoLabel = ssoLabel;
	}

	@GetMapping("/login")
	String login(Model model) {
		if (Callers.current().isPresent()) {
			return "redirect:/";
		}
		model.addAttribute("ssoEnabled", this.ssoEnabled);
		model.addAttribute("ssoLabel", this.ssoLabel);
		return VIEW;
	}

}

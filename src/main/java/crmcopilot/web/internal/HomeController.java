package crmcopilot.web.internal;

import java.util.List;

import crmcopilot.web.HomeCard;
import crmcopilot.web.HomeCards;
import crmcopilot.web.HomePanel;
import crmcopilot.web.HomePanels;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	static final String VIEW = "home";

	private final List<HomeCards> contributors;

	private final List<HomePanels> panels;

	HomeController(List<HomeCards> contributors, List<HomePanels> panels) {
		this.contributors = contributors;
		this.panels = panels;
	}

	@GetMapping("/")
	String home(Authentication authentication, Model model) {
		List<HomeCard> cards = this.contributors.stream().flatMap((c) -> c.cards(authentication).stream()).toList();
		model.addAttribute("cards", cards);
		List<HomePanel> panels = this.panels.stream().flatMap((p) -> p.panels(authentication).stream()).toList();
		model.addAttribute("panels", panels);
		return VIEW;
	}

}

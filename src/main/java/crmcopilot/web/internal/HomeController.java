package crmcopilot.web.internal;

import java.util.List;

import crmcopilot.web.HomeCard;
import crmcopilot.web.HomeCards;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	static final String VIEW = "home";

	private final List<HomeCards> contributors;

	HomeController(List<HomeCards> contributors) {
		this.contributors = contributors;
	}

	@GetMapping("/")
	String home(Authentication authentication, Model model) {
		List<HomeCard> cards = this.contributors.stream().flatMap((c) -> c.cards(authentication).stream()).toList();
		model.addAttribute("cards", cards);
		return VIEW;
	}

}

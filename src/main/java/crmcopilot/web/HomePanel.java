package crmcopilot.web;

import java.util.Map;

/**
 * A block of the home dashboard drawn by a module's own template fragment, below the
 * cards: a short list the signed-in user acts on from the home page.
 *
 * @param template the module's template holding the fragment (e.g.
 * {@code opportunities/followUpPanel})
 * @param fragment the fragment's name; it takes one parameter, {@code model}
 * @param model what the fragment reads
 */
public record HomePanel(String template, String fragment, Map<String, Object> model) {

	public HomePanel {
		model = Map.copyOf(model);
	}

}

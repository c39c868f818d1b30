package crmcopilot.web;

import java.util.List;

import org.springframework.security.core.Authentication;

/** A module's blocks of the home dashboard for the signed-in caller. */
public interface HomePanels {

	List<HomePanel> panels(Authentication authentication);

}

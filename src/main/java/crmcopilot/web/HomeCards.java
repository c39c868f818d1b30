package crmcopilot.web;

import java.util.List;

import org.springframework.security.core.Authentication;

/** A module's contribution to the home dashboard for the signed-in caller. */
public interface HomeCards {

	List<HomeCard> cards(Authentication authentication);

}

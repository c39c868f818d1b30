package crmcopilot.matching.web;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The pages of a refused return link, for every controller of the link. */
@ControllerAdvice(assignableTypes = { ReturnLinkController.class, ReturnBookingController.class })
class ReturnLinkErrors {

	static final String INVALID = "matching/returnInvalid";

	@ExceptionHandler(ReturnVisits.InvalidLink.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String invalid() {
		return INVALID;
	}

	@ExceptionHandler(ReturnVisits.TooManyVisits.class)
	@ResponseStatus(HttpStatus.TOO_MANY_REQUESTS)
	String tooMany(Model model) {
		model.addAttribute("tooMany", true);
		return INVALID;
	}

}

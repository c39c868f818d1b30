package crmcopilot.campaigns.api;

import java.util.Locale;

import crmcopilot.campaigns.internal.StepMissingException;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * What the campaign API controllers share: a step asked before the step that gives it its
 * inputs is a 409 naming the missing step. A handler of the controllers themselves, since
 * the application's API advice answers every bad input with 400 first.
 */
abstract class StepProblems {

	private final MessageSource messages;

	StepProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(StepMissingException.class)
	ProblemDetail stepMissing(StepMissingException exception, Locale locale) {
		String key = exception.messageKey();
		String detail = (key != null)
				? this.messages.getMessage(key, exception.arguments(), exception.getMessage(), locale)
				: exception.getMessage();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
		problem.setTitle("Step missing");
		problem.setProperty("field", exception.field());
		problem.setProperty("missingStep", exception.missingStep());
		return problem;
	}

}

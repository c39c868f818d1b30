package crmcopilot.support.web;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import crmcopilot.support.Priority;
import crmcopilot.support.internal.RoutingReason;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Shows the stored reasons of a routing decision in the reader's language; pages call it
 * as {@code ${@routingReasons.text(...)}}.
 */
@Component("routingReasons")
class RoutingReasonTexts {

	private static final Pattern DECIMAL = Pattern.compile("\\d+\\.\\d{1,3}");

	private final MessageSource messages;

	RoutingReasonTexts(MessageSource messages) {
		this.messages = messages;
	}

	/** The text of stored reasons; a text stored before reasons had codes as it is. */
	public @Nullable String text(@Nullable String stored) {
		if (stored == null) {
			return null;
		}
		Locale locale = LocaleContextHolder.getLocale();
		return RoutingReason.decode(stored)
			.map((reasons) -> reasons.stream().map((reason) -> text(reason, locale)).collect(Collectors.joining(" ; ")))
			.orElse(stored);
	}

	private String text(RoutingReason reason, Locale locale) {
		List<String> arguments = reason.arguments();
		Object[] values = arguments.toArray();
		for (int i = 0; i < values.length; i++) {
			if (DECIMAL.matcher(arguments.get(i)).matches()) {
				// stored as 0.65; a French reader writes 0,65
				NumberFormat format = NumberFormat.getNumberInstance(locale);
				format.setMinimumFractionDigits(arguments.get(i).length() - arguments.get(i).indexOf('.') - 1);
				values[i] = format.format(Double.parseDouble(arguments.get(i)));
			}
		}
		if ("priority-high".equals(reason.code()) && !arguments.isEmpty() && Priority.isValid(arguments.get(0))) {
			values[0] = this.messages.getMessage("support.priority." + Priority.of(arguments.get(0)).key(), null,
					arguments.get(0), locale);
		}
		if (("human-only".equals(reason.code()) || "holding-human-only".equals(reason.code()))
				&& !arguments.isEmpty()) {
			values[0] = this.messages.getMessage("support.intent." + arguments.get(0), null, arguments.get(0), locale);
		}
		return this.messages.getMessage(reason.messageKey(), values, reason.code(), locale);
	}

}

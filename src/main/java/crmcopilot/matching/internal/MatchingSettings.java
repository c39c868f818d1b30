package crmcopilot.matching.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the matching module, and the only place their defaults are written. Each
 * property is also read from its environment variable ({@code COPILOT_MATCHING_} and the
 * property name in upper case, dashes as underscores).
 *
 * @param submissionsPerHour public form submissions accepted per client address and clock
 * hour ({@code COPILOT_MATCHING_SUBMISSIONS_PER_HOUR})
 * @param resultCount shoppers shown on the client's result page
 * ({@code COPILOT_MATCHING_RESULT_COUNT})
 * @param balancePenalty load penalty per extra client of a shopper when the manager asks
 * for a balanced assignment; 0 maximises the plain total score
 * ({@code COPILOT_MATCHING_BALANCE_PENALTY})
 * @param returnVisitsPerHour return-link visits accepted per client address and clock
 * hour ({@code COPILOT_MATCHING_RETURN_VISITS_PER_HOUR})
 * @param mailFrom sender address of the return-link mails
 * ({@code COPILOT_MATCHING_MAIL_FROM}); the mail goes out only when
 * {@code spring.mail.host} is set
 */
@ConfigurationProperties("copilot.matching")
public record MatchingSettings(@DefaultValue("20") int submissionsPerHour, @DefaultValue("5") int resultCount,
		@DefaultValue("0.02") double balancePenalty, @DefaultValue("60") int returnVisitsPerHour,
		@DefaultValue("no-reply@crm-copilot.local") String mailFrom) {

}

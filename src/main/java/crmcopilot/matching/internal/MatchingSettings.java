package crmcopilot.matching.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the matching module.
 *
 * @param publicSubmissionsPerHour form submissions accepted per client address and hour
 * @param resultCount shoppers shown on the client's result page
 * @param balancePenalty load penalty used when the manager asks for balanced assignment
 * @param returnVisitsPerHour return-link visits accepted per client address and hour
 * @param mailFrom sender address of the return-link mails
 */
@ConfigurationProperties("copilot.matching")
public record MatchingSettings(int publicSubmissionsPerHour, int resultCount, double balancePenalty,
		int returnVisitsPerHour, String mailFrom) {

}

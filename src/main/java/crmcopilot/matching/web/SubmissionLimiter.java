package crmcopilot.matching.web;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import crmcopilot.matching.internal.MatchingSettings;

import org.springframework.stereotype.Component;

/**
 * Limits public form submissions and return-link visits per client address and clock hour
 * (in memory: a restart forgets, which is acceptable for spam control).
 */
@Component
class SubmissionLimiter {

	private final Map<String, long[]> windows = new ConcurrentHashMap<>();

	private final MatchingSettings settings;

	private final Clock clock = Clock.systemUTC();

	SubmissionLimiter(MatchingSettings settings) {
		this.settings = settings;
	}

	/** Counts one submission; false when the address is over its limit for this hour. */
	boolean tryAcquire(String address) {
		return tryAcquire("form:" + address, this.settings.publicSubmissionsPerHour());
	}

	/** Counts one return-link visit; false when the address is over its limit. */
	boolean tryVisit(String address) {
		return tryAcquire("return:" + address, this.settings.returnVisitsPerHour());
	}

	private boolean tryAcquire(String key, int limit) {
		long hour = this.clock.millis() / 3_600_000L;
		if (this.windows.size() > 10_000) {
			this.windows.entrySet().removeIf((e) -> e.getValue()[0] != hour);
		}
		long[] window = this.windows.compute(key, (k, current) -> {
			if (current == null || current[0] != hour) {
				return new long[] { hour, 1 };
			}
			current[1]++;
			return current;
		});
		return window[1] <= limit;
	}

}

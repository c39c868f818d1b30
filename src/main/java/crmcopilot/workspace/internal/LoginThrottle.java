package crmcopilot.workspace.internal;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import crmcopilot.shared.RateLimiter;

import org.springframework.stereotype.Component;

/**
 * Slows password guessing down without locking anyone out: failed sign-ins are counted in
 * the shared rate limiter per account and address, per account and per address, each in
 * tiers of growing windows. Once a tier is full, sign-ins for that key are refused until
 * its window ends, so delays grow from a minute to an hour as failures go on, and the
 * answer is the same whether the account exists or not.
 */
@Component
class LoginThrottle {

	/** One person guessing their own password, or one attacker on one account. */
	static final List<Tier> PER_ACCOUNT_AND_ADDRESS = List.of(new Tier(5, Duration.ofMinutes(1)),
			new Tier(10, Duration.ofMinutes(15)), new Tier(20, Duration.ofHours(1)));

	/** Guesses at one account from many addresses; loose, so others cannot lock it. */
	static final List<Tier> PER_ACCOUNT = List.of(new Tier(50, Duration.ofHours(1)));

	/** Password spraying: one address trying many accounts. */
	static final List<Tier> PER_ADDRESS = List.of(new Tier(20, Duration.ofMinutes(1)),
			new Tier(100, Duration.ofHours(1)));

	private final RateLimiter limiter;

	LoginThrottle(RateLimiter limiter) {
		this.limiter = limiter;
	}

	/** Whether a sign-in as {@code account} from {@code address} may be tried now. */
	boolean allows(String account, String address) {
		return keys(account, address).stream()
			.allMatch((key) -> this.limiter.hits(key.key, key.tier.window) < key.tier.failures);
	}

	/** Counts a failed sign-in. */
	void failed(String account, String address) {
		for (Key key : keys(account, address)) {
			this.limiter.tryAcquire(key.key, Integer.MAX_VALUE, key.tier.window);
		}
	}

	private static List<Key> keys(String account, String address) {
		String normalised = account.trim().toLowerCase(Locale.ROOT);
		return Stream
			.of(PER_ACCOUNT_AND_ADDRESS.stream().map((tier) -> new Key("login|" + normalised + "|" + address, tier)),
					PER_ACCOUNT.stream().map((tier) -> new Key("login|" + normalised, tier)),
					PER_ADDRESS.stream().map((tier) -> new Key("login||" + address, tier)))
			.flatMap((keys) -> keys)
			.toList();
	}

	record Tier(int failures, Duration window) {

	}

	private record Key(String key, Tier tier) {

	}

}

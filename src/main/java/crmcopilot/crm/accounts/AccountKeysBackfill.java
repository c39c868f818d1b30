package crmcopilot.crm.accounts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * At start-up, gives match keys to the accounts stored before they existed, so that every
 * account can be found again by blocking. Idempotent: several instances may run it.
 */
@Component
class AccountKeysBackfill {

	private static final Logger log = LoggerFactory.getLogger(AccountKeysBackfill.class);

	private static final int BATCH = 500;

	private final AccountKeys keys;

	AccountKeysBackfill(JdbcClient jdbc) {
		this.keys = new AccountKeys(jdbc);
	}

	@EventListener(ApplicationReadyEvent.class)
	void keyOlderAccounts() {
		int total = 0;
		int keyed;
		do {
			keyed = this.keys.keyUnkeyedAccounts(BATCH);
			total += keyed;
		}
		while (keyed == BATCH);
		if (total > 0) {
			log.info("Match keys given to {} accounts stored before them", total);
		}
	}

}

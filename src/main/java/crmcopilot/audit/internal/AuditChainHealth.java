package crmcopilot.audit.internal;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import crmcopilot.audit.AuditJournal;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Health of the journal as of the last verification (nightly, or {@code audit verify}).
 */
@Component("auditChain")
class AuditChainHealth implements HealthIndicator {

	private final AtomicReference<List<AuditJournal.ChainReport>> last = new AtomicReference<>(List.of());

	void update(List<AuditJournal.ChainReport> reports) {
		this.last.set(List.copyOf(reports));
	}

	@Override
	public Health health() {
		List<AuditJournal.ChainReport> broken = this.last.get().stream().filter((r) -> !r.intact()).toList();
		if (broken.isEmpty()) {
			return Health.up().withDetail("chainsChecked", this.last.get().size()).build();
		}
		return Health.down().withDetail("brokenChains", broken.size()).build();
	}

}

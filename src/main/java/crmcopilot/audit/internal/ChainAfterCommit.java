package crmcopilot.audit.internal;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Chains, once the current transaction has committed, the workspaces it wrote journal
 * entries for: one synchronisation per transaction, however many entries it wrote.
 */
final class ChainAfterCommit implements TransactionSynchronization {

	private static final Logger log = LoggerFactory.getLogger(ChainAfterCommit.class);

	private final AuditChainer chainer;

	private final Set<UUID> workspaces = new LinkedHashSet<>();

	private ChainAfterCommit(AuditChainer chainer) {
		this.chainer = chainer;
	}

	static void register(AuditChainer chainer, UUID workspaceId) {
		for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
			if (synchronization instanceof ChainAfterCommit pending && pending.chainer == chainer) {
				pending.workspaces.add(workspaceId);
				return;
			}
		}
		ChainAfterCommit pending = new ChainAfterCommit(chainer);
		pending.workspaces.add(workspaceId);
		TransactionSynchronizationManager.registerSynchronization(pending);
	}

	@Override
	public void afterCommit() {
		for (UUID workspaceId : this.workspaces) {
			try {
				this.chainer.chain(workspaceId);
			}
			catch (RuntimeException ex) {
				// the entries are stored; the scheduled chainer links them later
				log.warn("Could not chain the audit entries of workspace {} yet", workspaceId, ex);
			}
		}
	}

}

package crmcopilot.matching.internal;

import java.util.List;

import crmcopilot.workspace.WorkspaceCreated;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo data: 20 shoppers across Paris, Lyon, Dakar and Abidjan (the first one is the demo
 * user {@code shopper@maison-demo.fr}), 100 clients, and an optimal assignment of most of
 * them (the last 10 stay pending for the board). Fixed seeds: the same data every time.
 */
@Component
class DemoMatchingData {

	static final long SEED = 2026;

	private final MatchingService matching;

	private final BatchAssignments batches;

	private final TransactionTemplate transaction;

	DemoMatchingData(MatchingService matching, BatchAssignments batches, PlatformTransactionManager transactions) {
		this.matching = matching;
		this.batches = batches;
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** The demo workspace's shoppers and clients, in one transaction of their own. */
	@ApplicationModuleListener
	void on(WorkspaceCreated event) {
		if (!event.demo()) {
			return;
		}
		this.transaction.executeWithoutResult((status) -> create(event));
	}

	private void create(WorkspaceCreated event) {
		List<ShopperProfile> shoppers = DemoProfiles.shoppers(20, SEED);
		this.matching.importShoppers(event.workspaceId(), shoppers);
		List<ClientRequest> clients = DemoProfiles.clients(100, SEED);
		this.matching.importClients(event.workspaceId(), clients.subList(0, 90));
		this.batches.assignPending(event.workspaceId(), 0, "system");
		this.matching.importClients(event.workspaceId(), clients.subList(90, 100));
	}

}

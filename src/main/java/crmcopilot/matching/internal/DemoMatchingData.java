package crmcopilot.matching.internal;

import java.util.List;

import crmcopilot.matching.ClientRequest;
import crmcopilot.matching.MatchingService;
import crmcopilot.matching.ShopperProfile;
import crmcopilot.workspace.WorkspaceCreated;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Demo data: 20 shoppers across Paris, Lyon, Dakar and Abidjan (the first one is the demo
 * user {@code shopper@maison-demo.fr}), 100 clients, and an optimal assignment of most of
 * them (the last 10 stay pending for the board). Fixed seeds: the same data every time.
 */
@Component
class DemoMatchingData {

	static final long SEED = 2026;

	private final MatchingService matching;

	DemoMatchingData(MatchingService matching) {
		this.matching = matching;
	}

	@ApplicationModuleListener
	void on(WorkspaceCreated event) {
		if (!event.demo()) {
			return;
		}
		List<ShopperProfile> shoppers = DemoProfiles.shoppers(20, SEED);
		this.matching.importShoppers(event.workspaceId(), shoppers);
		List<ClientRequest> clients = DemoProfiles.clients(100, SEED);
		this.matching.importClients(event.workspaceId(), clients.subList(0, 90));
		this.matching.assignPending(event.workspaceId(), 0, "system");
		this.matching.importClients(event.workspaceId(), clients.subList(90, 100));
	}

}

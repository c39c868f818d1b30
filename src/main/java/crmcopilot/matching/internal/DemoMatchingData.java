package crmcopilot.matching.internal;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import crmcopilot.matching.internal.booking.BookingStore;
import crmcopilot.matching.internal.booking.ShopperHours;
import crmcopilot.matching.internal.booking.WeeklyWindow;
import crmcopilot.workspace.WorkspaceCreated;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo data: 20 shoppers across Paris, Lyon, Dakar and Abidjan (the first one is the demo
 * user {@code shopper@maison-demo.fr}), 100 clients, and an optimal assignment of most of
 * them (the last 10 stay pending for the board); every shopper works three days a week.
 * Fixed seeds: the same data every time.
 */
@Component
class DemoMatchingData {

	static final long SEED = 2026;

	private final MatchingService matching;

	private final BatchAssignments batches;

	private final BookingStore bookings;

	private final TransactionTemplate transaction;

	DemoMatchingData(MatchingService matching, BatchAssignments batches, BookingStore bookings,
			PlatformTransactionManager transactions) {
		this.matching = matching;
		this.bookings = bookings;
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
		for (int i = 0; i < shoppers.size(); i++) {
			this.bookings.saveHours(event.workspaceId(), shoppers.get(i).id(), hours(i));
		}
		List<ClientRequest> clients = DemoProfiles.clients(100, SEED);
		this.matching.importClients(event.workspaceId(), clients.subList(0, 90));
		this.batches.assignPending(event.workspaceId(), 0, "system");
		this.matching.importClients(event.workspaceId(), clients.subList(90, 100));
	}

	/**
	 * Working hours so that the demo's result pages offer slots: three days a week
	 * (shifted from one shopper to the next), mornings and afternoons, 90-minute
	 * sessions.
	 */
	static ShopperHours hours(int shopper) {
		List<WeeklyWindow> weekly = new ArrayList<>();
		for (int d = 0; d < 3; d++) {
			DayOfWeek day = DayOfWeek.TUESDAY.plus((shopper + 2L * d) % 5);
			weekly.add(new WeeklyWindow(day, LocalTime.of(10, 0), LocalTime.of(13, 0)));
			weekly.add(new WeeklyWindow(day, LocalTime.of(14, 0), LocalTime.of(18, 30)));
		}
		return new ShopperHours(weekly, List.of(), ShopperHours.DEFAULT_SESSION_MINUTES);
	}

}

package crmcopilot.matching.internal.assignment;

import java.util.Arrays;
import java.util.BitSet;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SlotAssignmentSolverTests {

	private static final double NO = Double.NEGATIVE_INFINITY;

	@Test
	void should_match_brute_force_on_small_instances() {
		SplittableRandom random = new SplittableRandom(11);
		for (int round = 0; round < 600; round++) {
			int clients = 1 + random.nextInt(5);
			int shoppers = 1 + random.nextInt(3);
			int times = 1 + random.nextInt(4);
			int[] capacities = new int[shoppers];
			int slots = 0;
			int[] perShopper = new int[shoppers];
			for (int s = 0; s < shoppers; s++) {
				capacities[s] = random.nextInt(4);
				perShopper[s] = random.nextInt(times + 1);
				slots += perShopper[s];
			}
			int[] slotShopper = new int[slots];
			int[] slotTime = new int[slots];
			int j = 0;
			for (int s = 0; s < shoppers; s++) {
				for (int i = 0; i < perShopper[s]; i++) {
					slotShopper[j] = s;
					slotTime[j++] = random.nextInt(times);
				}
			}
			BitSet[] accepted = new BitSet[clients];
			for (int k = 0; k < clients; k++) {
				if (random.nextInt(5) > 0) {
					accepted[k] = new BitSet();
					for (int t = 0; t < times; t++) {
						if (random.nextBoolean()) {
							accepted[k].set(t);
						}
					}
				}
			}
			double[] scores = new double[clients * shoppers];
			for (int i = 0; i < scores.length; i++) {
				scores[i] = (round % 2 == 0 && random.nextInt(4) == 0) ? NO : random.nextInt(-5, 20) / 2.0;
			}
			double penalty = (round % 5 == 0) ? 1.5 : 0;
			ScoreMatrix matrix = new ScoreMatrix(clients, shoppers, scores);
			SlotGrid grid = new SlotGrid(slotShopper, slotTime, times, accepted);
			BookedAssignment booked = SlotAssignmentSolver.solve(matrix, capacities, penalty, grid);
			double[] expected = new BruteForceBooking(matrix, capacities, penalty, grid).best();
			assertThat(booked.assignment().assigned()).as("round %d cardinality", round).isEqualTo((int) expected[0]);
			assertThat(booked.assignment().objective()).as("round %d objective", round)
				.isCloseTo(expected[1], within(1e-9));
			assertThat(booked.assignment().optimalityGap()).as("round %d gap", round).isLessThan(1e-9);
			assertValid(matrix, capacities, grid, booked);
		}
	}

	@Test
	void should_book_every_client_at_a_distinct_accepted_slot_on_a_crowded_instance() {
		SplittableRandom random = new SplittableRandom(5);
		int clients = 400;
		int shoppers = 40;
		int times = 30;
		int perShopper = 8;
		ScoreMatrix matrix = randomMatrix(random, clients, shoppers);
		SlotGrid grid = randomGrid(random, clients, shoppers, perShopper, times, 4);
		int[] capacities = new int[shoppers];
		Arrays.fill(capacities, 6);
		BookedAssignment booked = SlotAssignmentSolver.solve(matrix, capacities, 0, grid);
		assertThat(booked.assignment().optimalityGap()).isLessThan(1e-9);
		assertThat(booked.assignment().assigned()).isGreaterThan(150);
		assertValid(matrix, capacities, grid, booked);
	}

	@Test
	void should_give_the_same_optimum_as_the_assignment_without_slots_when_every_client_gives_no_window() {
		SplittableRandom random = new SplittableRandom(3);
		ScoreMatrix matrix = randomMatrix(random, 120, 10);
		int[] capacities = new int[10];
		Arrays.fill(capacities, 9);
		BookedAssignment booked = SlotAssignmentSolver.solve(matrix, capacities, 0,
				new SlotGrid(new int[0], new int[0], 0, new BitSet[120]));
		Assignment plain = AssignmentSolver.solve(matrix, capacities, 0);
		assertThat(booked.assignment().totalScore()).isCloseTo(plain.totalScore(), within(1e-9));
		assertThat(booked.assignment().assigned()).isEqualTo(plain.assigned());
		assertThat(booked.slotOfClient()).containsOnly(-1);
	}

	static ScoreMatrix randomMatrix(SplittableRandom random, int clients, int shoppers) {
		double[] scores = new double[clients * shoppers];
		for (int i = 0; i < scores.length; i++) {
			scores[i] = random.nextDouble();
		}
		return new ScoreMatrix(clients, shoppers, scores);
	}

	/** Each shopper has distinct slot times; each client accepts {@code window} times. */
	static SlotGrid randomGrid(SplittableRandom random, int clients, int shoppers, int perShopper, int times,
			int window) {
		int[] slotShopper = new int[shoppers * perShopper];
		int[] slotTime = new int[shoppers * perShopper];
		int[] pool = new int[times];
		for (int s = 0; s < shoppers; s++) {
			for (int t = 0; t < times; t++) {
				pool[t] = t;
			}
			for (int i = 0; i < perShopper; i++) {
				int pick = i + random.nextInt(times - i);
				int time = pool[pick];
				pool[pick] = pool[i];
				pool[i] = time;
				slotShopper[s * perShopper + i] = s;
				slotTime[s * perShopper + i] = time;
			}
		}
		BitSet[] accepted = new BitSet[clients];
		for (int k = 0; k < clients; k++) {
			int start = random.nextInt(times - window + 1);
			accepted[k] = new BitSet();
			accepted[k].set(start, start + window);
		}
		return new SlotGrid(slotShopper, slotTime, times, accepted);
	}

	private static void assertValid(ScoreMatrix matrix, int[] capacities, SlotGrid grid, BookedAssignment booked) {
		int[] load = new int[matrix.shoppers()];
		boolean[] used = new boolean[grid.slots()];
		for (int k = 0; k < matrix.clients(); k++) {
			int s = booked.assignment().shopperOfClient()[k];
			int slot = booked.slotOfClient()[k];
			if (s < 0) {
				assertThat(slot).isEqualTo(-1);
				continue;
			}
			load[s]++;
			assertThat(matrix.score(k, s)).isGreaterThan(NO);
			if (grid.accepted()[k] == null) {
				assertThat(slot).isEqualTo(-1);
				continue;
			}
			assertThat(slot).isNotNegative();
			assertThat(grid.slotShopper()[slot]).isEqualTo(s);
			assertThat(grid.accepted()[k].get(grid.slotTime()[slot])).isTrue();
			assertThat(used[slot]).as("slot %d booked twice", slot).isFalse();
			used[slot] = true;
		}
		for (int s = 0; s < load.length; s++) {
			assertThat(load[s]).isLessThanOrEqualTo(capacities[s]);
		}
		assertThat(load).isEqualTo(booked.assignment().load());
	}

}

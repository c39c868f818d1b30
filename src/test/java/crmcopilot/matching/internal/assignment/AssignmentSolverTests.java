package crmcopilot.matching.internal.assignment;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class AssignmentSolverTests {

	private static final double NO = Double.NEGATIVE_INFINITY;

	@Test
	void should_match_brute_force_on_small_instances() {
		SplittableRandom random = new SplittableRandom(7);
		for (int round = 0; round < 400; round++) {
			int clients = 1 + random.nextInt(7);
			int shoppers = 1 + random.nextInt(3);
			int[] capacities = new int[shoppers];
			for (int s = 0; s < shoppers; s++) {
				capacities[s] = random.nextInt(4);
			}
			boolean withForbidden = round % 3 == 0;
			double[] scores = new double[clients * shoppers];
			for (int i = 0; i < scores.length; i++) {
				scores[i] = (withForbidden && random.nextInt(4) == 0) ? NO : random.nextInt(-5, 20) / 2.0;
			}
			ScoreMatrix matrix = new ScoreMatrix(clients, shoppers, scores);
			Assignment assignment = AssignmentSolver.solve(matrix, capacities, 0);
			double[] expected = BruteForce.best(matrix, capacities);
			assertThat(assignment.assigned()).as("round %d cardinality", round).isEqualTo((int) expected[0]);
			assertThat(assignment.totalScore()).as("round %d total", round).isCloseTo(expected[1], within(1e-9));
			assertValid(matrix, capacities, assignment);
			Assignment warm = AssignmentSolver.solve(matrix, capacities, 0, 0);
			assertThat(warm.assigned()).as("round %d warm cardinality", round).isEqualTo((int) expected[0]);
			assertThat(warm.totalScore()).as("round %d warm total", round).isCloseTo(expected[1], within(1e-9));
			assertThat(warm.optimalityGap()).isLessThan(1e-9);
			assertValid(matrix, capacities, warm);
		}
	}

	@Test
	void should_match_the_expanded_hungarian_reference_on_medium_instances() {
		SplittableRandom random = new SplittableRandom(42);
		int[][] shapes = { { 200, 20, 11 }, { 300, 25, 11 }, { 150, 10, 12 }, { 250, 30, 7 } };
		for (int[] shape : shapes) {
			ScoreMatrix matrix = randomMatrix(random, shape[0], shape[1]);
			int[] capacities = new int[shape[1]];
			Arrays.fill(capacities, shape[2]);
			Assignment assignment = AssignmentSolver.solve(matrix, capacities, 0);
			double reference = ExpandedSlotsHungarian.maxTotal(matrix, capacities);
			assertThat(assignment.totalScore()).isCloseTo(reference, within(1e-6));
			assertThat(assignment.assigned()).isEqualTo(Math.min(shape[0], shape[1] * shape[2]));
			assertThat(assignment.optimalityGap()).isLessThan(1e-9);
			assertValid(matrix, capacities, assignment);
			Assignment warm = AssignmentSolver.solve(matrix, capacities, 0, 0);
			assertThat(warm.totalScore()).isCloseTo(reference, within(1e-6));
			assertThat(warm.optimalityGap()).isLessThan(1e-9);
			assertValid(matrix, capacities, warm);
		}
	}

	@Test
	void should_find_the_same_optimum_with_warm_started_potentials_on_crowded_instances() {
		SplittableRandom random = new SplittableRandom(2026);
		// clients, shoppers, capacity (0 = varied), integer scores (many ties)
		int[][] shapes = { { 1500, 60, 27, 0 }, { 1200, 40, 25, 1 }, { 1300, 50, 0, 0 }, { 1100, 30, 0, 1 },
				{ 1000, 45, 20, 0 } };
		for (int[] shape : shapes) {
			int clients = shape[0];
			int shoppers = shape[1];
			double[] quality = new double[shoppers];
			int[] capacities = new int[shoppers];
			for (int s = 0; s < shoppers; s++) {
				quality[s] = random.nextDouble();
				capacities[s] = (shape[2] > 0) ? shape[2] : random.nextInt(40);
			}
			double[] scores = new double[clients * shoppers];
			for (int i = 0; i < scores.length; i++) {
				double noise = random.nextDouble();
				scores[i] = (shape[3] == 1) ? Math.floor(4 * (quality[i % shoppers] + noise))
						: quality[i % shoppers] + noise;
			}
			ScoreMatrix matrix = new ScoreMatrix(clients, shoppers, scores);
			Assignment plain = AssignmentSolver.solve(matrix, capacities, 0, Integer.MAX_VALUE);
			Assignment warm = AssignmentSolver.solve(matrix, capacities, 0);
			assertThat(warm.assigned()).isEqualTo(plain.assigned());
			assertThat(warm.totalScore()).isCloseTo(plain.totalScore(), within(1e-6));
			assertThat(warm.optimalityGap()).isLessThan(1e-9);
			assertThat(plain.optimalityGap()).isLessThan(1e-9);
			assertValid(matrix, capacities, warm);
		}
	}

	@Test
	void should_assign_negative_scores_while_capacity_allows() {
		ScoreMatrix matrix = new ScoreMatrix(3, 1, new double[] { -1, -5, -2 });
		Assignment assignment = AssignmentSolver.solve(matrix, 2);
		assertThat(assignment.assigned()).isEqualTo(2);
		assertThat(assignment.shopperOfClient()).containsExactly(0, -1, 0);
		assertThat(assignment.totalScore()).isEqualTo(-3);
	}

	@Test
	void should_never_exceed_capacity_and_leave_the_excess_unassigned() {
		ScoreMatrix matrix = randomMatrix(new SplittableRandom(3), 500, 12);
		int[] capacities = { 40, 0, 3, 30, 10, 5, 5, 5, 40, 1, 2, 9 };
		Assignment assignment = AssignmentSolver.solve(matrix, capacities, 0);
		assertValid(matrix, capacities, assignment);
		assertThat(assignment.assigned()).isEqualTo(150);
		assertThat(assignment.unassigned()).isEqualTo(350);
		assertThat(assignment.totalScore()).isCloseTo(ExpandedSlotsHungarian.maxTotal(matrix, capacities),
				within(1e-6));
	}

	@Test
	void should_be_deterministic() {
		ScoreMatrix matrix = randomMatrix(new SplittableRandom(11), 400, 30);
		Assignment first = AssignmentSolver.solve(matrix, 14);
		Assignment second = AssignmentSolver.solve(matrix, 14);
		assertThat(second.shopperOfClient()).containsExactly(first.shopperOfClient());
	}

	@Test
	void should_spread_the_load_when_a_penalty_is_given_and_stay_optimal_for_it() {
		// every client prefers shopper 0 a little
		int clients = 12;
		double[] scores = new double[clients * 3];
		for (int k = 0; k < clients; k++) {
			scores[k * 3] = 1.0;
			scores[k * 3 + 1] = 0.9;
			scores[k * 3 + 2] = 0.8;
		}
		ScoreMatrix matrix = new ScoreMatrix(clients, 3, scores);
		int[] capacities = { 12, 12, 12 };
		Assignment plain = AssignmentSolver.solve(matrix, capacities, 0);
		Assignment balanced = AssignmentSolver.solve(matrix, capacities, 0.05);
		assertThat(plain.load()).containsExactly(12, 0, 0);
		assertThat(balanced.load()).containsExactly(6, 4, 2);
		assertThat(balanced.optimalityGap()).isLessThan(1e-9);
		assertThat(balanced.objective()).isCloseTo(BruteForce.bestBalancedObjective(matrix, capacities, 0.05),
				within(1e-9));
	}

	@Test
	void should_leave_clients_without_a_compatible_shopper_unassigned() {
		ScoreMatrix matrix = new ScoreMatrix(3, 2, new double[] { NO, NO, 0.5, NO, 0.9, 0.1 });
		Assignment assignment = AssignmentSolver.solve(matrix, 1);
		assertThat(assignment.shopperOfClient()).containsExactly(-1, 0, 1);
		assertThat(assignment.totalScore()).isCloseTo(0.6, within(1e-12));
	}

	@Test
	void should_reject_bad_input() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ScoreMatrix(2, 2, new double[3]));
		assertThatIllegalArgumentException().isThrownBy(() -> new ScoreMatrix(1, 1, new double[] { Double.NaN }));
		ScoreMatrix matrix = new ScoreMatrix(1, 1, new double[] { 1 });
		assertThatIllegalArgumentException().isThrownBy(() -> AssignmentSolver.solve(matrix, new int[] { -1 }, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> AssignmentSolver.solve(matrix, new int[] { 1 }, -1));
	}

	static ScoreMatrix randomMatrix(SplittableRandom random, int clients, int shoppers) {
		double[] scores = new double[clients * shoppers];
		for (int i = 0; i < scores.length; i++) {
			scores[i] = random.nextDouble(-0.2, 1.0);
		}
		return new ScoreMatrix(clients, shoppers, scores);
	}

	private static void assertValid(ScoreMatrix matrix, int[] capacities, Assignment assignment) {
		int[] load = new int[capacities.length];
		double total = 0;
		for (int k = 0; k < matrix.clients(); k++) {
			int s = assignment.shopperOfClient()[k];
			if (s >= 0) {
				load[s]++;
				assertThat(matrix.score(k, s)).isGreaterThan(NO);
				total += matrix.score(k, s);
			}
		}
		for (int s = 0; s < capacities.length; s++) {
			assertThat(load[s]).isLessThanOrEqualTo(capacities[s]);
		}
		assertThat(load).containsExactly(assignment.load());
		assertThat(total).isCloseTo(assignment.totalScore(), within(1e-9));
	}

	/**
	 * Enumerates every assignment; returns {cardinality, best total at that cardinality}.
	 */
	static final class BruteForce {

		static double[] best(ScoreMatrix matrix, int[] capacities) {
			double[] best = { -1, Double.NEGATIVE_INFINITY };
			search(matrix, capacities, 0, new int[capacities.length], 0, 0, best, 0);
			return best;
		}

		static double bestBalancedObjective(ScoreMatrix matrix, int[] capacities, double penalty) {
			double[] best = { -1, Double.NEGATIVE_INFINITY };
			search(matrix, capacities, 0, new int[capacities.length], 0, 0, best, penalty);
			return best[1];
		}

		private static void search(ScoreMatrix matrix, int[] capacities, int client, int[] load, int count,
				double total, double[] best, double penalty) {
			if (client == matrix.clients()) {
				double value = total;
				for (int l : load) {
					value -= penalty * l * (l - 1) / 2.0;
				}
				if (count > best[0] || (count == best[0] && value > best[1])) {
					best[0] = count;
					best[1] = value;
				}
				return;
			}
			search(matrix, capacities, client + 1, load, count, total, best, penalty);
			for (int s = 0; s < capacities.length; s++) {
				double score = matrix.score(client, s);
				if (load[s] < capacities[s] && score > NO) {
					load[s]++;
					search(matrix, capacities, client + 1, load, count + 1, total + score, best, penalty);
					load[s]--;
				}
			}
		}

	}

}

package crmcopilot.matching.internal.assignment;

import java.util.Arrays;

/**
 * Independent exact reference: the O(n³) Hungarian method on the score matrix with each
 * shopper repeated once per capacity slot (what SciPy's linear_sum_assignment does on the
 * expanded matrix). Returns the maximal total score with min(clients, slots) pairs.
 */
final class ExpandedSlotsHungarian {

	private ExpandedSlotsHungarian() {
	}

	static double maxTotal(ScoreMatrix matrix, int[] capacities) {
		int slots = Arrays.stream(capacities).sum();
		int[] slotShopper = new int[slots];
		int next = 0;
		for (int s = 0; s < capacities.length; s++) {
			for (int c = 0; c < capacities[s]; c++) {
				slotShopper[next++] = s;
			}
		}
		int clients = matrix.clients();
		boolean transpose = clients > slots;
		int rows = transpose ? slots : clients;
		int cols = transpose ? clients : slots;
		double[][] cost = new double[rows][cols];
		for (int r = 0; r < rows; r++) {
			for (int c = 0; c < cols; c++) {
				int client = transpose ? c : r;
				int slot = transpose ? r : c;
				cost[r][c] = -matrix.score(client, slotShopper[slot]);
			}
		}
		int[] match = hungarian(cost, rows, cols);
		double total = 0;
		for (int r = 0; r < rows; r++) {
			total -= cost[r][match[r]];
		}
		return total;
	}

	/** Rows ≤ cols; returns the column of each row minimising the total cost. */
	private static int[] hungarian(double[][] a, int n, int m) {
		double[] u = new double[n + 1];
		double[] v = new double[m + 1];
		int[] p = new int[m + 1];
		int[] way = new int[m + 1];
		for (int i = 1; i <= n; i++) {
			p[0] = i;
			int j0 = 0;
			double[] minv = new double[m + 1];
			Arrays.fill(minv, Double.POSITIVE_INFINITY);
			boolean[] used = new boolean[m + 1];
			do {
				used[j0] = true;
				int i0 = p[j0];
				double delta = Double.POSITIVE_INFINITY;
				int j1 = 0;
				for (int j = 1; j <= m; j++) {
					if (!used[j]) {
						double cur = a[i0 - 1][j - 1] - u[i0] - v[j];
						if (cur < minv[j]) {
							minv[j] = cur;
							way[j] = j0;
						}
						if (minv[j] < delta) {
							delta = minv[j];
							j1 = j;
						}
					}
				}
				for (int j = 0; j <= m; j++) {
					if (used[j]) {
						u[p[j]] += delta;
						v[j] -= delta;
					}
					else {
						minv[j] -= delta;
					}
				}
				j0 = j1;
			}
			while (p[j0] != 0);
			do {
				int j1 = way[j0];
				p[j0] = p[j1];
				j0 = j1;
			}
			while (j0 != 0);
		}
		int[] result = new int[n];
		for (int j = 1; j <= m; j++) {
			if (p[j] != 0) {
				result[p[j] - 1] = j - 1;
			}
		}
		return result;
	}

}

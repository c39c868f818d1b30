package crmcopilot.campaigns.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import crmcopilot.campaigns.internal.segmentation.FeatureMatrix;

/**
 * Step 5: cluster sizes, a 2-D PCA projection, a profile heatmap (numeric features as
 * z-scores, categories as indices) and cross tables segment × each categorical feature.
 *
 * @param points sampled scatter points {@code [pc1, pc2, segment]}
 * @param explained share of variance of the two components
 * @param heatmapRows the feature (or feature=value) of each heatmap row
 * @param heatmap per row, one value per segment: z (numeric) or index (categorical)
 * @param crossTables feature to cross table
 */
public record Visualisations(int[] sizes, List<double[]> points, double[] explained, List<String> heatmapRows,
		List<double[]> heatmap, Map<String, CrossTable> crossTables) {

	static final int SCATTER_POINTS = 1500;

	/**
	 * @param values the column values
	 * @param counts per segment, per value
	 * @param rowPercent per segment, per value, % of the segment
	 */
	public record CrossTable(List<String> values, int[][] counts, double[][] rowPercent) {
	}

	public static Visualisations of(PreparedCustomers customers, int[] labels, int k, List<SegmentProfile> profiles) {
		int[] sizes = new int[k];
		for (int label : labels) {
			sizes[label]++;
		}
		double[][] components = new double[2][];
		double[] explained = new double[2];
		FeatureMatrix x = customers.clustering();
		double[] means = new double[x.cols()];
		for (int r = 0; r < x.rows(); r++) {
			for (int c = 0; c < x.cols(); c++) {
				means[c] += x.get(r, c) / x.rows();
			}
		}
		double[][] cov = new double[x.cols()][x.cols()];
		for (int r = 0; r < x.rows(); r++) {
			for (int a = 0; a < x.cols(); a++) {
				double da = x.get(r, a) - means[a];
				for (int b = a; b < x.cols(); b++) {
					cov[a][b] += da * (x.get(r, b) - means[b]) / x.rows();
				}
			}
		}
		double total = 0;
		for (int a = 0; a < x.cols(); a++) {
			total += cov[a][a];
			for (int b = 0; b < a; b++) {
				cov[a][b] = cov[b][a];
			}
		}
		for (int p = 0; p < 2; p++) {
			double[] v = powerIteration(cov);
			double lambda = rayleigh(cov, v);
			components[p] = v;
			explained[p] = (total > 0) ? lambda / total : 0;
			for (int a = 0; a < cov.length; a++) {
				for (int b = 0; b < cov.length; b++) {
					cov[a][b] -= lambda * v[a] * v[b];
				}
			}
		}
		List<double[]> points = new ArrayList<>();
		int step = Math.max(1, x.rows() / SCATTER_POINTS);
		for (int r = 0; r < x.rows(); r += step) {
			double pc1 = 0;
			double pc2 = 0;
			for (int c = 0; c < x.cols(); c++) {
				double centred = x.get(r, c) - means[c];
				pc1 += centred * components[0][c];
				pc2 += centred * components[1][c];
			}
			points.add(new double[] { Math.round(pc1 * 1000) / 1000.0, Math.round(pc2 * 1000) / 1000.0, labels[r] });
		}
		List<String> rows = new ArrayList<>();
		List<double[]> heat = new ArrayList<>();
		for (SegmentProfile.NumericStat stat : profiles.get(0).numeric()) {
			rows.add(stat.feature());
			double[] values = new double[k];
			for (int s = 0; s < k; s++) {
				values[s] = Math.round(profiles.get(s).numeric(stat.feature()).orElseThrow().z() * 100) / 100.0;
			}
			heat.add(values);
		}
		for (int i = 0; i < profiles.get(0).categorical().size(); i++) {
			SegmentProfile.CategoryStat stat = profiles.get(0).categorical().get(i);
			if (stat.feature().equals("age_band")) {
				continue;
			}
			rows.add(stat.feature() + "=" + stat.value());
			double[] values = new double[k];
			for (int s = 0; s < k; s++) {
				values[s] = Math.round(profiles.get(s).categorical().get(i).index());
			}
			heat.add(values);
		}
		Map<String, CrossTable> crossTables = new LinkedHashMap<>();
		customers.categorical().forEach((feature, values) -> {
			List<String> levels = Enrichment.levels(values);
			int[][] counts = new int[k][levels.size()];
			for (int r = 0; r < values.length; r++) {
				counts[labels[r]][levels.indexOf(values[r])]++;
			}
			double[][] percent = new double[k][levels.size()];
			for (int s = 0; s < k; s++) {
				for (int l = 0; l < levels.size(); l++) {
					percent[s][l] = (sizes[s] > 0) ? Math.round(1000.0 * counts[s][l] / sizes[s]) / 10.0 : 0;
				}
			}
			crossTables.put(feature, new CrossTable(levels, counts, percent));
		});
		return new Visualisations(sizes, points, explained, rows, heat, crossTables);
	}

	private static double[] powerIteration(double[][] m) {
		int d = m.length;
		double[] v = new double[d];
		for (int i = 0; i < d; i++) {
			v[i] = 1.0 / Math.sqrt(d) + 1e-3 * i;
		}
		for (int iteration = 0; iteration < 300; iteration++) {
			double[] next = new double[d];
			for (int a = 0; a < d; a++) {
				for (int b = 0; b < d; b++) {
					next[a] += m[a][b] * v[b];
				}
			}
			double norm = 0;
			for (double value : next) {
				norm += value * value;
			}
			norm = Math.sqrt(norm);
			if (norm == 0) {
				return v;
			}
			double change = 0;
			for (int a = 0; a < d; a++) {
				next[a] /= norm;
				change += Math.abs(next[a] - v[a]);
			}
			v = next;
			if (change < 1e-10) {
				break;
			}
		}
		return v;
	}

	private static double rayleigh(double[][] m, double[] v) {
		double value = 0;
		for (int a = 0; a < m.length; a++) {
			for (int b = 0; b < m.length; b++) {
				value += v[a] * m[a][b] * v[b];
			}
		}
		return value;
	}

}

package crmcopilot.campaigns.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

import crmcopilot.campaigns.internal.segmentation.FeatureMatrix;
import crmcopilot.campaigns.internal.segmentation.KMeans;
import crmcopilot.campaigns.internal.segmentation.StandardScaler;

import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./copilot segment}: k-means on the numeric columns of a CSV/TSV file. The last
 * line is {@code inertia=<x> iterations=<n> rows=<n> k=<n> ms_per_iteration=<x>}, the
 * inertia in the space the clustering ran in (z-scores unless {@code --no-standardize}).
 */
@Component("cli.segment")
@Command(name = "segment", description = "Cluster the rows of a CSV/TSV file with k-means")
class SegmentCommand implements Callable<Integer> {

	@Option(names = "--input", required = true, description = "CSV or TSV file with a header row")
	Path input;

	@Option(names = "--k", defaultValue = "4", description = "number of clusters")
	int k;

	@Option(names = "--separator",
			description = "column separator: , ; | or \\t (checked against the one the header shows)")
	@Nullable String separator;

	@Option(names = "--features", split = ",", description = "columns to use (all numeric columns by default)")
	@Nullable List<String> features;

	@Option(names = "--n-init", defaultValue = "10", description = "k-means++ restarts, the best inertia is kept")
	int nInit;

	@Option(names = "--seed", defaultValue = "0", description = "seed of the random starts")
	long seed;

	@Option(names = "--no-standardize", description = "cluster raw values instead of z-scores")
	boolean noStandardize;

	@Option(names = "--init", description = "CSV of starting centroids (header = feature columns, one row each)")
	@Nullable Path init;

	@Option(names = "--max-iter", defaultValue = "300", description = "maximum Lloyd iterations")
	int maxIter;

	@Option(names = "--tol", defaultValue = "1e-4",
			description = "relative tolerance on the centroid shift; 0 runs exactly --max-iter iterations")
	double tol;

	@Option(names = "--output", description = "CSV of assignments to write (row,cluster)")
	@Nullable Path output;

	@Option(names = "--threads", defaultValue = "2", description = "worker threads")
	int threads;

	@Override
	public Integer call() throws IOException {
		NumericCsv.Table table = NumericCsv.read(this.input, this.separator, this.features);
		FeatureMatrix raw = table.matrix();
		if (table.skippedRows() > 0) {
			System.out.printf(Locale.ROOT, "skipped %d rows with a missing or non-numeric feature%n",
					table.skippedRows());
		}
		FeatureMatrix space = this.noStandardize ? raw : StandardScaler.fit(raw).transform(raw);
		double[] start = (this.init != null) ? readCentroids(this.init, raw.names()) : null;
		if (start != null && start.length / raw.cols() != this.k) {
			throw new IllegalArgumentException(
					"--init has %d centroids but --k is %d".formatted(start.length / raw.cols(), this.k));
		}
		KMeans.Result result = KMeans.fit(space,
				new KMeans.Options(this.k, this.nInit, this.seed, this.maxIter, this.tol, start, this.threads));
		System.out.printf(Locale.ROOT, "features=%s%n", String.join(",", raw.names()));
		System.out.printf(Locale.ROOT, "seed=%d restarts=%d sizes=%s%n", result.seed(), result.restarts(),
				Arrays.toString(result.sizes()));
		if (this.output != null) {
			writeAssignments(this.output, table.sourceRows(), result.labels());
		}
		System.out.printf(Locale.ROOT, "inertia=%.6f iterations=%d rows=%d k=%d ms_per_iteration=%.3f%n",
				result.inertia(), result.iterations(), raw.rows(), result.k(), result.msPerIteration());
		return 0;
	}

	private static double[] readCentroids(Path file, List<String> names) throws IOException {
		NumericCsv.Table table = NumericCsv.read(file, null, names);
		if (table.skippedRows() > 0) {
			throw new IllegalArgumentException(
					"--init has %d rows with a missing value".formatted(table.skippedRows()));
		}
		return table.matrix().values();
	}

	private static void writeAssignments(Path file, int[] sourceRows, int[] labels) throws IOException {
		Path parent = file.toAbsolutePath().getParent();
		if (parent != null) {
			Files.createDirectories(parent);
		}
		try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
				CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader("row", "cluster").get().print(writer)) {
			for (int i = 0; i < labels.length; i++) {
				csv.printRecord(sourceRows[i], labels[i]);
			}
		}
	}

}

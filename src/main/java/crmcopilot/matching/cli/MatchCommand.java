package crmcopilot.matching.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import crmcopilot.ai.TextEmbeddings;
import crmcopilot.matching.internal.ClientRequest;
import crmcopilot.matching.internal.ProfileFiles;
import crmcopilot.matching.internal.ShopperProfile;
import crmcopilot.matching.internal.assignment.Assignment;
import crmcopilot.matching.internal.assignment.AssignmentSolver;
import crmcopilot.matching.internal.assignment.ScoreMatrix;
import crmcopilot.matching.internal.scoring.Cities;
import crmcopilot.matching.internal.scoring.MatchScorer;
import crmcopilot.matching.internal.scoring.MatchWeights;
import crmcopilot.shared.CsvLimits;
import crmcopilot.shared.CsvReader;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./copilot match}: the optimal capacity-respecting assignment, either of a raw
 * score matrix ({@code --score-matrix scores.csv --capacity n}) or of clients (CSV)
 * against shoppers (JSON) scored with the default weights.
 */
@Component("cli.match")
@Command(name = "match", mixinStandardHelpOptions = true,
		description = "Optimal capacity-respecting assignment of clients to shoppers")
class MatchCommand implements Callable<Integer> {

	/** A score matrix is one row per client and one column per shopper. */
	private static final CsvLimits MATRIX_LIMITS = new CsvLimits(1024L * 1024 * 1024, 100_000, 64, 1_000_000);

	@Option(names = "--score-matrix", description = "CSV of scores, row = client, column = shopper, no header")
	@Nullable Path scoreMatrix;

	@Option(names = "--capacity", description = "capacity of every shopper (with --score-matrix)")
	@Nullable Integer capacity;

	@Option(names = "--clients", description = "clients CSV (header: " + "id,name,email,city,mode,styles,budget,...)")
	@Nullable Path clients;

	@Option(names = "--shoppers", description = "shoppers JSON array")
	@Nullable Path shoppers;

	@Option(names = "--output", description = "where to write the assignments CSV")
	@Nullable Path output;

	@Option(names = "--balance", defaultValue = "0",
			description = "load penalty per extra client of a shopper (0 = maximise the plain total)")
	double balance;

	private final JsonMapper json;

	private final ObjectProvider<TextEmbeddings> embeddings;

	MatchCommand(JsonMapper json, ObjectProvider<TextEmbeddings> embeddings) {
		this.json = json;
		this.embeddings = embeddings;
	}

	@Override
	public Integer call() throws IOException {
		PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
		if (this.scoreMatrix != null) {
			if (this.clients != null || this.shoppers != null) {
				throw new IllegalArgumentException("use either --score-matrix or --clients/--shoppers, not both");
			}
			if (this.capacity == null || this.capacity < 0) {
				throw new IllegalArgumentException("--capacity <n> (n >= 0) is required with --score-matrix");
			}
			ScoreMatrix matrix = readMatrix(this.scoreMatrix);
			int[] capacities = new int[matrix.shoppers()];
			Arrays.fill(capacities, this.capacity);
			long start = System.nanoTime();
			Assignment assignment = AssignmentSolver.solve(matrix, capacities, this.balance);
			double seconds = (System.nanoTime() - start) / 1e9;
			if (this.output != null) {
				writeIndexed(assignment, matrix, this.output);
			}
			summary(out, assignment, seconds);
			return 0;
		}
		if (this.clients == null || this.shoppers == null) {
			throw new IllegalArgumentException(
					"give --score-matrix scores.csv --capacity n, or --clients clients.csv --shoppers shoppers.json");
		}
		if (this.output == null) {
			throw new IllegalArgumentException("--output assignments.csv is required with --clients/--shoppers");
		}
		List<ClientRequest> clientList = readClients(this.clients);
		List<ShopperProfile> shopperList;
		try (InputStream content = Files.newInputStream(existing(this.shoppers))) {
			shopperList = ProfileFiles.readShoppersJson(this.json, content);
		}
		TextEmbeddings textEmbeddings = this.embeddings.getIfAvailable();
		if (textEmbeddings != null) {
			// the model loads on first use: start-up cost, reported apart
			long loadStart = System.nanoTime();
			textEmbeddings.embed("warm-up");
			out.printf(Locale.ROOT, "embeddings_model_load seconds=%.3f%n", (System.nanoTime() - loadStart) / 1e9);
		}
		long start = System.nanoTime();
		MatchScorer scorer = new MatchScorer(MatchWeights.DEFAULT, Cities.bundled(), textEmbeddings);
		ScoreMatrix matrix = scorer.matrix(clientList, shopperList);
		int[] capacities = shopperList.stream().mapToInt(ShopperProfile::capacity).toArray();
		Assignment assignment = AssignmentSolver.solve(matrix, capacities, this.balance);
		double seconds = (System.nanoTime() - start) / 1e9;
		writeProfiles(assignment, matrix, clientList, shopperList, this.output);
		if (!scorer.semanticAvailable()) {
			out.println("note: no text embeddings available, semantic weight redistributed");
		}
		summary(out, assignment, seconds);
		return 0;
	}

	private static void summary(PrintWriter out, Assignment assignment, double seconds) {
		out.printf(Locale.ROOT, "optimality_gap=%.3g%n", assignment.optimalityGap());
		out.printf(Locale.ROOT, "total_score=%.6f assigned=%d unassigned=%d seconds=%.3f%n", assignment.totalScore(),
				assignment.assigned(), assignment.unassigned(), seconds);
	}

	private static List<ClientRequest> readClients(Path path) throws IOException {
		try (InputStream content = Files.newInputStream(existing(path))) {
			return ProfileFiles.readClientsCsv(content);
		}
	}

	private static Path existing(Path path) {
		if (!Files.isRegularFile(path)) {
			throw new IllegalArgumentException("no such file: " + path);
		}
		return path;
	}

	/**
	 * Reads a dense numeric CSV without a header row (millions of cells): the reader's
	 * header is the first row of scores.
	 */
	static ScoreMatrix readMatrix(Path path) throws IOException {
		List<double[]> rows = new ArrayList<>();
		try (InputStream content = Files.newInputStream(existing(path));
				CsvReader csv = CsvReader.open(content, "--score-matrix", MATRIX_LIMITS)) {
			List<String> cells = csv.header();
			int width = cells.size();
			long line = 1;
			while (cells != null) {
				if (cells.size() != width) {
					throw new IllegalArgumentException(
							"line %d has %d columns, expected %d".formatted(line, cells.size(), width));
				}
				double[] row = new double[width];
				for (int i = 0; i < width; i++) {
					row[i] = cell(cells.get(i), line, i);
				}
				rows.add(row);
				cells = csv.next();
				line = csv.lineNumber();
			}
		}
		int width = rows.get(0).length;
		double[] scores = new double[rows.size() * width];
		for (int r = 0; r < rows.size(); r++) {
			System.arraycopy(rows.get(r), 0, scores, r * width, width);
		}
		return new ScoreMatrix(rows.size(), width, scores);
	}

	private static double cell(String text, long line, int column) {
		double value;
		try {
			value = Double.parseDouble(text.trim());
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(
					"line %d column %d is not a number: '%s'".formatted(line, column + 1, text));
		}
		if (!Double.isFinite(value)) {
			throw new IllegalArgumentException("line %d column %d is not a finite number".formatted(line, column + 1));
		}
		return value;
	}

	private static void writeIndexed(Assignment assignment, ScoreMatrix matrix, Path output) throws IOException {
		try (Writer writer = Files.newBufferedWriter(output, StandardCharsets.UTF_8);
				CSVPrinter csv = CSVFormat.DEFAULT.builder()
					.setHeader("client", "shopper", "score")
					.get()
					.print(writer)) {
			int[] shopperOf = assignment.shopperOfClient();
			for (int k = 0; k < shopperOf.length; k++) {
				if (shopperOf[k] >= 0) {
					csv.printRecord(k, shopperOf[k], matrix.score(k, shopperOf[k]));
				}
				else {
					csv.printRecord(k, "", "");
				}
			}
		}
	}

	private static void writeProfiles(Assignment assignment, ScoreMatrix matrix, List<ClientRequest> clients,
			List<ShopperProfile> shoppers, Path output) throws IOException {
		try (Writer writer = Files.newBufferedWriter(output, StandardCharsets.UTF_8);
				CSVPrinter csv = CSVFormat.DEFAULT.builder()
					.setHeader("client_id", "client_name", "shopper_id", "shopper_name", "score")
					.get()
					.print(writer)) {
			int[] shopperOf = assignment.shopperOfClient();
			for (int k = 0; k < shopperOf.length; k++) {
				ClientRequest client = clients.get(k);
				int s = shopperOf[k];
				if (s >= 0) {
					csv.printRecord(client.id(), client.name(), shoppers.get(s).id(), shoppers.get(s).name(),
							String.format(Locale.ROOT, "%.6f", matrix.score(k, s)));
				}
				else {
					csv.printRecord(client.id(), client.name(), "", "", "");
				}
			}
		}
	}

}

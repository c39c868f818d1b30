package crmcopilot.support.cli;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.util.FileSystemUtils;
import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./copilot bench ingest}: {@code POST /api/v1/support/messages} under concurrent
 * clients on loopback. Without {@code --url} it starts the server in a child JVM (same
 * Java and class path, a fresh data directory, a free port, a random bootstrap token, the
 * offline engine) and stops it afterwards. Each client sends varied French and English
 * messages with a unique {@code externalId}, one after the other, for the given time
 * after a warm-up; the last line gives throughput and latency percentiles.
 */
@Component("cli.bench.ingest")
@Command(name = "ingest", description = "HTTP ingestion throughput and latency under concurrent clients")
class BenchIngestCommand implements Callable<Integer> {

	private static final int BODIES_PER_CLIENT = 64;

	private static final String EXTERNAL_ID_MARK = "@@external-id@@";

	@Option(names = "--clients", defaultValue = "20", description = "concurrent clients")
	int clients;

	@Option(names = "--seconds", defaultValue = "30", description = "measured duration")
	int seconds;

	@Option(names = "--warmup-seconds", defaultValue = "10", description = "load before measuring")
	int warmupSeconds;

	@Option(names = "--url", description = "base URL of a running server (default: start one)")
	@Nullable String url;

	@Option(names = "--token", description = "bearer token of an agent or admin (with --url)")
	@Nullable String token;

	@Option(names = "--heap", defaultValue = "1g", description = "maximum heap of the started server")
	String maxHeap;

	@Override
	public Integer call() throws Exception {
		if (this.clients < 1 || this.seconds < 1 || this.warmupSeconds < 0) {
			throw new IllegalArgumentException(
					"--clients and --seconds must be positive, --warmup-seconds not negative");
		}
		if (this.url != null && (this.token == null || this.token.isBlank())) {
			throw new IllegalArgumentException("--url needs --token (a bearer token allowed to post support messages)");
		}
		if (this.url != null) {
			run(this.url.replaceAll("/+$", ""), this.token, null);
			return 0;
		}
		Path dataDir = Files.createTempDirectory("copilot-bench-ingest-");
		String bootstrap = "bench-" + UUID.randomUUID();
		int port = freePort();
		Process server = startServer(dataDir, port, bootstrap);
		try {
			String base = "http://127.0.0.1:" + port;
			awaitReady(server, base, bootstrap);
			awaitDemoSeeded(base, bootstrap);
			if (run(base, bootstrap, server) > 0) {
				printTail(dataDir.resolve("server.log"));
			}
		}
		finally {
			server.destroy();
			if (!server.waitFor(30, TimeUnit.SECONDS)) {
				server.destroyForcibly();
			}
			FileSystemUtils.deleteRecursively(dataDir);
		}
		return 0;
	}

	/**
	 * @return how many requests failed
	 */
	private long run(String base, String bearer, @Nullable Process server) throws InterruptedException {
		HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
		URI endpoint = URI.create(base + "/api/v1/support/messages");
		if (this.warmupSeconds > 0) {
			load(http, endpoint, bearer, this.warmupSeconds, "warmup");
		}
		double loadAverage = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		Duration serverCpuBefore = cpu(server);
		long start = System.nanoTime();
		Result result = load(http, endpoint, bearer, this.seconds, "run");
		double elapsed = (System.nanoTime() - start) / 1e9;
		Duration serverCpu = cpu(server).minus(serverCpuBefore);
		long[] latencies = result.latencies();
		Arrays.sort(latencies);
		int n = latencies.length;
		double p50 = (n == 0) ? 0 : latencies[n / 2] / 1e6;
		double p99 = (n == 0) ? 0 : latencies[Math.max(0, (int) Math.ceil(0.99 * n) - 1)] / 1e6;
		double max = (n == 0) ? 0 : latencies[n - 1] / 1e6;
		if (server != null) {
			double cpuSeconds = serverCpu.toNanos() / 1e9;
			System.out.printf(Locale.ROOT,
					"clients=%d seconds=%.1f load_average=%.2f server_cpu_seconds=%.2f server_cpu_ms_per_request=%.2f "
							+ "max_ms=%.1f%n",
					this.clients, elapsed, loadAverage, cpuSeconds,
					(result.requests() == 0) ? 0 : cpuSeconds * 1000 / result.requests(), max);
		}
		else {
			System.out.printf(Locale.ROOT, "clients=%d seconds=%.1f load_average=%.2f max_ms=%.1f%n", this.clients,
					elapsed, loadAverage, max);
		}
		if (result.firstError() != null) {
			System.out.println("first error: " + result.firstError());
		}
		System.out.printf(Locale.ROOT, "requests=%d requests_per_s=%.1f p50_ms=%.1f p99_ms=%.1f errors=%d%n",
				result.requests(), result.requests() / elapsed, p50, p99, result.errors());
		return result.errors();
	}

	/**
	 * The end of the started server's log, printed to stderr (the summary stays last on
	 * stdout).
	 */
	private static void printTail(Path log) {
		try {
			List<String> lines = Files.readAllLines(log);
			System.err.println("--- end of the server log:");
			lines.subList(Math.max(0, lines.size() - 40), lines.size()).forEach(System.err::println);
		}
		catch (IOException | RuntimeException ex) {
			System.err.println("no server log: " + ex);
		}
	}

	private Result load(HttpClient http, URI endpoint, String bearer, int durationSeconds, String phase)
			throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(durationSeconds);
		AtomicLong errors = new AtomicLong();
		List<long[]> perClient = new ArrayList<>();
		String[] firstError = new String[1];
		List<Thread> threads = new ArrayList<>();
		for (int c = 0; c < this.clients; c++) {
			long[][] mine = { new long[1024] };
			int[] count = { 0 };
			Random random = new Random(31L * c + phase.hashCode());
			String prefix = phase + "-" + c + "-" + UUID.randomUUID();
			// bodies built before the clock starts: only the externalId differs per
			// request
			String[][] bodies = new String[BODIES_PER_CLIENT][];
			for (int b = 0; b < bodies.length; b++) {
				bodies[b] = BenchMessages.json(random, EXTERNAL_ID_MARK).split(EXTERNAL_ID_MARK, 2);
			}
			HttpRequest.Builder template = HttpRequest.newBuilder(endpoint)
				.timeout(Duration.ofSeconds(30))
				.header("Authorization", "Bearer " + bearer)
				.header("Content-Type", "application/json");
			Thread thread = Thread.ofPlatform().name("bench-client-" + c).unstarted(() -> {
				int sequence = 0;
				while (System.nanoTime() < deadline) {
					String[] body = bodies[sequence % bodies.length];
					HttpRequest request = template.copy()
						.POST(HttpRequest.BodyPublishers.ofString(body[0] + prefix + "-" + sequence++ + body[1]))
						.build();
					long before = System.nanoTime();
					try {
						HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
						long latency = System.nanoTime() - before;
						if (response.statusCode() / 100 != 2) {
							errors.incrementAndGet();
							synchronized (firstError) {
								if (firstError[0] == null) {
									firstError[0] = "HTTP " + response.statusCode() + " " + abbreviate(response.body());
								}
							}
							continue;
						}
						if (count[0] == mine[0].length) {
							mine[0] = Arrays.copyOf(mine[0], count[0] * 2);
						}
						mine[0][count[0]++] = latency;
					}
					catch (IOException ex) {
						errors.incrementAndGet();
						synchronized (firstError) {
							if (firstError[0] == null) {
								firstError[0] = ex.toString();
							}
						}
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
						return;
					}
				}
				synchronized (perClient) {
					perClient.add(Arrays.copyOf(mine[0], count[0]));
				}
			});
			threads.add(thread);
		}
		threads.forEach(Thread::start);
		for (Thread thread : threads) {
			thread.join();
		}
		long[] all = perClient.stream().flatMapToLong(Arrays::stream).toArray();
		return new Result(all.length, errors.get(), all, firstError[0]);
	}

	private Process startServer(Path dataDir, int port, String bootstrap) throws IOException {
		String java = ProcessHandle.current().info().command().orElse("java");
		String classPath = System.getProperty("java.class.path");
		List<String> command = new ArrayList<>(List.of(java));
		command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
		command.add("-Xmx" + this.maxHeap);
		if (classPath.endsWith(".jar") && !classPath.contains(File.pathSeparator)) {
			command.addAll(List.of("-jar", classPath));
		}
		else {
			command.addAll(List.of("-cp", classPath, "crmcopilot.CopilotApplication"));
		}
		command.addAll(List.of("serve", "--server.port=" + port, "--server.address=127.0.0.1",
				"--copilot.data-dir=" + dataDir, "--copilot.security.bootstrap-token=" + bootstrap,
				"--copilot.ai.llm.provider=none", "--logging.level.root=WARN"));
		return new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(dataDir.resolve("server.log").toFile())
			.start();
	}

	private static void awaitReady(Process server, String base, String bearer) throws Exception {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpRequest probe = HttpRequest.newBuilder(URI.create(base + "/api/v1/support/kpis"))
			.header("Authorization", "Bearer " + bearer)
			.timeout(Duration.ofSeconds(10))
			.build();
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
		while (System.nanoTime() < deadline) {
			if (!server.isAlive()) {
				throw new IllegalStateException("the server stopped (exit " + server.exitValue() + ")");
			}
			try {
				if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// still starting
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException("the server did not answer within 5 minutes");
	}

	/**
	 * The demo workspace is seeded in the background after start-up (categories,
	 * knowledge base, messages, in one transaction): measuring during that would measure
	 * lock waits. Waits until its message count is non-zero and stable.
	 */
	private static void awaitDemoSeeded(String base, String bearer) throws Exception {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		java.time.LocalDate today = java.time.LocalDate.now();
		HttpRequest kpis = HttpRequest
			.newBuilder(
					URI.create(base + "/api/v1/support/kpis?from=" + today.minusDays(365) + "&to=" + today.plusDays(1)))
			.header("Authorization", "Bearer " + bearer)
			.timeout(Duration.ofSeconds(30))
			.build();
		Pattern messages = Pattern.compile("\"messages\":(\\d+)");
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
		String previous = null;
		int stable = 0;
		while (System.nanoTime() < deadline && stable < 2) {
			Matcher matcher = messages.matcher(http.send(kpis, HttpResponse.BodyHandlers.ofString()).body());
			String count = matcher.find() ? matcher.group(1) : "0";
			stable = (!"0".equals(count) && count.equals(previous)) ? stable + 1 : 0;
			previous = count;
			Thread.sleep(2000);
		}
		System.out.println("demo workspace seeded: messages=" + previous);
	}

	private static Duration cpu(@Nullable Process server) {
		if (server == null) {
			return Duration.ZERO;
		}
		return server.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static String abbreviate(String text) {
		return (text.length() > 300) ? text.substring(0, 300) + "..." : text;
	}

	private record Result(long requests, long errors, long[] latencies, @Nullable String firstError) {
	}

	/** Varied French and English customer messages, as JSON request bodies. */
	static final class BenchMessages {

		private static final String[] FROM = { "claire.dupont@exemple.fr", "marc.leroy@exemple.fr",
				"j.smith@example.com", "nadia.benali@exemple.fr", "o.brown@example.co.uk" };

		private BenchMessages() {
		}

		static String json(Random random, String externalId) {
			List<String> texts = BenchTriageCommand.generate(1, random);
			String body = texts.get(0);
			String from = FROM[random.nextInt(FROM.length)];
			return "{\"channel\":\"email\",\"from\":\"" + from + "\",\"subject\":\"Demande " + random.nextInt(100000)
					+ "\",\"body\":\"" + escape(body) + "\",\"externalId\":\"" + externalId + "\"}";
		}

		private static String escape(String text) {
			StringBuilder out = new StringBuilder(text.length() + 8);
			for (char c : text.toCharArray()) {
				switch (c) {
					case '"' -> out.append("\\\"");
					case '\\' -> out.append("\\\\");
					case '\n' -> out.append("\\n");
					default -> out.append(c);
				}
			}
			return out.toString();
		}

	}

}

package crmcopilot.web.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./copilot bench startup}: starts the server in a child JVM (same Java, same
 * class path, a fresh data directory, a random port) several times and reports time to
 * ready and heap after GC. The first start also creates the database and the demo
 * workspace; the figures of the last line are the medians of the restarts on that
 * existing database.
 */
@Component("cli.bench.startup")
@Command(name = "startup", description = "Measure server time-to-ready and heap after start")
class StartupBenchCommand implements Callable<Integer> {

	private static final Pattern READY = Pattern.compile(StartupReporter.MARKER + " startup_ms=(\\d+) heap_mb=(\\d+)");

	@Option(names = "--runs", defaultValue = "3", description = "restarts measured after the first start")
	int runs;

	@Option(names = "--heap", defaultValue = "256m", description = "maximum heap of the measured server")
	String maxHeap;

	@Override
	public Integer call() throws Exception {
		Path dataDir = Files.createTempDirectory("copilot-bench-");
		try {
			long[] first = startOnce(dataDir);
			System.out.printf("first start (creates database and demo): startup_ms=%d heap_mb=%d%n", first[0],
					first[1]);
			List<long[]> restarts = new ArrayList<>();
			for (int i = 0; i < this.runs; i++) {
				long[] run = startOnce(dataDir);
				System.out.printf("restart %d: startup_ms=%d heap_mb=%d%n", i + 1, run[0], run[1]);
				restarts.add(run);
			}
			System.out.printf("startup_ms=%d heap_mb=%d%n", median(restarts, 0), median(restarts, 1));
			return 0;
		}
		finally {
			FileSystemUtils.deleteRecursively(dataDir);
		}
	}

	private long[] startOnce(Path dataDir) throws IOException, InterruptedException {
		String java = ProcessHandle.current().info().command().orElse("java");
		String classPath = System.getProperty("java.class.path");
		// the same JVM options as this process (the launcher's, start-up cache included)
		List<String> command = new ArrayList<>(List.of(java));
		command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
		command.add("-Xmx" + this.maxHeap);
		if (classPath.endsWith(".jar") && !classPath.contains(File.pathSeparator)) {
			command.addAll(List.of("-jar", classPath));
		}
		else {
			command.addAll(List.of("-cp", classPath, "crmcopilot.CopilotApplication"));
		}
		command.addAll(List.of("serve", "--server.port=0", "--copilot.data-dir=" + dataDir,
				"--copilot.bench.report-startup=true", "--logging.level.root=WARN"));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		Deque<String> lastLines = new ArrayDeque<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				Matcher matcher = READY.matcher(line);
				if (matcher.find()) {
					long[] result = { Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2)) };
					process.waitFor(30, TimeUnit.SECONDS);
					return result;
				}
				lastLines.addLast(line);
				if (lastLines.size() > 20) {
					lastLines.removeFirst();
				}
			}
		}
		finally {
			process.destroy();
			process.waitFor(10, TimeUnit.SECONDS);
		}
		throw new IllegalStateException(
				"the server did not report ready (exit " + process.exitValue() + "):\n" + String.join("\n", lastLines));
	}

	private static long median(List<long[]> runs, int index) {
		long[] values = runs.stream().mapToLong((run) -> run[index]).sorted().toArray();
		return values[values.length / 2];
	}

}

package crmcopilot.opportunities.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import crmcopilot.ai.SpeechToTextEngine;
import crmcopilot.ai.SpeechToTextResult;
import org.apache.commons.text.similarity.LevenshteinDistance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.springframework.stereotype.Component;

/**
 * {@code ./copilot bench stt}: synthesises an English memo with Debian's
 * {@code espeak-ng}, transcribes it with the configured speech-to-text engine (offline:
 * pocketsphinx) and prints the real-time factor (wall and process CPU time over audio
 * duration) and the word accuracy; last line {@code real_time_factor=<x> cpu_rtf=<x>}.
 */
@Component("cli.bench.stt")
@Command(name = "stt", description = "Benchmark speech-to-text on a synthesised English memo")
class BenchSttCommand implements Callable<Integer> {

	static final String MEMO = "hello this is a voice memo after the meeting with the customer "
			+ "they want to buy two hundred laptops and a maintenance contract "
			+ "the budget is about fifty thousand dollars and they will sign before the end of march "
			+ "please call the finance director next week";

	@Option(names = "--espeak", defaultValue = "/usr/bin/espeak-ng", description = "espeak-ng executable")
	String espeak;

	@Option(names = "--runs", defaultValue = "2", description = "transcriptions measured")
	int runs;

	private final SpeechToTextEngine speech;

	BenchSttCommand(SpeechToTextEngine speech) {
		this.speech = speech;
	}

	@Override
	public Integer call() throws Exception {
		if (!Files.isExecutable(Path.of(this.espeak))) {
			throw new IllegalArgumentException(this.espeak + " is not executable: apt-get install espeak-ng");
		}
		if (this.runs < 1) {
			throw new IllegalArgumentException("--runs must be at least 1");
		}
		byte[] wav = synthesise();
		com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory
			.getOperatingSystemMXBean();
		double bestWall = Double.MAX_VALUE;
		double bestCpu = Double.MAX_VALUE;
		SpeechToTextResult last = null;
		for (int i = 0; i < this.runs; i++) {
			long cpuStart = os.getProcessCpuTime() + childrenCpu();
			long start = System.nanoTime();
			last = this.speech.transcribe(wav, "en");
			double wall = (System.nanoTime() - start) / 1e9;
			double cpu = (os.getProcessCpuTime() + childrenCpu() - cpuStart) / 1e9;
			bestWall = Math.min(bestWall, wall / last.audioSeconds());
			bestCpu = Math.min(bestCpu, cpu / last.audioSeconds());
			System.out.printf(Locale.ROOT, "run=%d audio_s=%.1f wall_s=%.2f cpu_s=%.2f engine=%s%n", i + 1,
					last.audioSeconds(), wall, cpu, last.engine());
		}
		System.out.printf(Locale.ROOT, "transcript=%s%n", last.text());
		System.out.printf(Locale.ROOT, "word_accuracy=%.3f load_average=%.2f%n", wordAccuracy(MEMO, last.text()),
				os.getSystemLoadAverage());
		System.out.printf(Locale.ROOT, "real_time_factor=%.3f cpu_rtf=%.3f%n", bestWall, bestCpu);
		return 0;
	}

	private byte[] synthesise() throws IOException, InterruptedException {
		Path wav = Files.createTempFile("copilot-bench-", ".wav");
		try {
			Process process = new ProcessBuilder(this.espeak, "-v", "en-us", "-s", "140", "-w", wav.toString(), MEMO)
				.redirectErrorStream(true)
				.start();
			process.getInputStream().readAllBytes();
			if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
				throw new IllegalStateException("espeak-ng failed");
			}
			return Files.readAllBytes(wav);
		}
		finally {
			Files.deleteIfExists(wav);
		}
	}

	/**
	 * CPU time of finished child processes (ffmpeg, pocketsphinx), from
	 * {@code /proc/self/stat} (cutime + cstime, in clock ticks of 10 ms).
	 */
	static long childrenCpu() {
		try {
			String stat = Files.readString(Path.of("/proc/self/stat"));
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) * 10_000_000L;
		}
		catch (IOException | RuntimeException ex) {
			return 0;
		}
	}

	static double wordAccuracy(String expected, String actual) {
		String[] want = expected.toLowerCase(Locale.ROOT).split("\\s+");
		String[] got = actual.toLowerCase(Locale.ROOT).strip().split("\\s+");
		// word-level edit distance: one character per distinct word
		java.util.Map<String, Character> alphabet = new java.util.HashMap<>();
		StringBuilder a = new StringBuilder();
		StringBuilder b = new StringBuilder();
		for (String word : want) {
			a.append(alphabet.computeIfAbsent(word, (w) -> (char) (0x4e00 + alphabet.size())));
		}
		for (String word : got) {
			if (!word.isEmpty()) {
				b.append(alphabet.computeIfAbsent(word, (w) -> (char) (0x4e00 + alphabet.size())));
			}
		}
		int distance = LevenshteinDistance.getDefaultInstance().apply(a.toString(), b.toString());
		return Math.max(0, 1 - distance / (double) want.length);
	}

}

package crmcopilot.opportunities.cli;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;

import javax.imageio.ImageIO;

import crmcopilot.ai.OcrEngine;
import crmcopilot.ai.OcrResult;
import org.apache.commons.text.similarity.LevenshteinDistance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.springframework.stereotype.Component;

/**
 * {@code ./copilot bench ocr}: renders A4 pages at 300 dpi (2480 x 3508) of French text
 * with Java2D, reads them with the OCR engine (PNG in, preprocessing and recognition
 * included) after a warm-up page, and prints the wall time, the process CPU time (all
 * threads, native ones included) and the character accuracy against the rendered text;
 * last line {@code ms_per_page=<x> cpu_ms=<x> char_accuracy=<x>}.
 */
@Component("cli.bench.ocr")
@Command(name = "ocr", description = "Benchmark OCR of A4 pages at 300 dpi")
class BenchOcrCommand implements Callable<Integer> {

	private static final String[] WORDS = ("le la les un une des pour avec dans sur par société contrat maintenance "
			+ "licences serveurs réseau fourniture installation client budget montant millions francs délai livraison "
			+ "proposition technique financière direction générale Dakar Sénégal Abidjan appel offres marché public "
			+ "autorité contractante lot unique garantie soumission dossier pièces administratives équipements "
			+ "informatiques ordinateurs portables imprimantes logiciels formation utilisateurs assistance sécurité "
			+ "données sauvegarde")
		.split(" ");

	@Option(names = "--pages", defaultValue = "3", description = "pages measured (after one warm-up page)")
	int pages;

	@Option(names = "--lines", defaultValue = "44", description = "text lines per page")
	int lines;

	@Option(names = "--skew", defaultValue = "0", description = "rotation of the rendered text, in degrees")
	double skew;

	private final OcrEngine ocr;

	BenchOcrCommand(OcrEngine ocr) {
		this.ocr = ocr;
	}

	@Override
	public Integer call() {
		if (this.pages < 1 || this.lines < 1 || this.lines > 46) {
			throw new IllegalArgumentException("--pages must be at least 1 and --lines between 1 and 46");
		}
		if (!this.ocr.available()) {
			throw new IllegalStateException(
					"OCR is not installed: apt-get install tesseract-ocr tesseract-ocr-fra tesseract-ocr-eng");
		}
		com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory
			.getOperatingSystemMXBean();
		read(page(text(-1)));
		double[] wall = new double[this.pages];
		double[] cpu = new double[this.pages];
		double accuracy = 0;
		for (int i = 0; i < this.pages; i++) {
			String expected = text(i);
			byte[] png = page(expected);
			long cpuStart = os.getProcessCpuTime();
			long start = System.nanoTime();
			OcrResult result = read(png);
			wall[i] = (System.nanoTime() - start) / 1e6;
			cpu[i] = (os.getProcessCpuTime() - cpuStart) / 1e6;
			double pageAccuracy = accuracy(expected, result.text());
			accuracy += pageAccuracy;
			System.out.printf(Locale.ROOT, "page=%d ms=%.0f cpu_ms=%.0f char_accuracy=%.4f chars=%d%n", i + 1, wall[i],
					cpu[i], pageAccuracy, expected.length());
		}
		System.out.printf(Locale.ROOT, "pages=%d load_average=%.2f cpus=%d languages=%s omp_thread_limit=%s%n",
				this.pages, os.getSystemLoadAverage(), os.getAvailableProcessors(),
				System.getenv().getOrDefault("COPILOT_OCR_LANGUAGES", "fra+eng"),
				System.getenv().getOrDefault("OMP_THREAD_LIMIT", "(COPILOT_OCR_THREADS)"));
		System.out.printf(Locale.ROOT, "ms_per_page=%.0f cpu_ms=%.0f char_accuracy=%.4f%n", median(wall), median(cpu),
				accuracy / this.pages);
		return 0;
	}

	private OcrResult read(byte[] png) {
		return this.ocr.read(png, "image/png");
	}

	/** Lines of French words (fixed seed per page), amounts now and then. */
	String text(int page) {
		Random random = new Random(1000L + page);
		StringBuilder text = new StringBuilder("Avis d'appel d'offres n° 2026/").append(100 + page + 1);
		for (int i = 1; i < this.lines; i++) {
			StringBuilder line = new StringBuilder();
			while (line.length() < 62) {
				if (!line.isEmpty()) {
					line.append(' ');
				}
				line.append(WORDS[random.nextInt(WORDS.length)]);
			}
			if (i % 5 == 0) {
				line.append(' ').append(10 + random.nextInt(90)).append(" 000 000 FCFA");
			}
			text.append('\n').append(line);
		}
		return text.toString();
	}

	byte[] page(String text) {
		BufferedImage image = new BufferedImage(2480, 3508, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, image.getWidth(), image.getHeight());
		g.setColor(Color.BLACK);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		if (this.skew != 0) {
			g.rotate(Math.toRadians(this.skew), image.getWidth() / 2.0, image.getHeight() / 2.0);
		}
		// 11 pt at 300 dpi
		g.setFont(new Font(Font.SERIF, Font.PLAIN, 46));
		int y = 250;
		for (String line : text.split("\n")) {
			g.drawString(line, 200, y);
			y += 70;
		}
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** 1 - edit distance / length, whitespace runs folded to one space. */
	static double accuracy(String expected, String actual) {
		String want = expected.replaceAll("\\s+", " ").strip();
		String got = actual.replaceAll("\\s+", " ").strip();
		int distance = LevenshteinDistance.getDefaultInstance().apply(want, got);
		return Math.max(0, 1 - distance / (double) want.length());
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

}

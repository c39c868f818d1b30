package crmcopilot.ai.media;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;

import javax.imageio.ImageIO;

import com.sun.net.httpserver.HttpServer;
import crmcopilot.ai.OcrFailed;
import crmcopilot.ai.OcrResult;
import crmcopilot.ai.SpeechToTextFailed;
import crmcopilot.ai.SpeechToTextResult;
import crmcopilot.opportunities.ExtractionRequest;
import crmcopilot.opportunities.OpportunityExtraction;
import crmcopilot.opportunities.internal.RuleBasedOpportunityExtractor;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class MediaTests {

	private final TesseractOcrEngine ocr = new TesseractOcrEngine("", "fra+eng");

	@TempDir
	Path dir;

	private static BufferedImage page(int width, int height, float fontSize, String... lines) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, width, height);
		g.setColor(Color.BLACK);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(fontSize)));
		int y = (int) (fontSize * 3);
		for (String line : lines) {
			g.drawString(line, (int) (fontSize * 2), y);
			y += (int) (fontSize * 1.6);
		}
		g.dispose();
		return image;
	}

	private static byte[] png(BufferedImage image) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	@Test
	void should_read_a_rendered_note_and_extract_the_opportunity() throws Exception {
		assumeTrue(this.ocr.available(), "tesseract data absent: apt-get install tesseract-ocr tesseract-ocr-fra");
		byte[] image = png(page(1400, 500, 34, "Client : Transports Diallo SARL", "Contact : Moussa Diop",
				"Budget : 45 millions FCFA", "Date limite : 28/05/2026"));
		OcrResult result = this.ocr.read(image, "image/png");
		OpportunityExtraction extraction = new RuleBasedOpportunityExtractor()
			.extract(ExtractionRequest.of(result.text(), LocalDate.of(2026, 4, 1)));
		assertThat(extraction.accountName().value()).isEqualTo("Transports Diallo SARL");
		assertThat(extraction.amount().value()).isEqualTo("45000000");
		assertThat(extraction.closeDate().value()).isEqualTo("2026-05-28");
	}

	@Test
	void should_use_the_text_layer_of_a_pdf_and_ocr_a_scanned_a4_page() throws Exception {
		assumeTrue(this.ocr.available(), "tesseract data absent: apt-get install tesseract-ocr tesseract-ocr-fra");
		byte[] textPdf;
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage pdfPage = new PDPage(PDRectangle.A4);
			document.addPage(pdfPage);
			try (PDPageContentStream content = new PDPageContentStream(document, pdfPage)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
				content.newLineAtOffset(60, 750);
				content.showText("Objet : Acquisition de 25 licences AutoCAD pour le bureau d'etudes");
				content.endText();
			}
			document.save(out);
			textPdf = out.toByteArray();
		}
		OcrResult layer = this.ocr.read(textPdf, "application/pdf");
		assertThat(layer.textLayer()).isTrue();
		assertThat(layer.text()).contains("AutoCAD");

		// an A4 page at 300 dpi (2480 x 3508 pixels) embedded as a scan
		BufferedImage scan = page(2480, 3508, 50, "Avis d'appel d'offres", "Objet : Fourniture de serveurs",
				"Autorite contractante : Port autonome de Dakar", "Date limite : 15/09/2026");
		byte[] scannedPdf;
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage pdfPage = new PDPage(PDRectangle.A4);
			document.addPage(pdfPage);
			PDImageXObject picture = LosslessFactory.createFromImage(document, scan);
			try (PDPageContentStream content = new PDPageContentStream(document, pdfPage)) {
				content.drawImage(picture, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
			}
			document.save(out);
			scannedPdf = out.toByteArray();
		}
		OcrResult scanned = this.ocr.read(scannedPdf, "application/pdf");
		assertThat(scanned.textLayer()).isFalse();
		assertThat(scanned.text()).contains("Port autonome de Dakar");
		System.out.println("ocr_a4_300dpi_ms=" + scanned.millis());
	}

	@Test
	void should_reject_corrupt_images_and_unreadable_pdfs_clearly() {
		byte[] truncatedPng = { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H' };
		assertThatThrownBy(() -> this.ocr.read(truncatedPng, "image/png")).isInstanceOf(OcrFailed.class)
			.hasMessageContaining("cannot be decoded");
		byte[] brokenPdf = "%PDF-1.7\nthis is not a pdf".getBytes(StandardCharsets.US_ASCII);
		assertThatThrownBy(() -> this.ocr.read(brokenPdf, "application/pdf")).isInstanceOf(OcrFailed.class)
			.hasMessageContaining("PDF cannot be read");
	}

	@Test
	void should_binarise_with_otsu() {
		int[] histogram = new int[256];
		histogram[30] = 100;
		histogram[220] = 100;
		int threshold = TesseractOcrEngine.otsu(histogram, 200);
		assertThat(threshold).isBetween(30, 219);
	}

	private ConfiguredSpeechToText speech(String url) {
		return new ConfiguredSpeechToText(url, "test-key", "whisper-large-v3", "/usr/bin/pocketsphinx_continuous",
				"/usr/share/pocketsphinx/model/en-us", "/usr/bin/ffmpeg", JsonMapper.builder().build());
	}

	private Path espeak(String text) throws Exception {
		assumeTrue(Files.isExecutable(Path.of("/usr/bin/espeak-ng")), "espeak-ng absent: apt-get install espeak-ng");
		assumeTrue(Files.isExecutable(Path.of("/usr/bin/ffmpeg")), "ffmpeg absent: apt-get install ffmpeg");
		Path wav = this.dir.resolve("speech.wav");
		Process process = new ProcessBuilder("/usr/bin/espeak-ng", "-v", "en-us", "-s", "130", "-w", wav.toString(),
				text)
			.redirectErrorStream(true)
			.start();
		process.getInputStream().readAllBytes();
		assertThat(process.waitFor()).isZero();
		return wav;
	}

	@Test
	void should_transcribe_english_offline_with_pocketsphinx() throws Exception {
		ConfiguredSpeechToText engine = speech("");
		assumeTrue(engine.offlineAvailable(), "pocketsphinx absent: apt-get install pocketsphinx pocketsphinx-en-us");
		Path wav = espeak("Hello. Please call me tomorrow about the new servers. Thank you very much.");
		SpeechToTextResult result = engine.transcribe(Files.readAllBytes(wav), "en");
		assertThat(result.engine()).isEqualTo("pocketsphinx");
		assertThat(result.text()).isNotBlank();
		assertThat(result.audioSeconds()).isGreaterThan(2);
		System.out.printf("pocketsphinx_rtf=%.2f audio_s=%.1f text=%s%n", result.realTimeFactor(),
				result.audioSeconds(), result.text());
	}

	@Test
	void should_transcribe_through_an_openai_compatible_endpoint() throws Exception {
		Path wav = espeak("Bonjour");
		AtomicReference<String> seen = new AtomicReference<>();
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/v1/audio/transcriptions", (exchange) -> {
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.ISO_8859_1);
			seen.set(exchange.getRequestHeaders().getFirst("Authorization") + "|" + body.contains("name=\"model\"")
					+ "|" + body.contains("whisper-large-v3") + "|" + body.contains("name=\"language\"\r\n\r\nfr") + "|"
					+ body.contains("RIFF"));
			byte[] answer = "{\"text\": \"Rendez-vous chez Sonatel demain.\"}".getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, answer.length);
			exchange.getResponseBody().write(answer);
			exchange.close();
		});
		server.start();
		try {
			SpeechToTextResult result = speech("http://127.0.0.1:" + server.getAddress().getPort())
				.transcribe(Files.readAllBytes(wav), "fr");
			assertThat(result.text()).isEqualTo("Rendez-vous chez Sonatel demain.");
			assertThat(result.engine()).isEqualTo("whisper-api");
			assertThat(seen.get()).isEqualTo("Bearer test-key|true|true|true|true");
		}
		finally {
			server.stop(0);
		}
	}

	@Test
	void should_say_what_to_configure_for_french_without_endpoint_and_reject_bad_audio() {
		ConfiguredSpeechToText engine = speech("");
		assertThatThrownBy(() -> engine.transcribe(new byte[] { 1, 2, 3 }, "fr")).isInstanceOf(SpeechToTextFailed.class)
			.hasMessageContaining("COPILOT_STT_URL");
		assertThatThrownBy(() -> engine.transcribe(new byte[0], "en")).isInstanceOf(SpeechToTextFailed.class)
			.hasMessageContaining("empty");
		assertThatThrownBy(() -> engine.transcribe(new byte[ConfiguredSpeechToText.MAX_BYTES + 1], "en"))
			.isInstanceOf(SpeechToTextFailed.class)
			.hasMessageContaining("larger");
		assumeTrue(Files.isExecutable(Path.of("/usr/bin/ffmpeg")), "ffmpeg absent: apt-get install ffmpeg");
		assertThatThrownBy(() -> engine.transcribe("RIFF....WAVEgarbage".getBytes(StandardCharsets.US_ASCII), "en"))
			.isInstanceOf(SpeechToTextFailed.class)
			.hasMessageContaining("cannot be decoded");
	}

}

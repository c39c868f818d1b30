package crmcopilot.ai.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import com.recognition.software.jdeskew.ImageDeskew;
import crmcopilot.ai.OcrEngine;
import crmcopilot.ai.OcrFailed;
import crmcopilot.ai.OcrResult;
import net.sourceforge.tess4j.Tesseract;
import net.sourceforge.tess4j.TesseractException;
import net.sourceforge.tess4j.util.ImageHelper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * OCR with Tesseract through Tess4J (Debian {@code tesseract-ocr},
 * {@code tesseract-ocr-fra}), French and English. Images are converted to grey, deskewed
 * and binarised (Otsu) first. PDFs with a text layer give their text; scanned pages are
 * rendered at 300 dpi.
 * <p>
 * Tesseract parallelises with OpenMP; on a shared machine its spinning worker threads
 * cost four to five times the CPU of one thread for the same page. The engine therefore
 * sets {@code OMP_THREAD_LIMIT} (from {@code COPILOT_OCR_THREADS}, default 1) before
 * Tesseract is loaded, unless the environment already sets it.
 */
@Component
class TesseractOcrEngine implements OcrEngine {

	static final int DPI = 300;

	static final int MAX_PAGES = 20;

	private static final int MAX_PIXELS = 60_000_000;

	/** Set once, at the first recognition: loading the C library is kept off start-up. */
	private static boolean threadsLimited;

	private final @Nullable Path tessdata;

	private final String languages;

	private final int threads;

	TesseractOcrEngine(@Value("${COPILOT_TESSDATA:}") String tessdata,
			@Value("${COPILOT_OCR_LANGUAGES:fra+eng}") String languages) {
		this(tessdata, languages, 1);
	}

	@org.springframework.beans.factory.annotation.Autowired
	TesseractOcrEngine(@Value("${COPILOT_TESSDATA:}") String tessdata,
			@Value("${COPILOT_OCR_LANGUAGES:fra+eng}") String languages,
			@Value("${COPILOT_OCR_THREADS:1}") int threads) {
		this.tessdata = tessdataDirectory(tessdata);
		this.languages = languages;
		this.threads = threads;
	}

	/**
	 * Sets {@code OMP_THREAD_LIMIT} in the process environment, which OpenMP reads when
	 * Tesseract's library is loaded; an explicit environment value wins.
	 */
	static synchronized void limitOpenMpThreads(int threads) {
		if (threadsLimited || threads < 1 || System.getenv("OMP_THREAD_LIMIT") != null) {
			return;
		}
		threadsLimited = true;
		try {
			com.sun.jna.NativeLibrary.getInstance("c")
				.getFunction("setenv")
				.invokeInt(new Object[] { "OMP_THREAD_LIMIT", Integer.toString(threads), 0 });
		}
		catch (UnsatisfiedLinkError | RuntimeException ex) {
			// not a glibc system: Tesseract keeps its default threads
		}
	}

	static @Nullable Path tessdataDirectory(String configured) {
		List<String> candidates = new ArrayList<>();
		if (!configured.isBlank()) {
			candidates.add(configured);
		}
		candidates.addAll(List.of("/usr/share/tesseract-ocr/5/tessdata", "/usr/share/tesseract-ocr/4.00/tessdata",
				"/usr/share/tessdata"));
		for (String candidate : candidates) {
			Path path = Path.of(candidate);
			if (Files.isRegularFile(path.resolve("eng.traineddata"))) {
				return path;
			}
		}
		return null;
	}

	@Override
	public boolean available() {
		return this.tessdata != null;
	}

	@Override
	public OcrResult read(byte[] content, String mediaType) {
		long start = System.nanoTime();
		if (content.length == 0) {
			throw new OcrFailed("ai.ocr.error.empty", new Object[0], "the file is empty", null);
		}
		if ("application/pdf".equals(mediaType)) {
			return pdf(content, start);
		}
		BufferedImage image = decodeWithinLimit(content);
		String text = recognise(image);
		return new OcrResult(text, 1, false, (System.nanoTime() - start) / 1_000_000);
	}

	/**
	 * Decodes the image after reading its dimensions from the header: a small file
	 * claiming hundreds of megapixels is refused before any pixel is allocated.
	 */
	static BufferedImage decodeWithinLimit(byte[] content) {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
			Iterator<ImageReader> readers = (input != null) ? ImageIO.getImageReaders(input)
					: java.util.Collections.emptyIterator();
			if (!readers.hasNext()) {
				throw new OcrFailed("ai.ocr.error.undecodable", new Object[0],
						"the image cannot be decoded (corrupt file or unsupported format)", null);
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(input, true, true);
				if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
					throw new OcrFailed("ai.ocr.error.too-many-pixels", new Object[] { MAX_PIXELS / 1_000_000 },
							"the image is too large (more than " + MAX_PIXELS / 1_000_000 + " megapixels)", null);
				}
				return reader.read(0);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof OcrFailed failed) {
				throw failed;
			}
			throw new OcrFailed("ai.ocr.error.truncated", new Object[0],
					"the image cannot be decoded (corrupt or truncated file)", ex);
		}
	}

	private OcrResult pdf(byte[] content, long start) {
		try (PDDocument document = Loader.loadPDF(content)) {
			int pages = document.getNumberOfPages();
			if (pages == 0) {
				throw new OcrFailed("ai.ocr.error.pdf-empty", new Object[0], "the PDF has no page", null);
			}
			String layer = new PDFTextStripper().getText(document);
			if (layer.strip().length() >= 20 * Math.min(pages, 3)) {
				return new OcrResult(layer.strip(), pages, true, (System.nanoTime() - start) / 1_000_000);
			}
			if (pages > MAX_PAGES) {
				throw new OcrFailed("ai.ocr.error.pdf-pages", new Object[] { MAX_PAGES },
						"the scanned PDF has more than " + MAX_PAGES + " pages", null);
			}
			PDFRenderer renderer = new PDFRenderer(document);
			StringBuilder text = new StringBuilder();
			for (int page = 0; page < pages; page++) {
				text.append(recognise(renderer.renderImageWithDPI(page, DPI, ImageType.GRAY))).append('\n');
			}
			return new OcrResult(text.toString().strip(), pages, false, (System.nanoTime() - start) / 1_000_000);
		}
		catch (IOException ex) {
			throw new OcrFailed("ai.ocr.error.pdf-unreadable", new Object[0],
					"the PDF cannot be read (" + ex.getMessage() + ")", ex);
		}
	}

	String recognise(BufferedImage image) {
		if (this.tessdata == null) {
			throw new OcrFailed("ai.ocr.error.not-installed", new Object[0],
					"OCR is not installed: install the Debian packages tesseract-ocr, tesseract-ocr-fra and tesseract-ocr-eng, or set COPILOT_TESSDATA",
					null);
		}
		limitOpenMpThreads(this.threads);
		Tesseract tesseract = new Tesseract();
		tesseract.setDatapath(this.tessdata.toString());
		tesseract.setLanguage(this.languages);
		tesseract.setPageSegMode(3);
		tesseract.setVariable("user_defined_dpi", String.valueOf(DPI));
		try {
			BufferedImage binary = preprocess(image);
			byte[] pixels = ((java.awt.image.DataBufferByte) binary.getRaster().getDataBuffer()).getData();
			java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocateDirect(pixels.length);
			buffer.put(pixels).flip();
			// raw 8-bit pixels: Tess4J's BufferedImage path needs Leptonica under a name
			// Debian does not ship
			return tesseract
				.doOCR(binary.getWidth(), binary.getHeight(), buffer, 8, null,
						java.util.List.of(new java.awt.Rectangle(0, 0, binary.getWidth(), binary.getHeight())))
				.strip();
		}
		catch (TesseractException | UnsatisfiedLinkError | RuntimeException ex) {
			throw new OcrFailed("ai.ocr.error.failed", new Object[0], "OCR failed: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Grey, deskewed (Hough transform, on a half-size copy of large pages: the angle is
	 * the same for a quarter of the work) and binarised with Otsu's threshold.
	 */
	static BufferedImage preprocess(BufferedImage image) {
		BufferedImage grey = (image.getType() == BufferedImage.TYPE_BYTE_GRAY) ? image
				: ImageHelper.convertImageToGrayscale(image);
		BufferedImage probe = (grey.getWidth() > 1600) ? half(grey) : grey;
		double skew = new ImageDeskew(probe).getSkewAngle();
		if (Math.abs(skew) > 0.3 && Math.abs(skew) < 15) {
			grey = ImageHelper.convertImageToGrayscale(ImageHelper.rotateImage(grey, -skew));
		}
		return binarise(grey);
	}

	private static BufferedImage half(BufferedImage grey) {
		BufferedImage small = new BufferedImage(grey.getWidth() / 2, grey.getHeight() / 2,
				BufferedImage.TYPE_BYTE_GRAY);
		java.awt.Graphics2D g = small.createGraphics();
		g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION,
				java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		g.drawImage(grey, 0, 0, small.getWidth(), small.getHeight(), null);
		g.dispose();
		return small;
	}

	/** Otsu binarisation, on the grey bytes directly (no int copies of the page). */
	static BufferedImage binarise(BufferedImage grey) {
		int width = grey.getWidth();
		int height = grey.getHeight();
		byte[] pixels = greyBytes(grey);
		int[] histogram = new int[256];
		for (byte value : pixels) {
			histogram[value & 0xff]++;
		}
		int threshold = otsu(histogram, pixels.length);
		BufferedImage binary = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
		byte[] out = ((java.awt.image.DataBufferByte) binary.getRaster().getDataBuffer()).getData();
		for (int i = 0; i < pixels.length; i++) {
			out[i] = ((pixels[i] & 0xff) > threshold) ? (byte) 255 : 0;
		}
		return binary;
	}

	/** The pixels of a grey image, one byte each, row by row. */
	private static byte[] greyBytes(BufferedImage grey) {
		if (grey.getType() == BufferedImage.TYPE_BYTE_GRAY
				&& grey.getRaster().getDataBuffer() instanceof java.awt.image.DataBufferByte buffer
				&& buffer.getData().length == grey.getWidth() * grey.getHeight()
				&& grey.getRaster().getSampleModelTranslateX() == 0
				&& grey.getRaster().getSampleModelTranslateY() == 0) {
			return buffer.getData();
		}
		int[] values = grey.getRaster().getPixels(0, 0, grey.getWidth(), grey.getHeight(), (int[]) null);
		byte[] bytes = new byte[values.length];
		for (int i = 0; i < values.length; i++) {
			bytes[i] = (byte) values[i];
		}
		return bytes;
	}

	static int otsu(int[] histogram, int total) {
		long sum = 0;
		for (int i = 0; i < 256; i++) {
			sum += (long) i * histogram[i];
		}
		long sumBackground = 0;
		int weightBackground = 0;
		double best = -1;
		int threshold = 127;
		for (int t = 0; t < 256; t++) {
			weightBackground += histogram[t];
			if (weightBackground == 0) {
				continue;
			}
			int weightForeground = total - weightBackground;
			if (weightForeground == 0) {
				break;
			}
			sumBackground += (long) t * histogram[t];
			double meanBackground = sumBackground / (double) weightBackground;
			double meanForeground = (sum - sumBackground) / (double) weightForeground;
			double between = (double) weightBackground * weightForeground
					* Math.pow(meanBackground - meanForeground, 2);
			if (between > best) {
				best = between;
				threshold = t;
			}
		}
		return threshold;
	}

}

package crmcopilot.ai.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import javax.imageio.ImageIO;

import crmcopilot.ai.OcrFailed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Images are measured from their header before any pixel is decoded. */
@Timeout(30)
class ImageBombTests {

	@Test
	void should_refuse_a_400_megapixel_png_before_decoding_it() throws IOException {
		// a few kilobytes claiming 20,000 x 20,000 pixels (1.6 GB once decoded as RGBA)
		byte[] bomb = png(20_000, 20_000);
		long allocatedBefore = allocated();

		assertThatThrownBy(() -> TesseractOcrEngine.decodeWithinLimit(bomb)).isInstanceOf(OcrFailed.class)
			.hasMessageContaining("60 megapixels");
		assertThat(allocated() - allocatedBefore).as("bytes allocated").isLessThan(50L * 1024 * 1024);
	}

	@Test
	void should_give_the_pixel_limit_in_the_readers_language() throws IOException {
		byte[] bomb = png(20_000, 20_000);
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/ai");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);

		OcrFailed refused = catchThrowableOfType(OcrFailed.class, () -> TesseractOcrEngine.decodeWithinLimit(bomb));

		assertThat(messages.getMessage(refused, Locale.FRENCH))
			.isEqualTo("l'image est trop grande (plus de 60 mégapixels)");
		assertThat(messages.getMessage(refused, Locale.ENGLISH))
			.isEqualTo("the image is too large (more than 60 megapixels)");
		// as the reason inside another module's message, as the opportunities upload
		// shows it
		StaticMessageSource upload = new StaticMessageSource();
		upload.setParentMessageSource(messages);
		upload.addMessage("file.unreadable", Locale.FRENCH, "Le fichier n''a pas pu être lu : {0}");
		assertThat(upload.getMessage("file.unreadable", new Object[] { refused }, Locale.FRENCH))
			.isEqualTo("Le fichier n'a pas pu être lu : l'image est trop grande (plus de 60 mégapixels)");
	}

	@Test
	void should_still_decode_an_ordinary_image() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", out);

		BufferedImage image = TesseractOcrEngine.decodeWithinLimit(out.toByteArray());

		assertThat(image.getWidth()).isEqualTo(40);
		assertThat(image.getHeight()).isEqualTo(30);
	}

	private static long allocated() {
		return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
	}

	/** A valid PNG header (IHDR) with a tiny compressed first row, then the end. */
	private static byte[] png(int width, int height) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		DataOutputStream out = new DataOutputStream(bytes);
		out.write(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' });
		ByteArrayOutputStream header = new ByteArrayOutputStream();
		DataOutputStream ihdr = new DataOutputStream(header);
		ihdr.writeInt(width);
		ihdr.writeInt(height);
		ihdr.write(new byte[] { 8, 6, 0, 0, 0 });
		chunk(out, "IHDR", header.toByteArray());
		Deflater deflater = new Deflater();
		deflater.setInput(new byte[width * 4 + 1]);
		deflater.finish();
		byte[] compressed = new byte[64 * 1024];
		int length = deflater.deflate(compressed);
		chunk(out, "IDAT", java.util.Arrays.copyOf(compressed, length));
		chunk(out, "IEND", new byte[0]);
		return bytes.toByteArray();
	}

	private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
		byte[] name = type.getBytes(StandardCharsets.US_ASCII);
		out.writeInt(data.length);
		out.write(name);
		out.write(data);
		CRC32 crc = new CRC32();
		crc.update(name);
		crc.update(data);
		out.writeInt((int) crc.getValue());
	}

}

package crmcopilot.workspace.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import crmcopilot.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

public class LogoImageTests {

	/** A small valid PNG logo. */
	public static byte[] png() throws IOException {
		return image("png", 120, 40);
	}

	@Test
	void should_accept_a_small_png_or_jpeg_by_its_content() throws IOException {
		assertThat(LogoImage.of(image("png", 120, 40)).contentType()).isEqualTo("image/png");
		assertThat(LogoImage.of(image("jpg", 120, 40)).contentType()).isEqualTo("image/jpeg");
	}

	@Test
	void should_refuse_an_svg_whatever_its_name() {
		byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
			.getBytes(StandardCharsets.UTF_8);

		assertThatThrownBy(() -> LogoImage.of(svg)).isInstanceOf(InvalidInputException.class)
			.extracting((ex) -> ((InvalidInputException) ex).messageKey())
			.isEqualTo("workspace.error.logo-type");
	}

	@Test
	void should_refuse_an_image_over_the_pixel_bound_before_decoding_it() throws IOException {
		byte[] wide = image("png", LogoImage.MAX_SIDE + 1, 1);

		assertThatThrownBy(() -> LogoImage.of(wide)).extracting((ex) -> ((InvalidInputException) ex).messageKey())
			.isEqualTo("workspace.error.logo-pixels");
	}

	@Test
	void should_refuse_a_truncated_image_and_an_empty_upload() throws IOException {
		byte[] png = image("png", 64, 64);
		byte[] truncated = java.util.Arrays.copyOf(png, png.length / 2);

		assertThatThrownBy(() -> LogoImage.of(truncated)).extracting((ex) -> ((InvalidInputException) ex).messageKey())
			.isEqualTo("workspace.error.logo-type");
		assertThatThrownBy(() -> LogoImage.of(new byte[0]))
			.extracting((ex) -> ((InvalidInputException) ex).messageKey())
			.isEqualTo("workspace.error.logo-empty");
	}

	@Test
	void should_refuse_a_file_over_the_size_bound() {
		assertThatThrownBy(() -> LogoImage.of(new byte[LogoImage.MAX_BYTES + 1]))
			.extracting((ex) -> ((InvalidInputException) ex).messageKey())
			.isEqualTo("workspace.error.logo-size");
	}

	static byte[] image(String format, int width, int height) throws IOException {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		image.setRGB(0, 0, 0xaa3300);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, format, out);
		return out.toByteArray();
	}

}

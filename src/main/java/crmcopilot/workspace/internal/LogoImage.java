package crmcopilot.workspace.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import crmcopilot.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * A merchant's logo: PNG or JPEG only (an SVG can carry scripts), recognised by its first
 * bytes rather than by its name, and bounded in bytes and pixels before it is decoded.
 */
public record LogoImage(String contentType, byte[] content) {

	/** Largest upload accepted, in bytes. */
	public static final int MAX_BYTES = 512 * 1024;

	/** Largest side accepted, in pixels. */
	public static final int MAX_SIDE = 1024;

	private static final String FIELD = "logo";

	/** Checks an upload and returns it as a logo, or refuses it with a message key. */
	public static LogoImage of(byte[] bytes) {
		if (bytes.length == 0) {
			throw refused("workspace.error.logo-empty", "no image was sent");
		}
		if (bytes.length > MAX_BYTES) {
			throw tooLarge();
		}
		String contentType = sniff(bytes);
		if (contentType == null) {
			throw refused("workspace.error.logo-type", "only PNG and JPEG images are accepted");
		}
		checkPixels(bytes);
		return new LogoImage(contentType, bytes);
	}

	/** The refusal of an upload over {@link #MAX_BYTES}, before its bytes are read. */
	public static InvalidInputException tooLarge() {
		return new InvalidInputException(FIELD, "workspace.error.logo-size", new Object[] { MAX_BYTES / 1024 },
				"the image is larger than " + MAX_BYTES / 1024 + " KB");
	}

	private static @Nullable String sniff(byte[] bytes) {
		if (bytes.length > 8 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
			return "image/png";
		}
		if (bytes.length > 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8 && (bytes[2] & 0xff) == 0xff) {
			return "image/jpeg";
		}
		return null;
	}

	// the header gives the size: a small file that declares a huge image is refused
	// before
	// any pixel is allocated, then a full decode proves the file is a whole image
	private static void checkPixels(byte[] bytes) {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
			if (!readers.hasNext()) {
				throw refused("workspace.error.logo-type", "the image cannot be read");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(input, true, true);
				int width = reader.getWidth(0);
				int height = reader.getHeight(0);
				if (width > MAX_SIDE || height > MAX_SIDE) {
					throw new InvalidInputException(FIELD, "workspace.error.logo-pixels", new Object[] { MAX_SIDE },
							"the image is larger than " + MAX_SIDE + " × " + MAX_SIDE + " pixels");
				}
				reader.read(0);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof InvalidInputException refusal) {
				throw refusal;
			}
			throw refused("workspace.error.logo-type", "the image cannot be read");
		}
	}

	private static InvalidInputException refused(String key, String english) {
		return new InvalidInputException(FIELD, key, new Object[0], english);
	}

}

package crmcopilot.learning.internal.training;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A private temporary file (owner-only on POSIX) that an upload is copied to while it is
 * checked as a stream, so the upload is in memory once, when read back to be stored, and
 * never held while it is checked. Deleted on close.
 */
final class UploadSpool implements AutoCloseable {

	private final Path file;

	private final OutputStream out;

	private UploadSpool(Path file) throws IOException {
		this.file = file;
		this.out = Files.newOutputStream(file);
	}

	static UploadSpool create() throws IOException {
		return new UploadSpool(Files.createTempFile("upload-", ".part"));
	}

	/** The upload, writing to this spool what its reader consumes. */
	InputStream copying(InputStream upload) {
		return new FilterInputStream(upload) {

			@Override
			public int read() throws IOException {
				int b = super.read();
				if (b >= 0) {
					UploadSpool.this.out.write(b);
				}
				return b;
			}

			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				int read = super.read(buffer, offset, length);
				if (read > 0) {
					UploadSpool.this.out.write(buffer, offset, read);
				}
				return read;
			}

		};
	}

	/** What was copied, in one array of its exact size. */
	byte[] bytes() throws IOException {
		this.out.flush();
		return Files.readAllBytes(this.file);
	}

	@Override
	public void close() throws IOException {
		try {
			this.out.close();
		}
		finally {
			Files.deleteIfExists(this.file);
		}
	}

}

package crmcopilot.campaigns.internal;

import java.io.IOException;

import org.jspecify.annotations.Nullable;

import crmcopilot.shared.InvalidInputException;

import org.springframework.web.multipart.MultipartFile;

/**
 * The customer file of step 2 as a page or the API receives it: present and within the
 * upload limit before its bytes are read (the CSV reader checks its content).
 */
public final class UploadedCustomerFile {

	private UploadedCustomerFile() {
	}

	public static byte[] read(@Nullable MultipartFile file, long limit) throws IOException {
		if (file == null || file.isEmpty()) {
			throw new InvalidInputException("file", "campaigns.error.file-required", new Object[0],
					"choose a CSV or TSV file");
		}
		if (file.getSize() > limit) {
			throw new InvalidInputException("file", "campaigns.error.file-too-large",
					new Object[] { limit / (1024 * 1024) },
					"larger than the limit of " + limit / (1024 * 1024) + " MB");
		}
		return file.getBytes();
	}

}

package crmcopilot.ai;

/**
 * Reads the text of images (JPEG, PNG, TIFF) and PDFs: PDFs with a text layer give their
 * text, scans are rendered and recognised (Tesseract, French and English).
 */
public interface OcrEngine {

	/**
	 * @param mediaType {@code image/png}, {@code image/jpeg}, {@code image/tiff} or
	 * {@code application/pdf}, as detected from the content
	 * @throws OcrFailed with a message for the user when the file cannot be read
	 */
	OcrResult read(byte[] content, String mediaType);

	/**
	 * Whether recognition is possible on this machine (the Tesseract library is
	 * installed).
	 */
	boolean available();

}

package crmcopilot.ai;

/**
 * Text read from an image or a PDF.
 *
 * @param textLayer true when a PDF's own text was used (no recognition)
 */
public record OcrResult(String text, int pages, boolean textLayer, long millis) {
}

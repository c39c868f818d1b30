package crmcopilot.opportunities.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import crmcopilot.ai.OcrEngine;
import crmcopilot.ai.OcrFailed;
import crmcopilot.ai.SpeechToTextEngine;
import crmcopilot.ai.SpeechToTextFailed;
import crmcopilot.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Turns an uploaded file into a submission, by its content (magic bytes), never by its
 * name: emails, plain text, images and PDFs (OCR), audio (speech-to-text).
 */
@Component
class SourceFiles {

	static final int MAX_BYTES = 20 * 1024 * 1024;

	private final ObjectProvider<OcrEngine> ocr;

	private final ObjectProvider<SpeechToTextEngine> speech;

	SourceFiles(ObjectProvider<OcrEngine> ocr, ObjectProvider<SpeechToTextEngine> speech) {
		this.ocr = ocr;
		this.speech = speech;
	}

	OpportunityCapture.Submission read(@Nullable String fileName, byte[] content, @Nullable LocalDate documentDate) {
		return read(fileName, content, documentDate, null);
	}

	/**
	 * @param language the speech's language for audio ({@code fr}, {@code en}; null or
	 * {@code auto}: detected by the engine)
	 */
	OpportunityCapture.Submission read(@Nullable String fileName, byte[] content, @Nullable LocalDate documentDate,
			@Nullable String language) {
		if (content.length == 0) {
			throw new InvalidInputException("file", "opportunities.file.error.empty", new Object[0],
					"the file is empty");
		}
		if (content.length > MAX_BYTES) {
			throw new InvalidInputException("file", "opportunities.file.error.tooLarge",
					new Object[] { MAX_BYTES / 1024 / 1024 },
					"the file is larger than " + (MAX_BYTES / 1024 / 1024) + " MB");
		}
		String kind = kind(content);
		try {
			return switch (kind) {
				case "application/pdf", "image/png", "image/jpeg", "image/tiff" -> {
					OcrEngine engine = this.ocr.getIfAvailable();
					if (engine == null) {
						throw new InvalidInputException("file", "opportunities.file.error.noOcr", new Object[0],
								"no OCR engine in this installation");
					}
					yield new OpportunityCapture.Submission(OpportunityCapture.DOCUMENT, fileName,
							engine.read(content, kind).text(), documentDate);
				}
				case "audio" -> {
					SpeechToTextEngine engine = this.speech.getIfAvailable();
					if (engine == null) {
						throw new InvalidInputException("file", "opportunities.file.error.noSpeechEngine",
								new Object[0], "no speech-to-text engine in this installation");
					}
					String transcript = engine.transcribe(content, speechLanguage(language)).text();
					if (transcript.isBlank()) {
						throw new InvalidInputException("file", "opportunities.file.error.noSpeech", new Object[0],
								"no speech was recognised in this recording");
					}
					yield new OpportunityCapture.Submission(OpportunityCapture.AUDIO, fileName, transcript,
							documentDate);
				}
				case "message/rfc822" -> {
					EmailText.Email email = EmailText.parse(content);
					yield new OpportunityCapture.Submission(OpportunityCapture.EMAIL, fileName, email.text(),
							(documentDate != null) ? documentDate : email.date());
				}
				case "text/plain" -> new OpportunityCapture.Submission(OpportunityCapture.TEXT, fileName,
						new String(content, StandardCharsets.UTF_8), documentDate);
				default -> throw new InvalidInputException("file", "opportunities.file.error.unsupported",
						new Object[0],
						"unsupported file type: send text, an email (.eml), an image (JPEG, PNG, TIFF), a PDF or audio (WAV, MP3, OGG, M4A, WebM)");
			};
		}
		catch (OcrFailed | SpeechToTextFailed ex) {
			throw new InvalidInputException("file", "opportunities.file.error.unreadable", new Object[] { ex },
					ex.getMessage());
		}
	}

	/**
	 * The language sent to the speech-to-text engine: {@code fr} or {@code en}, null for
	 * {@code auto}; anything else is refused.
	 */
	static @Nullable String speechLanguage(@Nullable String language) {
		if (language == null || language.isBlank() || "auto".equalsIgnoreCase(language.strip())) {
			return null;
		}
		String code = language.strip().toLowerCase(java.util.Locale.ROOT);
		if (!code.matches("fr|en")) {
			throw new InvalidInputException("language", "opportunities.file.error.language", new Object[0],
					"must be fr, en or auto");
		}
		return code;
	}

	static String kind(byte[] c) {
		if (starts(c, "%PDF-")) {
			return "application/pdf";
		}
		if (c.length > 8 && (c[0] & 0xff) == 0x89 && starts(c, 1, "PNG")) {
			return "image/png";
		}
		if (c.length > 3 && (c[0] & 0xff) == 0xff && (c[1] & 0xff) == 0xd8 && (c[2] & 0xff) == 0xff) {
			return "image/jpeg";
		}
		if (starts(c, "II*\0") || starts(c, "MM\0*")) {
			return "image/tiff";
		}
		if ((starts(c, "RIFF") && starts(c, 8, "WAVE")) || starts(c, "OggS") || starts(c, "ID3") || starts(c, "fLaC")
				|| (c.length > 2 && (c[0] & 0xff) == 0xff && ((c[1] & 0xe0) == 0xe0)) || starts(c, 4, "ftyp")
				|| (c.length > 4 && (c[0] & 0xff) == 0x1a && (c[1] & 0xff) == 0x45 && (c[2] & 0xff) == 0xdf
						&& (c[3] & 0xff) == 0xa3)) {
			return "audio";
		}
		for (byte b : c) {
			if (b == 0) {
				return "application/octet-stream";
			}
		}
		if (EmailText.looksLikeEmail(c)) {
			return "message/rfc822";
		}
		return utf8Text(c) ? "text/plain" : "application/octet-stream";
	}

	private static boolean utf8Text(byte[] content) {
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content));
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

	private static boolean starts(byte[] content, String prefix) {
		return starts(content, 0, prefix);
	}

	private static boolean starts(byte[] content, int offset, String prefix) {
		byte[] bytes = prefix.getBytes(StandardCharsets.ISO_8859_1);
		if (content.length < offset + bytes.length) {
			return false;
		}
		for (int i = 0; i < bytes.length; i++) {
			if (content[offset + i] != bytes[i]) {
				return false;
			}
		}
		return true;
	}

}

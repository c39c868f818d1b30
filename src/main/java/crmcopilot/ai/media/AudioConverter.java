package crmcopilot.ai.media;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import crmcopilot.ai.SpeechToTextFailed;

/** Any audio to 16 kHz mono 16-bit WAV with Debian's ffmpeg. */
final class AudioConverter {

	static final int SAMPLE_RATE = 16_000;

	private final String ffmpeg;

	AudioConverter(String ffmpeg) {
		this.ffmpeg = ffmpeg;
	}

	boolean available() {
		return Files.isExecutable(Path.of(this.ffmpeg));
	}

	/** Writes the converted WAV next to the input and returns it. */
	Path toWav(Path input) {
		if (!available()) {
			throw new SpeechToTextFailed(
					"audio conversion needs ffmpeg: install the Debian package ffmpeg or set COPILOT_FFMPEG");
		}
		Path output = input.resolveSibling(input.getFileName() + ".16k.wav");
		ProcessBuilder builder = new ProcessBuilder(List.of(this.ffmpeg, "-nostdin", "-hide_banner", "-loglevel",
				"error", "-y", "-i", input.toString(), "-ac", "1", "-ar", String.valueOf(SAMPLE_RATE), "-sample_fmt",
				"s16", "-f", "wav", output.toString()))
			.redirectErrorStream(true);
		try {
			Process process = builder.start();
			String log = new String(process.getInputStream().readAllBytes());
			if (!process.waitFor(120, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new SpeechToTextFailed("audio conversion took too long");
			}
			if (process.exitValue() != 0 || !Files.isRegularFile(output) || Files.size(output) <= 44) {
				throw new SpeechToTextFailed("ai.speech.error.undecodable", new Object[0],
						"the audio cannot be decoded (corrupt file or unsupported format)"
								+ (log.isBlank() ? "" : ": " + log.lines().findFirst().orElse("")),
						null);
			}
			return output;
		}
		catch (IOException ex) {
			throw new SpeechToTextFailed("audio conversion failed: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new SpeechToTextFailed("audio conversion interrupted", ex);
		}
	}

	/** Duration of a 16 kHz mono 16-bit WAV written by {@link #toWav}. */
	static double seconds(Path wav) throws IOException {
		return Math.max(0, Files.size(wav) - 44) / (2.0 * SAMPLE_RATE);
	}

}

package crmcopilot.ai;

/**
 * A transcription.
 *
 * @param engine {@code whisper-api} or {@code pocketsphinx}
 * @param audioSeconds duration of the audio
 * @param millis time spent transcribing
 */
public record SpeechToTextResult(String text, String language, String engine, double audioSeconds, long millis) {

	/** Processing time over audio duration: below 1 is faster than real time. */
	public double realTimeFactor() {
		return (this.audioSeconds > 0) ? this.millis / 1000.0 / this.audioSeconds : Double.NaN;
	}

}

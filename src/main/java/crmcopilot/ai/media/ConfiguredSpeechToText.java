package crmcopilot.ai.media;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import crmcopilot.ai.SpeechToTextEngine;
import crmcopilot.ai.SpeechToTextFailed;
import crmcopilot.ai.SpeechToTextResult;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * Speech-to-text: (a) an OpenAI-compatible {@code /v1/audio/transcriptions} endpoint
 * (Groq, OpenAI Whisper, a local Whisper server) when {@code COPILOT_STT_URL} is set, (b)
 * offline, Debian's pocketsphinx with its US English model. Audio is converted with
 * ffmpeg first. A language no configured engine supports gets a message saying what to
 * configure.
 */
@Component
class ConfiguredSpeechToText implements SpeechToTextEngine {

	static final int MAX_BYTES = 25 * 1024 * 1024;

	static final double MAX_SECONDS = 15 * 60;

	private static final Set<String> OFFLINE_LANGUAGES = Set.of("en");

	private final String url;

	private final String apiKey;

	private final String model;

	private final String pocketsphinx;

	private final String models;

	private final AudioConverter converter;

	private final JsonMapper json;

	// created at the first transcription: an HTTP client starts a selector thread
	private final SingletonSupplier<HttpClient> http = SingletonSupplier
		.of(() -> HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build());

	ConfiguredSpeechToText(@Value("${COPILOT_STT_URL:}") String url, @Value("${COPILOT_STT_API_KEY:}") String apiKey,
			@Value("${COPILOT_STT_MODEL:whisper-1}") String model,
			@Value("${COPILOT_POCKETSPHINX:/usr/bin/pocketsphinx_continuous}") String pocketsphinx,
			@Value("${COPILOT_POCKETSPHINX_MODEL:/usr/share/pocketsphinx/model/en-us}") String models,
			@Value("${COPILOT_FFMPEG:/usr/bin/ffmpeg}") String ffmpeg, JsonMapper json) {
		this.url = url.replaceAll("/+$", "");
		this.apiKey = apiKey;
		this.model = model;
		this.pocketsphinx = pocketsphinx;
		this.models = models;
		this.converter = new AudioConverter(ffmpeg);
		this.json = json;
	}

	boolean endpointConfigured() {
		return !this.url.isBlank();
	}

	boolean offlineAvailable() {
		return Files.isExecutable(Path.of(this.pocketsphinx)) && Files.isDirectory(Path.of(this.models, "en-us"));
	}

	@Override
	public SpeechToTextResult transcribe(byte[] audio, @Nullable String language) {
		if (audio.length == 0) {
			throw new SpeechToTextFailed("ai.speech.error.empty", new Object[0], "the audio file is empty", null);
		}
		if (audio.length > MAX_BYTES) {
			throw new SpeechToTextFailed("ai.speech.error.too-large", new Object[] { MAX_BYTES / (1024 * 1024) },
					"the audio file is larger than 25 MB", null);
		}
		String lang = (language != null && !language.isBlank()) ? language.toLowerCase(Locale.ROOT) : null;
		if (!endpointConfigured() && lang != null && !OFFLINE_LANGUAGES.contains(lang)) {
			throw new SpeechToTextFailed("ai.speech.error.no-engine", new Object[] { lang },
					"no speech-to-text engine for language '" + lang
							+ "': set COPILOT_STT_URL (and COPILOT_STT_API_KEY, COPILOT_STT_MODEL) to an OpenAI-compatible "
							+ "/v1/audio/transcriptions endpoint (Groq, OpenAI Whisper or a local Whisper server); "
							+ "the offline engine (pocketsphinx) only has the English model",
					null);
		}
		Path dir = null;
		try {
			dir = Files.createTempDirectory("copilot-audio-");
			Path input = dir.resolve("input-" + UUID.randomUUID());
			Files.write(input, audio);
			Path wav = this.converter.toWav(input);
			double seconds = AudioConverter.seconds(wav);
			if (seconds < 0.3) {
				throw new SpeechToTextFailed("ai.speech.error.too-short", new Object[0],
						"the audio is empty (less than 0.3 s of sound)", null);
			}
			if (seconds > MAX_SECONDS) {
				throw new SpeechToTextFailed("ai.speech.error.too-long", new Object[] { MAX_SECONDS / 60 },
						"the audio is longer than 15 minutes", null);
			}
			long start = System.nanoTime();
			String text;
			String engine;
			if (endpointConfigured()) {
				text = endpoint(wav, lang);
				engine = "whisper-api";
			}
			else {
				if (!offlineAvailable()) {
					throw new SpeechToTextFailed("no speech-to-text engine: install the Debian packages pocketsphinx "
							+ "and pocketsphinx-en-us (English), or set COPILOT_STT_URL to an OpenAI-compatible endpoint");
				}
				text = pocketsphinx(wav);
				engine = "pocketsphinx";
			}
			return new SpeechToTextResult(text.strip(), (lang != null) ? lang : (endpointConfigured() ? "auto" : "en"),
					engine, seconds, (System.nanoTime() - start) / 1_000_000);
		}
		catch (IOException ex) {
			throw new SpeechToTextFailed("transcription failed: " + ex.getMessage(), ex);
		}
		finally {
			delete(dir);
		}
	}

	private String endpoint(Path wav, @Nullable String language) throws IOException {
		String boundary = "copilot-" + UUID.randomUUID();
		List<byte[]> parts = new ArrayList<>();
		parts.add(field(boundary, "model", this.model));
		parts.add(field(boundary, "response_format", "json"));
		if (language != null) {
			parts.add(field(boundary, "language", language));
		}
		parts.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"audio.wav\"\r\n"
				+ "Content-Type: audio/wav\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		parts.add(Files.readAllBytes(wav));
		parts.add(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.url + "/v1/audio/transcriptions"))
			.timeout(Duration.ofSeconds(120))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArrays(parts));
		if (!this.apiKey.isBlank()) {
			request.header("Authorization", "Bearer " + this.apiKey);
		}
		HttpResponse<String> response;
		try {
			response = this.http.obtain()
				.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new SpeechToTextFailed("transcription interrupted", ex);
		}
		if (response.statusCode() != 200) {
			throw new SpeechToTextFailed("the transcription endpoint answered HTTP " + response.statusCode()
					+ ": check COPILOT_STT_URL, COPILOT_STT_API_KEY and COPILOT_STT_MODEL");
		}
		JsonNode body = this.json.readTree(response.body());
		JsonNode text = body.get("text");
		if (text == null || !text.isString()) {
			throw new SpeechToTextFailed("the transcription endpoint answered without a \"text\" field");
		}
		return text.asString();
	}

	private static byte[] field(String boundary, String name, String value) {
		return ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
			.getBytes(StandardCharsets.UTF_8);
	}

	private String pocketsphinx(Path wav) throws IOException {
		ProcessBuilder builder = new ProcessBuilder(List.of(this.pocketsphinx, "-infile", wav.toString(), "-hmm",
				this.models + "/en-us", "-lm", this.models + "/en-us.lm.bin", "-dict",
				this.models + "/cmudict-en-us.dict", "-logfn", "/dev/null"));
		builder.redirectError(ProcessBuilder.Redirect.DISCARD);
		Process process = builder.start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		try {
			if (!process.waitFor(300, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new SpeechToTextFailed("offline transcription took too long");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new SpeechToTextFailed("offline transcription interrupted", ex);
		}
		if (process.exitValue() != 0) {
			throw new SpeechToTextFailed("pocketsphinx failed (exit " + process.exitValue() + ")");
		}
		return String.join(" ", out.lines().map(String::strip).filter((l) -> !l.isEmpty()).toList());
	}

	private static void delete(@Nullable Path dir) {
		if (dir == null) {
			return;
		}
		try (var files = Files.list(dir)) {
			files.forEach((file) -> file.toFile().delete());
			Files.deleteIfExists(dir);
		}
		catch (IOException ex) {
			dir.toFile().deleteOnExit();
		}
	}

}

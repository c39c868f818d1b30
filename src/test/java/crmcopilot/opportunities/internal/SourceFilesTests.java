package crmcopilot.opportunities.internal;

import java.util.ArrayList;
import java.util.List;

import crmcopilot.ai.OcrEngine;
import crmcopilot.ai.SpeechToTextEngine;
import crmcopilot.ai.SpeechToTextResult;
import crmcopilot.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Audio uploads: WebM recognised, the memo's language sent to the engine, silence
 * refused.
 */
class SourceFilesTests {

	private static final byte[] WEBM = { 0x1a, 0x45, (byte) 0xdf, (byte) 0xa3, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00 };

	private final List<String> languages = new ArrayList<>();

	private String transcript = "Rendez-vous avec la Sonatel SA";

	private SourceFiles files() {
		DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
		SpeechToTextEngine engine = (audio, language) -> {
			this.languages.add(String.valueOf(language));
			return new SpeechToTextResult(this.transcript, (language != null) ? language : "auto", "test", 2.0, 1);
		};
		beans.registerSingleton("speech", engine);
		return new SourceFiles(beans.getBeanProvider(OcrEngine.class), beans.getBeanProvider(SpeechToTextEngine.class));
	}

	@Test
	void should_send_the_memo_language_to_the_speech_engine() {
		SourceFiles files = files();
		assertThat(SourceFiles.kind(WEBM)).isEqualTo("audio");
		OpportunityCapture.Submission memo = files.read("memo-vocal.webm", WEBM, null, "fr");
		assertThat(memo.sourceKind()).isEqualTo(OpportunityCapture.AUDIO);
		assertThat(memo.text()).isEqualTo("Rendez-vous avec la Sonatel SA");
		files.read("memo-vocal.webm", WEBM, null, "EN");
		files.read("memo-vocal.webm", WEBM, null, "auto");
		files.read("memo-vocal.webm", WEBM, null, null);
		assertThat(this.languages).containsExactly("fr", "en", "null", "null");
	}

	@Test
	void should_refuse_an_unknown_language_and_a_silent_memo() {
		SourceFiles files = files();
		assertThatThrownBy(() -> files.read("memo.webm", WEBM, null, "klingon"))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("fr, en or auto");
		this.transcript = "  ";
		assertThatThrownBy(() -> files.read("memo.webm", WEBM, null, "en")).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("no speech was recognised");
	}

}

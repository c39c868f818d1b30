package crmcopilot.campaigns.internal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.thymeleaf.TemplateEngine;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.web.context.support.GenericWebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

class BriefRendererWarmUpTests {

	@Test
	void should_render_the_warm_up_page_once_in_the_background() throws Exception {
		BriefRenderer renderer = renderer();
		// when
		CompletableFuture<Void> first = renderer.warmUpInBackground();
		CompletableFuture<Void> second = renderer.warmUpInBackground();
		// then
		assertThat(second).isSameAs(first);
		first.get(60, TimeUnit.SECONDS);
		assertThat(first).isCompleted();
		assertThat(new String(renderer.pdf(BriefRenderer.WARM_UP_HTML), 0, 5, StandardCharsets.ISO_8859_1))
			.isEqualTo("%PDF-");
	}

	@Test
	void should_warm_up_after_a_web_start_only_and_unless_switched_off() {
		BriefRenderer batch = renderer();
		batch.onReady(ready(new GenericApplicationContext()));
		assertThat(batch.warmUpStarted()).isFalse();

		BriefRenderer switchedOff = renderer(false);
		switchedOff.onReady(ready(new GenericWebApplicationContext()));
		assertThat(switchedOff.warmUpStarted()).isFalse();

		BriefRenderer web = renderer();
		web.onReady(ready(new GenericWebApplicationContext()));
		assertThat(web.warmUpStarted()).isTrue();
		web.warmUpInBackground().join();
	}

	private static ApplicationReadyEvent ready(GenericApplicationContext context) {
		return new ApplicationReadyEvent(new SpringApplication(), new String[0], context, Duration.ZERO);
	}

	private static BriefRenderer renderer() {
		return renderer(true);
	}

	private static BriefRenderer renderer(boolean warmUpAfterStart) {
		return new BriefRenderer(new TemplateEngine(), new CampaignsSettings(null, null, null, warmUpAfterStart));
	}

}

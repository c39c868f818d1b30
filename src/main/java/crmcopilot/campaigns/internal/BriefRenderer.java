package crmcopilot.campaigns.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import crmcopilot.campaigns.CampaignBrief;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.context.WebApplicationContext;

/**
 * The DSP brief: one Thymeleaf template rendered as HTML, and as PDF from that same HTML
 * (openhtmltopdf, with the persona SVG drawn by Batik).
 */
@Component
public class BriefRenderer {

	static final String TEMPLATE = "campaigns/dspBrief";

	private static final Log logger = LogFactory.getLog(BriefRenderer.class);

	static final String WARM_UP_HTML = """
			<html><head><style>
			body { font-family: sans-serif; font-size: 11pt; } h1 { font-size: 18pt; }
			pre { font-size: 8pt; white-space: pre-wrap; } td { border: 1px solid #ccc; }
			</style></head><body>
			<h1>Brief</h1><p><b>Persona</b> <i>Âge moyen</i> 42 — CSP+ €</p>
			<table><tr><td>a</td><td><svg xmlns="http://www.w3.org/2000/svg" width="60" height="40" viewBox="0 0 60 40">
			<rect x="1" y="1" width="58" height="38" fill="#eef" stroke="#336"/><circle cx="20" cy="20" r="8" fill="#c96"/>
			<path d="M35 30 L45 10 L55 30 Z" fill="#693"/><text x="5" y="36" font-size="6">svg</text></svg></td></tr></table>
			<ul><li>KPI</li><li>angle</li></ul>
			<pre>{"targeting": ["AGE_RANGE_35_44"]}</pre>
			</body></html>
			""";

	private final ITemplateEngine templates;

	private final AtomicReference<@Nullable CompletableFuture<Void>> warmUp = new AtomicReference<>();

	private final boolean warmUpAfterStart;

	BriefRenderer(ITemplateEngine templates, CampaignsSettings settings) {
		this.templates = templates;
		this.warmUpAfterStart = Boolean.TRUE.equals(settings.pdfWarmUp());
	}

	/**
	 * The brief as HTML in the reader's language.
	 * @param name the campaign's name
	 * @param profile the chosen persona's statistics (purchase channels, zones)
	 * @param choiceReason why the marketer chose the persona, if they said
	 */
	public String html(String name, CampaignBrief brief, Persona persona, @Nullable SegmentProfile profile,
			@Nullable String choiceReason, DspTargeting.Instructions dsp, Locale locale) {
		Context context = new Context(locale);
		context.setVariable("lang", locale.getLanguage());
		context.setVariable("brief", brief);
		context.setVariable("persona", persona);
		context.setVariable("dsp", dsp);
		context.setVariable("content",
				BriefContent.of(name, brief, persona, profile, choiceReason, locale.getLanguage()));
		return this.templates.process(TEMPLATE, context);
	}

	/**
	 * Renders a small brief-like page (text, table, preformatted block and an inline SVG)
	 * once, so that openhtmltopdf, PDFBox, Batik and the fonts are loaded before the
	 * first real brief: the first PDF otherwise takes about a second more. Runs at most
	 * once per renderer, on a low-priority daemon thread.
	 * @return completes when the warm-up is over (also when it failed: a failed warm-up
	 * only means a slower first brief)
	 */
	public CompletableFuture<Void> warmUpInBackground() {
		CompletableFuture<Void> done = new CompletableFuture<>();
		if (!this.warmUp.compareAndSet(null, done)) {
			return java.util.Objects.requireNonNull(this.warmUp.get());
		}
		Thread thread = new Thread(() -> {
			try {
				pdf(WARM_UP_HTML);
			}
			catch (RuntimeException | LinkageError ex) {
				logger.debug("PDF warm-up failed; the first brief will be slower", ex);
			}
			finally {
				done.complete(null);
			}
		}, "brief-pdf-warm-up");
		thread.setDaemon(true);
		thread.setPriority(Thread.MIN_PRIORITY);
		thread.start();
		return done;
	}

	/**
	 * Warms the PDF renderer up once the server is ready, unless
	 * {@code copilot.campaigns.pdf-warm-up} is false. Batch commands (no web server) do
	 * not: the ones that write a brief call {@link #warmUpInBackground()} themselves.
	 * @param event the ready event
	 */
	@EventListener
	void onReady(ApplicationReadyEvent event) {
		if (this.warmUpAfterStart && event.getApplicationContext() instanceof WebApplicationContext) {
			warmUpInBackground();
		}
	}

	boolean warmUpStarted() {
		return this.warmUp.get() != null;
	}

	public byte[] pdf(String html) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useSVGDrawer(new BatikSVGDrawer());
			builder.withHtmlContent(html, null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}

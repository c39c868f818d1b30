package crmcopilot.campaigns.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import tools.jackson.databind.json.JsonMapper;

import crmcopilot.campaigns.CampaignBrief;

import org.springframework.stereotype.Component;

/**
 * The DSP brief: one Thymeleaf template rendered as HTML, and as PDF from that same HTML
 * (openhtmltopdf, with the persona SVG drawn by Batik).
 */
@Component
public class BriefRenderer {

	static final String TEMPLATE = "campaigns/dspBrief";

	private final ITemplateEngine templates;

	private final JsonMapper json;

	public BriefRenderer(ITemplateEngine templates, JsonMapper json) {
		this.templates = templates;
		this.json = json;
	}

	public String html(CampaignBrief brief, Persona persona, DspTargeting.Instructions dsp, String summary,
			Locale locale) {
		Context context = new Context(locale);
		context.setVariable("lang", locale.getLanguage());
		context.setVariable("brief", brief);
		context.setVariable("persona", persona);
		context.setVariable("dsp", dsp);
		context.setVariable("dspJson", this.json.writerWithDefaultPrettyPrinter().writeValueAsString(dsp.payload()));
		context.setVariable("summaryFirstLine", summary.lines().findFirst().orElse(""));
		context.setVariable("kpis", CampaignPipeline.kpis(brief, locale.getLanguage()));
		context.setVariable("angles", angles(persona));
		return this.templates.process(TEMPLATE, context);
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

	/** Creative angles: the "how to talk to them" advice of the persona, split. */
	static List<String> angles(Persona persona) {
		String description = persona.text().description();
		int at = Math.max(description.indexOf("Comment leur parler :"), description.indexOf("How to talk to them:"));
		List<String> angles = new ArrayList<>();
		if (at >= 0) {
			String advice = description.substring(description.indexOf(':', at) + 1).strip();
			for (String part : advice.split(";")) {
				String angle = part.strip().replaceAll("\\.$", "");
				if (!angle.isEmpty()) {
					angles.add(angle);
				}
			}
		}
		if (angles.isEmpty()) {
			angles.add(persona.text().name());
		}
		return angles;
	}

}

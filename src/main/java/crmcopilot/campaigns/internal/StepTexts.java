package crmcopilot.campaigns.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import crmcopilot.campaigns.ColumnRole;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What each step of a campaign read and produced, as the journal of the run page shows
 * it: in the campaign's language, numbers and lists written for a person (no
 * {@code {INCOME=revenu}} nor {@code [1, 2]}).
 */
@Component
class StepTexts {

	private final MessageSource messages;

	StepTexts(MessageSource messages) {
		this.messages = messages;
	}

	String source(String language, long rows, boolean sampled, int sampleSize, int columns, int badRows) {
		return text(language, sampled ? "campaigns.step.source.sampled" : "campaigns.step.source", rows, sampleSize,
				columns, badRows);
	}

	String mapping(String language, Map<ColumnRole, String> columns) {
		Locale locale = locale(language);
		return columns.entrySet()
			.stream()
			.map((e) -> this.messages.getMessage(e.getKey().labelKey(), null, e.getKey().name(), locale) + " ← "
					+ e.getValue())
			.collect(Collectors.joining(" ; "));
	}

	String prepared(String language, Analysis analysis) {
		String derived = analysis.derived().isEmpty() ? text(language, "campaigns.step.none")
				: String.join(", ", analysis.derived());
		return text(language, "campaigns.step.prepared", analysis.rows(), analysis.features().size(), derived,
				analysis.imputations().size());
	}

	String segmentation(String language, boolean rfm, int k, int nInit, long seed) {
		return rfm ? text(language, "campaigns.step.rfm.input")
				: text(language, "campaigns.step.kmeans.input", k, nInit, String.valueOf(seed));
	}

	String segments(String language, boolean rfm, Analysis analysis) {
		String sizes = Arrays.stream(analysis.charts().sizes())
			.mapToObj((size) -> String.format(locale(language), "%,d", size))
			.collect(Collectors.joining(", "));
		return rfm ? text(language, "campaigns.step.rfm.output", analysis.k(), sizes)
				: text(language, "campaigns.step.kmeans.output", analysis.k(), sizes, analysis.iterations());
	}

	String charts(String language, Analysis analysis) {
		return text(language, "campaigns.step.charts", analysis.charts().crossTables().size());
	}

	String personas(String language, List<String> names) {
		return String.join(" · ", names);
	}

	String text(String language, String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, locale(language));
	}

	private static Locale locale(String language) {
		return PersonaLanguage.english(language) ? Locale.ENGLISH : Locale.FRENCH;
	}

}

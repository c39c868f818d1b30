package crmcopilot.campaigns.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import crmcopilot.ai.AiTask;
import crmcopilot.ai.TaskContext;

import org.springframework.stereotype.Component;

/**
 * AI task {@code describe-persona}: the persona's name, résumé textuel and résumé
 * descriptif from the segment's statistics table. An LLM answer claiming what the table
 * does not support is rejected ({@link PersonaClaims}); offline, {@link PersonaWriter}.
 */
@Component
class DescribePersonaTask implements AiTask<DescribePersonaTask.Request, PersonaText> {

	/**
	 * @param language {@code fr} or {@code en}
	 */
	public record Request(SegmentProfile profile, String language) {
	}

	@Override
	public String name() {
		return "describe-persona";
	}

	@Override
	public Class<PersonaText> resultType() {
		return PersonaText.class;
	}

	@Override
	public Map<String, Object> promptVariables(Request input) {
		return Map.of("statistics", table(input.profile(), input.language()));
	}

	@Override
	public PersonaText offline(Request input, TaskContext context) {
		return PersonaWriter.write(input.profile(), input.language());
	}

	@Override
	public String language(Request input) {
		return PersonaLanguage.english(input.language()) ? "en" : "fr";
	}

	@Override
	public @Nullable String validate(PersonaText result, Request input) {
		List<String> problems = PersonaClaims.unsupported(result.summary() + " " + result.description(),
				input.profile(), input.language());
		return problems.isEmpty() ? null : String.join("; ", problems);
	}

	/** The statistics table as the prompt shows it. */
	static String table(SegmentProfile profile, String language) {
		StringBuilder text = new StringBuilder();
		text.append(
				String.format(Locale.ROOT, "size %d (%d %%)%n", profile.size(), PersonaWriter.pct(profile.share())));
		for (SegmentProfile.NumericStat stat : profile.numeric()) {
			text.append(String.format(Locale.ROOT, "%s: mean %.1f (all %.1f), z %+.2f%n",
					PersonaLanguage.label(stat.feature(), language), stat.mean(), stat.populationMean(), stat.z()));
		}
		for (SegmentProfile.CategoryStat stat : profile.categorical()) {
			text.append(String.format(Locale.ROOT, "%s = %s: %d %% (all %d %%), index %d%n",
					PersonaLanguage.label(stat.feature(), language), stat.value(), PersonaWriter.pct(stat.share()),
					PersonaWriter.pct(stat.populationShare()), Math.round(stat.index())));
		}
		text.append("distinctive: ");
		for (SegmentProfile.Trait trait : profile.traits()) {
			text.append(PersonaLanguage.label(trait.feature(), language))
				.append((trait.value() != null) ? "=" + trait.value() : "")
				.append(String.format(Locale.ROOT, " (z %+.2f); ", trait.z()));
		}
		return text.toString();
	}

}

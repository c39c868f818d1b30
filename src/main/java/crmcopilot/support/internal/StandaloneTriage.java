package crmcopilot.support.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import crmcopilot.ai.LabelledText;
import crmcopilot.ai.TextClassifierTrainer;
import crmcopilot.mail.MessageNormaliser;
import crmcopilot.support.TriageResult;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * Triage outside any workspace, for batch commands and benchmarks: the same normaliser,
 * language detection and offline engine as the server, with categories and examples from
 * a file (or the defaults) and the demo knowledge base.
 */
@Service
public class StandaloneTriage {

	private final TextClassifierTrainer trainer;

	private final SupportLanguages languages;

	private final MessageNormaliser normaliser;

	private final OfflineTriageEngine engine;

	private final SupportSettings settings;

	StandaloneTriage(TextClassifierTrainer trainer, SupportLanguages languages, MessageNormaliser normaliser,
			OfflineTriageEngine engine, SupportSettings settings) {
		this.trainer = trainer;
		this.languages = languages;
		this.normaliser = normaliser;
		this.engine = engine;
		this.settings = settings;
	}

	/**
	 * @param examples training examples, or null for the default ones
	 */
	public TriageSetup setup(@Nullable List<LabelledText> examples) {
		return setup(examples, DemoSupportData.demoKnowledge());
	}

	/**
	 * @param examples training examples, or null for the default ones
	 * @param knowledge the knowledge base
	 */
	public TriageSetup setup(@Nullable List<LabelledText> examples, List<Article> knowledge) {
		List<LabelledText> training = (examples != null) ? examples : SupportDefaults.examples();
		Map<String, SupportDefaults.DefaultCategory> defaults = new LinkedHashMap<>();
		SupportDefaults.categories().forEach((category) -> defaults.put(category.name(), category));
		Set<String> names = new LinkedHashSet<>();
		if (examples == null) {
			names.addAll(defaults.keySet());
		}
		training.forEach((example) -> names.add(example.label()));
		if (names.size() < 2) {
			throw new IllegalArgumentException("the examples must name at least two categories");
		}
		List<Category> categories = new ArrayList<>();
		int position = 0;
		for (String name : names) {
			SupportDefaults.DefaultCategory known = defaults.get(name);
			categories.add(new Category(UUID.nameUUIDFromBytes(name.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
					name, (known != null) ? known.description() : null, known != null && known.autoAllowed(),
					position++, (known != null) ? known.basePriority() : null));
		}
		return new TriageSetup("Maison Démo", categories,
				this.trainer.train(training).withCascade(this.settings.classifierCascade()),
				new KnowledgeIndex(knowledge), this.settings.autoThreshold(),
				Map.of("horaires", "du lundi au vendredi de 9 h à 18 h"), "fr");
	}

	public TriageResult triage(TriageSetup setup, @Nullable String subject, String body, String channel) {
		String text = this.normaliser.normalise(body, false);
		String detected = this.languages.detect(((subject != null) ? subject + "\n" : "") + text);
		String language = "und".equals(detected) ? setup.defaultLanguage() : detected;
		TriageRequest request = new TriageRequest(subject, text, channel, language, Map.of(), false, null, setup);
		return TriagePostProcessor.finish(this.engine.triage(request), request);
	}

}

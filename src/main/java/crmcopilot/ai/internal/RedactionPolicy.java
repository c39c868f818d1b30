package crmcopilot.ai.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import crmcopilot.workspace.PrivacyLevel;

/**
 * Decides what personal data leaves for a provider. Nothing is masked for a local
 * provider (unless {@code redactLocal}). For a cloud provider, a {@code PRIVATE}
 * workspace has emails, phones, IBANs, card numbers and the names of its known contacts
 * masked; a {@code SHARED_ANONYMISED} workspace has the same identifiers masked but names
 * kept, so that an answer may greet a customer by name.
 */
class RedactionPolicy {

	private final PatternPiiRedactor redactor;

	private final Function<UUID, PrivacyLevel> privacyLevels;

	private final Function<UUID, Collection<String>> knownNames;

	public RedactionPolicy(PatternPiiRedactor redactor, Function<UUID, PrivacyLevel> privacyLevels,
			Function<UUID, Collection<String>> knownNames) {
		this.redactor = redactor;
		this.privacyLevels = privacyLevels;
		this.knownNames = knownNames;
	}

	/**
	 * The variables to send, with their string values redacted when needed.
	 *
	 * @param redaction null when nothing was masked
	 */
	public record Prepared(Map<String, Object> variables, PiiRedactor.@Nullable Redaction redaction) {

		public boolean redacted() {
			return this.redaction != null;
		}

	}

	public Prepared prepare(UUID workspaceId, ProviderConfig provider, Map<String, ?> variables) {
		Map<String, Object> copy = new LinkedHashMap<>(variables);
		if (!provider.needsRedaction()) {
			return new Prepared(copy, null);
		}
		Collection<String> names = (this.privacyLevels.apply(workspaceId) == PrivacyLevel.PRIVATE)
				? this.knownNames.apply(workspaceId) : List.of();
		Map<String, String> texts = new LinkedHashMap<>();
		copy.forEach((name, value) -> {
			if (value instanceof String text) {
				texts.put(name, text);
			}
			else if (value instanceof Collection<?> items) {
				int index = 0;
				for (Object item : items) {
					texts.put(name + "#" + index++, String.valueOf(item));
				}
			}
		});
		PiiRedactor.Redaction redaction = this.redactor.redactAll(texts, names);
		copy.replaceAll((name, value) -> {
			if (value instanceof String) {
				return redaction.texts().get(name);
			}
			if (value instanceof Collection<?> items) {
				return java.util.stream.IntStream.range(0, items.size())
					.mapToObj((index) -> redaction.texts().get(name + "#" + index))
					.toList();
			}
			return value;
		});
		return new Prepared(copy, redaction);
	}

	public String reidentify(String text, PiiRedactor.@Nullable Redaction redaction) {
		return (redaction != null) ? this.redactor.reidentify(text, redaction) : text;
	}

	/**
	 * Masks emails, phones, IBANs and cards in a text of our own making (an error message
	 * that may quote an answer) before it is stored.
	 */
	public String scrub(@Nullable String text) {
		return (text != null) ? this.redactor.redact(text, List.of()).text() : "";
	}

	public String mask(String text, PiiRedactor.@Nullable Redaction redaction) {
		return (redaction != null) ? this.redactor.mask(text, redaction) : text;
	}

}

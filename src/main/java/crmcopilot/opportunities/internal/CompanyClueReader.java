package crmcopilot.opportunities.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import crmcopilot.crm.CompanyClues;

/**
 * The clues a draft gives about its company, for the CRM to find the account: the name
 * found, every e-mail address and the contact's phones in the text, the registry numbers
 * and the website.
 */
final class CompanyClueReader {

	/** The draft value holding the registry numbers found, separated by spaces. */
	static final String REGISTRY_NUMBERS = "registryNumbers";

	private CompanyClueReader() {
	}

	static CompanyClues read(String text, Map<String, String> values) {
		FoldedText folded = FoldedText.of(text);
		Set<String> emails = new LinkedHashSet<>();
		if (values.get("email") != null) {
			emails.add(values.get("email"));
		}
		ContactPoints.emails(folded).forEach((email) -> emails.add(email.address()));
		List<String> phones = new ArrayList<>();
		for (String key : List.of("phone", "accountPhone")) {
			if (values.get(key) != null) {
				phones.add(values.get(key));
			}
		}
		List<String> registries = (values.get(REGISTRY_NUMBERS) != null)
				? List.of(values.get(REGISTRY_NUMBERS).split("\\s+")) : RegistryNumbers.find(text);
		return new CompanyClues(values.get("accountName"), List.copyOf(emails), phones, registries,
				values.get("website"));
	}

}

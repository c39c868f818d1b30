package crmcopilot.opportunities.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import crmcopilot.opportunities.ExtractedField;
import crmcopilot.opportunities.ExtractionRequest;
import crmcopilot.opportunities.OpportunityExtraction;

import org.jspecify.annotations.Nullable;

/**
 * The offline engine of {@code extract-opportunity}: rules and dictionaries, no network,
 * a few milliseconds per document. Applies the business rules: stage Prospection, country
 * Sénégal unless stated or implied, lead source "Demande client spontanée" unless a
 * better one of the workspace's list shows, close date stated or creation + 7 days, name
 * {@code <Account> – <short object>}.
 */
public final class RuleBasedOpportunityExtractor {

	static final String STAGE = "Prospection";

	private static final Pattern WEBSITE = Pattern.compile(
			"(?i)\\b(?:https?://)?(?:www\\.)[a-z0-9-]+(?:\\.[a-z0-9-]+)+(?:/[\\w./-]*)?|\\bhttps?://[a-z0-9-]+(?:\\.[a-z0-9-]+)+(?:/[\\w./-]*)?");

	private static final Map<String, String> CURRENCY_BY_COUNTRY = Map.ofEntries(Map.entry("CM", "XAF"),
			Map.entry("GA", "XAF"), Map.entry("CG", "XAF"), Map.entry("TD", "XAF"), Map.entry("CF", "XAF"),
			Map.entry("GQ", "XAF"), Map.entry("FR", "EUR"), Map.entry("BE", "EUR"), Map.entry("MA", "MAD"),
			Map.entry("GN", "GNF"), Map.entry("NG", "NGN"), Map.entry("GH", "GHS"), Map.entry("KE", "KES"));

	public OpportunityExtraction extract(ExtractionRequest request) {
		String text = (request.text() != null) ? request.text() : "";
		LocalDate today = request.documentDate();
		FoldedText folded = FoldedText.of(text);
		List<ContactPoints.Email> emails = ContactPoints.emails(folded);

		List<Countries.Mention> mentions = Countries.mentions(folded);
		Optional<Countries.Mention> bestCountry = Countries.best(mentions);
		String iso = bestCountry.map((m) -> m.country().iso()).orElse("SN");
		ExtractedField country = bestCountry
			.map((m) -> new ExtractedField(m.country().name(),
					Math.min(0.95, 0.5 + Countries.evidence(mentions, iso) / 8), m.start(), m.end()))
			.orElse(ExtractedField.byDefault(Countries.DEFAULT, 0.6));
		ExtractedField city = mentions.stream()
			.filter((m) -> m.city() != null && m.country().iso().equals(iso))
			.findFirst()
			.map((m) -> new ExtractedField(m.city(), 0.7, m.start(), m.end()))
			.orElse(ExtractedField.absent());

		List<ContactPoints.Phone> phones = ContactPoints.phones(folded, iso);
		List<Amounts.Found> amounts = Amounts.all(folded, Countries.CENTRAL_AFRICA.contains(iso));
		phones.removeIf((p) -> amounts.stream().anyMatch((a) -> a.start() < p.end() && p.start() < a.end()));
		ExtractedField phone = phones.stream()
			.filter((p) -> p.role().equals("contact") && p.mobile())
			.findFirst()
			.or(() -> phones.stream().filter((p) -> p.role().equals("contact")).findFirst())
			.or(() -> phones.stream().filter((p) -> !p.role().equals("fax")).findFirst())
			.map((p) -> new ExtractedField(p.e164(), 0.9, p.start(), p.end()))
			.orElse(ExtractedField.absent());
		ExtractedField accountPhone = phones.stream()
			.filter((p) -> p.role().equals("account"))
			.findFirst()
			.map((p) -> new ExtractedField(p.e164(), 0.85, p.start(), p.end()))
			.orElse(ExtractedField.absent());

		ExtractedField email = emails.stream()
			.filter((e) -> !e.generic())
			.findFirst()
			.or(() -> emails.stream().findFirst())
			.map((e) -> new ExtractedField(e.address(), e.generic() ? 0.7 : 0.95, e.start(), e.end()))
			.orElse(ExtractedField.absent());

		Optional<PersonNames.Person> person = PersonNames.contact(folded, emails);
		ExtractedField firstName = person.filter((p) -> p.first() != null)
			.map((p) -> new ExtractedField(p.first(), confidence(p.score()), p.start(), p.end()))
			.orElse(ExtractedField.absent());
		ExtractedField lastName = person.filter((p) -> p.last() != null)
			.map((p) -> new ExtractedField(p.last(), confidence(p.score()), p.start(), p.end()))
			.orElse(ExtractedField.absent());
		ExtractedField title = PersonNames.title(folded, person.map(PersonNames.Person::start).orElse(-1))
			.map(RuleBasedOpportunityExtractor::field)
			.orElse(ExtractedField.absent());

		ExtractedField account = AccountNames.best(folded, emails, person.map(PersonNames.Person::full).orElse(null))
			.map(RuleBasedOpportunityExtractor::field)
			.orElse(ExtractedField.absent());

		ExtractedField closeDate = FrenchDates.closeDate(folded, today)
			.map((d) -> new ExtractedField(d.date().toString(), Math.min(0.95, 0.5 + d.score() / 6), d.start(),
					d.end()))
			.orElse(ExtractedField.byDefault(today.plusDays(7).toString(), 0.5));

		Optional<Amounts.Found> amount = amounts.stream()
			.max(java.util.Comparator.comparingDouble(Amounts.Found::score).thenComparing((f) -> -f.start()));
		ExtractedField amountField = amount
			.map((a) -> new ExtractedField(Amounts.plain(a.amount()), (a.currency() != null) ? 0.85 : 0.6, a.start(),
					a.end()))
			.orElse(ExtractedField.absent());
		ExtractedField currency = amount
			.map((a) -> (a.currency() != null) ? new ExtractedField(a.currency(), 0.85, a.start(), a.end())
					: ExtractedField.byDefault(CURRENCY_BY_COUNTRY.getOrDefault(iso, "XOF"), 0.5))
			.orElse(ExtractedField.absent());

		FoldedText cueText = (account.value() != null) ? folded.masked(account.value()) : folded;
		ExtractedField type = Cues.best(Cues.TYPES, cueText, List.of())
			.map((hit) -> new ExtractedField(hit.value(), Math.min(0.9, 0.45 + hit.weight() / 10), hit.start(),
					hit.end()))
			.orElse(ExtractedField.byDefault(Cues.DIRECT_SALE, 0.4));
		List<String> sources = request.leadSources().isEmpty() ? ExtractionRequest.DEFAULT_LEAD_SOURCES
				: request.leadSources();
		String defaultSource = sources.contains(Cues.SPONTANEOUS) ? Cues.SPONTANEOUS : sources.get(sources.size() - 1);
		ExtractedField leadSource = Cues.best(Cues.LEAD_SOURCES, cueText, sources)
			.or(() -> Cues.literal(cueText, sources))
			.map((hit) -> new ExtractedField(hit.value(), Math.min(0.9, 0.5 + hit.weight() / 10), hit.start(),
					hit.end()))
			.orElse(ExtractedField.byDefault(defaultSource, 0.6));

		Optional<ExtractedSpan> subject = Subjects.shortObject(folded);
		String objectText = subject.map(ExtractedSpan::value).orElse(type.value());
		String accountText = account.value();
		String name = (accountText != null) ? accountText + " – " + objectText : objectText;
		ExtractedField opportunityName = new ExtractedField(name,
				Math.min(account.present() ? account.confidence() : 0.3, subject.isPresent() ? 0.7 : 0.4),
				subject.map(ExtractedSpan::start).orElse(-1), subject.map(ExtractedSpan::end).orElse(-1));

		ExtractedField description = field(Subjects.description(folded));
		ExtractedField nextStep = Subjects.nextStep(folded)
			.map(RuleBasedOpportunityExtractor::field)
			.orElse(ExtractedField.absent());
		ExtractedField industry = Cues.best(Cues.INDUSTRIES, folded, List.of())
			.map((hit) -> new ExtractedField(hit.value(), Math.min(0.8, 0.4 + hit.weight() / 10), hit.start(),
					hit.end()))
			.orElse(ExtractedField.absent());
		ExtractedField website = website(folded);
		ExtractedField stage = ExtractedField.byDefault(STAGE, 1.0);

		double overall = (account.confidence() + closeDate.confidence() + type.confidence() + leadSource.confidence()
				+ country.confidence() + Math.max(firstName.confidence(), lastName.confidence())) / 6;
		return new OpportunityExtraction(opportunityName, account, closeDate, stage, country, leadSource, type,
				amountField, currency, description, nextStep, city, industry, website, accountPhone, firstName,
				lastName, title, email, phone, Math.round(overall * 100) / 100.0);
	}

	private static ExtractedField website(FoldedText text) {
		Matcher m = WEBSITE.matcher(text.original());
		if (m.find()) {
			return new ExtractedField(m.group(), 0.9, m.start(), m.end());
		}
		return ExtractedField.absent();
	}

	private static double confidence(double score) {
		return Math.min(0.95, 0.35 + score / 7);
	}

	private static ExtractedField field(@Nullable ExtractedSpan span) {
		if (span == null) {
			return ExtractedField.absent();
		}
		return new ExtractedField(span.value(), span.confidence(), span.start(), span.end());
	}

}

package crmcopilot.campaigns.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The persona card fields, in the original order, from the statistics table. */
final class PersonaCards {

	private PersonaCards() {
	}

	public static List<Persona.CardField> card(SegmentProfile profile, String language) {
		boolean en = PersonaLanguage.english(language);
		String na = en ? "not available" : "non disponible";
		List<Persona.CardField> fields = new ArrayList<>();
		fields.add(new Persona.CardField("campaigns.card.age",
				profile.numeric("age").map((s) -> Math.round(s.mean()) + (en ? " years" : " ans")).orElse(na)));
		fields.add(new Persona.CardField("campaigns.card.family", mode(profile, "family", na)));
		fields.add(new Persona.CardField("campaigns.card.income",
				profile.numeric("income").map((s) -> euros(s.mean()) + (en ? " / year" : " / an")).orElse(na)));
		fields.add(new Persona.CardField("campaigns.card.basket",
				profile.numeric("basket").map((s) -> euros(s.mean())).orElse(na)));
		fields.add(new Persona.CardField("campaigns.card.csp", mode(profile, "csp", na)));
		fields.add(new Persona.CardField("campaigns.card.channel", mode(profile, "channel", na)));
		fields.add(new Persona.CardField("campaigns.card.zone", mode(profile, "zone", na)));
		fields.add(new Persona.CardField("campaigns.card.housing", mode(profile, "housing", na)));
		return fields;
	}

	private static String mode(SegmentProfile profile, String feature, String na) {
		return profile.mode(feature).map((c) -> c.value() + " (" + PersonaWriter.pct(c.share()) + " %)").orElse(na);
	}

	static String euros(double value) {
		return String.format(Locale.FRANCE, "%,d €", Math.round(value)).replace('\u202f', ' ').replace('\u00a0', ' ');
	}

}

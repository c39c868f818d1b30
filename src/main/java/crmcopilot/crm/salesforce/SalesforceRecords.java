package crmcopilot.crm.salesforce;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import crmcopilot.crm.Account;
import crmcopilot.crm.Contact;
import crmcopilot.crm.Opportunity;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Local records in Salesforce's shape: one composite graph upserting the account, the
 * contact and the opportunity by external id (plus the contact role), and the reading of
 * its answer.
 */
class SalesforceRecords {

	static final String CURRENCY_FIELD = "CurrencyIsoCode";

	/**
	 * Picklists read from the Opportunity describe; {@code CurrencyIsoCode} exists only
	 * in multi-currency orgs.
	 */
	static final List<String> PICKLISTS = List.of("StageName", "LeadSource", "Type", CURRENCY_FIELD);

	/** Kept with the picklists: the org's default (corporate) currency. */
	static final String DEFAULT_CURRENCY = "DefaultCurrencyIsoCode";

	static final String DEFAULT_CONTACT_ROLE = "Decision Maker";

	private final SalesforceSettings settings;

	SalesforceRecords(SalesforceSettings settings) {
		this.settings = settings;
	}

	/**
	 * What Salesforce answered to a graph.
	 *
	 * @param ids Salesforce ids by reference ({@code account}, {@code contact},
	 * {@code opportunity})
	 * @param refusal the first real error (not PROCESSING_HALTED when there is another)
	 * @param duplicateOf the reference Salesforce found a duplicate of
	 */
	record GraphOutcome(boolean successful, Map<String, String> ids, @Nullable SalesforceError refusal,
			@Nullable String duplicateOf) {
	}

	GraphOutcome outcome(JsonNode result) {
		Map<String, String> ids = new LinkedHashMap<>();
		SalesforceError refusal = null;
		String duplicateOf = null;
		for (JsonNode step : result.path("graphResponse").path("compositeResponse")) {
			String reference = step.path("referenceId").asString("");
			JsonNode body = step.path("body");
			if (step.path("httpStatusCode").asInt(0) < 300) {
				if (body.hasNonNull("id")) {
					ids.put(reference, body.get("id").asString());
				}
				continue;
			}
			JsonNode error = body.isArray() ? body.path(0) : body;
			String code = error.path("errorCode").asString("UNKNOWN_ERROR");
			if (code.equals("PROCESSING_HALTED") && refusal != null) {
				continue;
			}
			if (refusal == null || refusal.errorCode().equals("PROCESSING_HALTED")) {
				String duplicateId = null;
				if (code.equals("DUPLICATES_DETECTED")) {
					duplicateId = error.path("duplicateResult")
						.path("matchResults")
						.path(0)
						.path("matchRecords")
						.path(0)
						.path("record")
						.path("Id")
						.asString(null);
					duplicateOf = reference;
				}
				String fields = error.has("fields") ? " " + error.get("fields").toString() : "";
				refusal = new SalesforceError(code, step.path("httpStatusCode").asInt(400),
						label(reference) + ": " + error.path("message").asString("refused") + fields, duplicateId);
			}
		}
		return new GraphOutcome(result.path("isSuccessful").asBoolean(false), ids, refusal, duplicateOf);
	}

	private static String label(String reference) {
		return switch (reference) {
			case "account" -> "Account";
			case "contact" -> "Contact";
			case "opportunity" -> "Opportunity";
			case "contactRole" -> "OpportunityContactRole";
			default -> reference;
		};
	}

	Map<String, Object> graph(Opportunity opportunity, @Nullable Account account, @Nullable Contact contact,
			Map<String, List<String>> picklists) {
		String base = "/services/data/" + this.settings.apiVersion() + "/sobjects/";
		String external = this.settings.externalIdField();
		List<Map<String, Object>> steps = new ArrayList<>();
		Object accountRef = null;
		if (account != null) {
			if (account.salesforceId() != null) {
				accountRef = account.salesforceId();
			}
			else {
				Map<String, Object> body = new LinkedHashMap<>();
				body.put("Name", account.name());
				putIf(body, "BillingCountry", account.country());
				putIf(body, "BillingCity", account.city());
				putIf(body, "Industry", account.industry());
				putIf(body, "Website", account.website());
				putIf(body, "Phone", account.phone());
				steps.add(step(base + "Account/" + external + "/" + account.id(), "account", body));
				accountRef = "@{account.id}";
			}
		}
		if (contact != null && contact.salesforceId() == null) {
			Map<String, Object> body = new LinkedHashMap<>();
			putIf(body, "FirstName", contact.firstName());
			String last = (contact.lastName() != null) ? contact.lastName()
					: (contact.fullName().isEmpty() ? null : contact.fullName());
			putIf(body, "LastName", last);
			putIf(body, "Title", contact.title());
			putIf(body, "Email", contact.email());
			putIf(body, "Phone", contact.phone());
			putIf(body, "AccountId", accountRef);
			steps.add(step(base + "Contact/" + external + "/" + contact.id(), "contact", body));
		}
		steps.add(step(base + "Opportunity/" + external + "/" + opportunity.id(), "opportunity",
				opportunityBody(opportunity, accountRef, picklists)));
		if (contact != null && opportunity.salesforceId() == null) {
			// the role has no external id to upsert by: created with the opportunity's
			// first push only
			Map<String, Object> role = new LinkedHashMap<>();
			role.put("OpportunityId", "@{opportunity.id}");
			role.put("ContactId", (contact.salesforceId() != null) ? contact.salesforceId() : "@{contact.id}");
			role.put("Role", (opportunity.contactRole() != null && !opportunity.contactRole().isBlank())
					? opportunity.contactRole() : DEFAULT_CONTACT_ROLE);
			role.put("IsPrimary", true);
			Map<String, Object> create = new LinkedHashMap<>();
			create.put("method", "POST");
			create.put("url", base + "OpportunityContactRole");
			create.put("referenceId", "contactRole");
			create.put("body", role);
			steps.add(create);
		}
		return Map.of("graphs", List.of(Map.of("graphId", "push", "compositeRequest", steps)));
	}

	private static Map<String, Object> opportunityBody(Opportunity opportunity, @Nullable Object accountRef,
			Map<String, List<String>> picklists) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("Name", opportunity.name());
		String stage = picklist(picklists, "StageName", opportunity.stage());
		if (stage == null && picklists.containsKey("StageName") && !picklists.get("StageName").isEmpty()) {
			stage = picklists.get("StageName").get(0);
		}
		putIf(body, "StageName", stage);
		body.put("CloseDate", opportunity.closeDate().toString());
		putIf(body, "Type", picklist(picklists, "Type", opportunity.type()));
		putIf(body, "LeadSource", picklist(picklists, "LeadSource", opportunity.leadSource()));
		putIf(body, "Amount", opportunity.amount());
		String description = opportunity.description();
		if (opportunity.amount() != null && opportunity.currency() != null) {
			String money = "Montant : " + BigDecimal.valueOf(opportunity.amount()).stripTrailingZeros().toPlainString()
					+ " " + opportunity.currency();
			description = (description != null) ? description + "\n" + money : money;
		}
		putIf(body, "Description", description);
		putIf(body, "NextStep", opportunity.nextStep());
		putIf(body, "AccountId", accountRef);
		List<String> currencies = picklists.get(CURRENCY_FIELD);
		if (currencies != null && opportunity.currency() != null && currencies.contains(opportunity.currency())) {
			body.put(CURRENCY_FIELD, opportunity.currency());
		}
		return body;
	}

	/**
	 * Why the opportunity's currency does not reach Salesforce, when it does not: a
	 * multi-currency org without that currency active, or a single-currency org whose
	 * currency differs (the amount is then sent as is, the currency stays in the
	 * description). Null when the currency is sent or the same.
	 */
	static @Nullable String currencyWarning(Opportunity opportunity, Map<String, List<String>> picklists) {
		String currency = opportunity.currency();
		if (currency == null || currency.isBlank()) {
			return null;
		}
		List<String> active = picklists.get(CURRENCY_FIELD);
		if (active != null) {
			return active.contains(currency) ? null
					: "currency " + currency + " is not active in the Salesforce org (active: "
							+ String.join(", ", active)
							+ "): CurrencyIsoCode not sent, Salesforce applies its default currency";
		}
		List<String> orgDefault = picklists.get(DEFAULT_CURRENCY);
		if (orgDefault != null && !orgDefault.isEmpty() && !orgDefault.get(0).equalsIgnoreCase(currency)) {
			return "the Salesforce org has a single currency, " + orgDefault.get(0) + ", and this opportunity is in "
					+ currency + ": the amount is sent unconverted and the currency is kept in the description";
		}
		return null;
	}

	/**
	 * The org's value matching ours (same value or label, ignoring case and accents);
	 * null when none.
	 */
	static @Nullable String picklist(Map<String, List<String>> picklists, String field, @Nullable String value) {
		if (value == null) {
			return null;
		}
		List<String> allowed = picklists.get(field);
		if (allowed == null || allowed.isEmpty()) {
			return value;
		}
		String key = fold(value);
		return allowed.stream().filter((candidate) -> fold(candidate).equals(key)).findFirst().orElse(null);
	}

	private static String fold(String value) {
		return Normalizer.normalize(value, Normalizer.Form.NFD)
			.replaceAll("\\p{M}+", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", " ")
			.trim();
	}

	private static Map<String, Object> step(String url, String reference, Map<String, Object> body) {
		Map<String, Object> step = new LinkedHashMap<>();
		step.put("method", "PATCH");
		step.put("url", url);
		step.put("referenceId", reference);
		step.put("body", body);
		return step;
	}

	private static void putIf(Map<String, Object> body, String key, @Nullable Object value) {
		if (value != null && !(value instanceof String text && text.isBlank())) {
			body.put(key, value);
		}
	}

}

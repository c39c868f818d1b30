package crmcopilot.campaigns;

import java.util.List;

/**
 * What a customer column means for the segmentation, with the column names recognised
 * automatically (lower case, accents removed).
 */
public enum ColumnRole {

	CUSTOMER_ID(Kind.ID, "client_id", "customer_id", "id", "id_client", "numero_client"),
	BIRTH_DATE(Kind.DATE, "date_naissance", "birth_date", "birthdate", "date_of_birth", "ne_le"),
	BIRTH_YEAR(Kind.NUMERIC, "annee_naissance", "year_birth", "birth_year"), AGE(Kind.NUMERIC, "age"),
	GENDER(Kind.CATEGORICAL, "civilite", "genre", "sexe", "gender"),
	INCOME(Kind.NUMERIC, "revenu_moyen", "revenu", "revenus", "income", "household_income"),
	CSP(Kind.CATEGORICAL, "csp", "pcs", "categorie_socio_professionnelle", "occupation"),
	OWNER(Kind.CATEGORICAL, "proprietaire", "owner", "homeowner"),
	HOUSING(Kind.CATEGORICAL, "type_logement", "logement", "housing", "housing_type"),
	ZONE(Kind.CATEGORICAL, "zone_habitation", "zone", "urbanite", "area_type"),
	FAMILY(Kind.CATEGORICAL, "situation_familiale", "marital_status", "family_status"),
	CHILDREN(Kind.NUMERIC, "nb_enfants", "enfants", "children", "kidhome"),
	HOUSEHOLD_SIZE(Kind.NUMERIC, "taille_foyer", "household_size", "foyer"),
	CHANNEL(Kind.CATEGORICAL, "canal_achat", "canal", "channel", "canal_prefere"),
	ORDERS(Kind.NUMERIC, "nb_commandes_12m", "nb_commandes", "commandes", "orders", "frequency"),
	SPEND(Kind.NUMERIC, "montant_12m", "montant", "ca_12m", "spend", "total_spend", "monetary"),
	LAST_ORDER(Kind.DATE, "derniere_commande", "date_derniere_commande", "last_order", "last_purchase"),
	RECENCY(Kind.NUMERIC, "recence", "recency", "jours_depuis_achat");

	/** How a role is used. */
	public enum Kind {

		ID, DATE, NUMERIC, CATEGORICAL

	}

	private final Kind kind;

	private final List<String> names;

	ColumnRole(Kind kind, String... names) {
		this.kind = kind;
		this.names = List.of(names);
	}

	public Kind kind() {
		return this.kind;
	}

	public List<String> names() {
		return this.names;
	}

	/** Message key of the role's label. */
	public String labelKey() {
		return "campaigns.role." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

}

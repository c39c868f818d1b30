package crmcopilot.crm.source;

import java.sql.Date;
import java.util.List;

import crmcopilot.crm.CustomerSources;
import crmcopilot.workspace.WorkspaceCreated;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Fills the demo tables {@code demo_seg_client} and {@code demo_seg_client_enrichi} for
 * the demo workspace (fixed seed) and registers them as its customer source.
 */
@Component
class DemoCustomerTables {

	static final long SEED = 2024;

	private static final Logger log = LoggerFactory.getLogger(DemoCustomerTables.class);

	private final JdbcTemplate jdbc;

	private final CustomerSources sources;

	private final CrmSourceSettings settings;

	DemoCustomerTables(JdbcTemplate jdbc, CustomerSources sources, CrmSourceSettings settings) {
		this.jdbc = jdbc;
		this.sources = sources;
		this.settings = settings;
	}

	@ApplicationModuleListener
	void on(WorkspaceCreated event) {
		if (event.demo()) {
			fill(event.workspaceId());
		}
	}

	void fill(java.util.UUID workspaceId) {
		Integer existing = this.jdbc.queryForObject("SELECT COUNT(*) FROM demo_seg_client WHERE workspace_id = ?",
				Integer.class, workspaceId);
		if (existing != null && existing > 0) {
			return;
		}
		long start = System.nanoTime();
		List<DemoCustomerGenerator.Customer> customers = DemoCustomerGenerator.generate(this.settings.demoCustomers(),
				SEED);
		this.jdbc.batchUpdate("INSERT INTO demo_seg_client (workspace_id, client_id, civilite, date_naissance, "
				+ "code_postal, zone_habitation, canal_achat, nb_commandes_12m, montant_12m, derniere_commande, "
				+ "anciennete_mois, newsletter) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", customers, 500,
				(ps, c) -> {
					ps.setObject(1, workspaceId);
					ps.setString(2, c.clientId());
					ps.setString(3, c.civilite());
					ps.setDate(4, Date.valueOf(c.dateNaissance()));
					ps.setString(5, c.codePostal());
					ps.setString(6, c.zone());
					ps.setString(7, c.canal());
					ps.setLong(8, c.commandes());
					ps.setDouble(9, c.montant());
					ps.setDate(10, (c.derniereCommande() != null) ? Date.valueOf(c.derniereCommande()) : null);
					ps.setLong(11, c.ancienneteMois());
					ps.setBoolean(12, c.newsletter());
				});
		this.jdbc.batchUpdate("INSERT INTO demo_seg_client_enrichi (workspace_id, client_id, csp, revenu_moyen, "
				+ "proprietaire, type_logement, situation_familiale, nb_enfants, taille_foyer) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", customers, 500, (ps, c) -> {
					ps.setObject(1, workspaceId);
					ps.setString(2, c.clientId());
					ps.setString(3, c.csp());
					ps.setObject(4, c.revenu());
					ps.setBoolean(5, c.proprietaire());
					ps.setString(6, c.logement());
					ps.setString(7, c.situation());
					ps.setLong(8, c.enfants());
					ps.setLong(9, c.tailleFoyer());
				});
		this.sources.demo(workspaceId);
		log.info("Demo CRM tables filled with {} customers in {} ms", customers.size(),
				(System.nanoTime() - start) / 1_000_000);
	}

}

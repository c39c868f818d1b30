package crmcopilot.crm.source;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./copilot crm demo-data --output-dir dir}: writes the two demo tables as CSV
 * files ({@code demo_seg_client.csv}, {@code demo_seg_client_enrichi.csv}), the same
 * customers the demo workspace gets.
 */
@Component("cli.crm.demo-data")
@Command(name = "demo-data", description = "Write the demo customer tables as CSV files")
class DemoDataCommand implements Callable<Integer> {

	@Option(names = "--output-dir", required = true)
	Path outputDir;

	@Option(names = "--customers", defaultValue = "5000")
	int customers;

	@Override
	public Integer call() throws IOException {
		if (this.customers < 1) {
			throw new IllegalArgumentException("--customers must be at least 1");
		}
		Files.createDirectories(this.outputDir);
		List<DemoCustomerGenerator.Customer> rows = DemoCustomerGenerator.generate(this.customers,
				DemoCustomerTables.SEED);
		try (Writer writer = Files.newBufferedWriter(this.outputDir.resolve("demo_seg_client.csv"),
				StandardCharsets.UTF_8);
				CSVPrinter csv = CSVFormat.DEFAULT.builder()
					.setHeader("client_id", "civilite", "date_naissance", "code_postal", "zone_habitation",
							"canal_achat", "nb_commandes_12m", "montant_12m", "derniere_commande", "anciennete_mois",
							"newsletter")
					.get()
					.print(writer)) {
			for (DemoCustomerGenerator.Customer c : rows) {
				csv.printRecord(c.clientId(), c.civilite(), c.dateNaissance(), c.codePostal(), c.zone(), c.canal(),
						c.commandes(), c.montant(), c.derniereCommande(), c.ancienneteMois(), c.newsletter());
			}
		}
		try (Writer writer = Files.newBufferedWriter(this.outputDir.resolve("demo_seg_client_enrichi.csv"),
				StandardCharsets.UTF_8);
				CSVPrinter csv = CSVFormat.DEFAULT.builder()
					.setHeader("client_id", "csp", "revenu_moyen", "proprietaire", "type_logement",
							"situation_familiale", "nb_enfants", "taille_foyer")
					.get()
					.print(writer)) {
			for (DemoCustomerGenerator.Customer c : rows) {
				csv.printRecord(c.clientId(), c.csp(), c.revenu(), c.proprietaire(), c.logement(), c.situation(),
						c.enfants(), c.tailleFoyer());
			}
		}
		System.out.printf("customers=%d files=2 dir=%s%n", rows.size(), this.outputDir);
		return 0;
	}

}

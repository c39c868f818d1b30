package crmcopilot.crm.accounts;

import java.time.LocalDate;

import crmcopilot.crm.Account;
import crmcopilot.crm.AccountDirectory;
import crmcopilot.crm.Contact;
import crmcopilot.workspace.WorkspaceCreated;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A few accounts, contacts and opportunities in the demo workspace (fixed data). */
@Component
class AccountDemoData {

	private final AccountDirectory directory;

	AccountDemoData(AccountDirectory directory) {
		this.directory = directory;
	}

	@ApplicationModuleListener
	void on(WorkspaceCreated event) {
		if (!event.demo()) {
			return;
		}
		var ws = event.workspaceId();
		LocalDate base = LocalDate.of(2026, 12, 1);
		Account sonatel = this.directory.createAccount(ws, new AccountDirectory.NewAccount("Sonatel", "Sénégal",
				"Dakar", "Télécommunications", "https://www.sonatel.sn", "+221338391200"));
		Contact awa = this.directory.createContact(ws, new AccountDirectory.NewContact(sonatel.id(), "Awa", "Ndiaye",
				"DSI", "awa.ndiaye@sonatel.example", "+221771234567"));
		this.directory.createOpportunity(ws,
				new AccountDirectory.NewOpportunity(sonatel.id(), awa.id(),
						"Sonatel – Renouvellement licences Microsoft 365", "Prospection", base.plusDays(45),
						"Renouvellement hors contrat", "Demande client spontanée", "Sénégal", 45_000_000.0, "XOF",
						"800 postes, licences arrivant à expiration.", null, "demo"));
		Account diallo = this.directory.createAccount(ws, new AccountDirectory.NewAccount("Transports Diallo SARL",
				"Sénégal", "Thiès", "Transport et logistique", null, "+221338691234"));
		Contact moussa = this.directory.createContact(ws, new AccountDirectory.NewContact(diallo.id(), "Moussa", "Diop",
				"Responsable achats", "m.diop@transports-diallo.example", null));
		this.directory.createOpportunity(ws, new AccountDirectory.NewOpportunity(diallo.id(), moussa.id(),
				"Transports Diallo SARL – 40 ordinateurs portables", "Prospection", base.plusDays(10), "Vente directe",
				"Prospection commerciale", "Sénégal", null, null, null, "Envoyer le devis", "demo"));
		Account ivoire = this.directory.createAccount(ws, new AccountDirectory.NewAccount("Ivoire Logistique SA",
				"Côte d'Ivoire", "Abidjan", "Transport et logistique", null, null));
		Contact kouassi = this.directory.createContact(ws, new AccountDirectory.NewContact(ivoire.id(), "Kouassi",
				"Yao", "Directeur général", "kouassi.yao@ivoirelogistique.example", "+2250708091011"));
		this.directory.createOpportunity(ws,
				new AccountDirectory.NewOpportunity(ivoire.id(), kouassi.id(),
						"Ivoire Logistique SA – Contrat de maintenance", "Prospection", base.plusDays(30),
						"Contrat de maintenance", "Salon / Événement", "Côte d'Ivoire", 18_000_000.0, "XOF", null, null,
						"demo"));
	}

}

package crmcopilot.audit.cli;

import java.util.List;
import java.util.concurrent.Callable;

import crmcopilot.audit.AuditJournal;

import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;

/** {@code ./copilot audit verify}: exit 0 when every chain holds, 1 otherwise. */
@Component("cli.audit.verify")
@Command(name = "verify", description = "Check every workspace's audit hash chain and report the first broken link")
class AuditVerifyCommand implements Callable<Integer> {

	private final AuditJournal journal;

	AuditVerifyCommand(AuditJournal journal) {
		this.journal = journal;
	}

	@Override
	public Integer call() {
		List<AuditJournal.ChainReport> reports = this.journal.verify();
		long entries = 0;
		int broken = 0;
		for (AuditJournal.ChainReport report : reports) {
			entries += report.entries();
			if (report.intact()) {
				System.out.printf("workspace %s: %d entries, chain intact%n", report.workspaceId(), report.entries());
			}
			else {
				broken++;
				String where = (report.firstBrokenSeq() != null) ? " at seq " + report.firstBrokenSeq() : "";
				System.out.printf("workspace %s: %d entries, BROKEN%s: %s%n", report.workspaceId(), report.entries(),
						where, report.problem());
			}
		}
		System.out.printf("chains=%d entries=%d broken=%d%n", reports.size(), entries, broken);
		return (broken == 0) ? 0 : 1;
	}

}

package crmcopilot.audit.internal;

import java.time.Duration;
import java.util.List;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import crmcopilot.audit.AuditJournal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Checks every chain each night, so tampering shows up in the logs and health, and links
 * entries whose after-commit chaining did not happen (a crash right after the commit).
 */
@Configuration(proxyBeanMethods = false)
class AuditVerificationTask {

	private static final Logger log = LoggerFactory.getLogger(AuditVerificationTask.class);

	@Bean
	RecurringTask<Void> auditChainVerification(AuditJournal journal, AuditChainHealth health) {
		return Tasks.recurring("audit-chain-verification", Schedules.cron("0 30 3 * * *"))
			.execute((instance, context) -> {
				List<AuditJournal.ChainReport> reports = journal.verify();
				health.update(reports);
				reports.stream()
					.filter((report) -> !report.intact())
					.forEach((report) -> log.error("Audit chain of workspace {} broken at seq {}: {}",
							report.workspaceId(), report.firstBrokenSeq(), report.problem()));
			});
	}

	@Bean
	RecurringTask<Void> auditChaining(AuditChainer chainer) {
		return Tasks.recurring("audit-chaining", Schedules.fixedDelay(Duration.ofMinutes(1)))
			.execute((instance, context) -> {
				int linked = chainer.chainPending();
				if (linked > 0) {
					log.info("Chained {} audit entries left unchained after their commit", linked);
				}
			});
	}

}

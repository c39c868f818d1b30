package crmcopilot.learning.cli;

import java.util.concurrent.Callable;

import crmcopilot.learning.internal.worker.LearningWorker;

import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./copilot learning worker --once}: one pass of the nightly worker. */
@Component("cli.learning.worker")
@Command(name = "worker", mixinStandardHelpOptions = true,
		description = "Trains due merchants, aggregates, runs crawler jobs and auto-deploys, once.")
class LearningWorkerCommand implements Callable<Integer> {

	private final LearningWorker worker;

	@Option(names = "--once", required = true, description = "run one pass and exit")
	boolean once;

	LearningWorkerCommand(LearningWorker worker) {
		this.worker = worker;
	}

	@Override
	public Integer call() {
		LearningWorker.Report report = this.worker.runOnce();
		report.failures().forEach((failure) -> System.out.println("failure: " + failure));
		System.out.println(report.summary());
		return report.failures().isEmpty() ? 0 : 1;
	}

}

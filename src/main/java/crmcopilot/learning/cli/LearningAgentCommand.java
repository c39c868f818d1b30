package crmcopilot.learning.cli;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./copilot learning agent}: the merchant-side federated agent. */
@Component("cli.learning.agent")
@Command(name = "agent", mixinStandardHelpOptions = true,
		description = "Pulls the global model, trains on a local CSV and sends back only the weights and example count.")
class LearningAgentCommand implements Callable<Integer> {

	@Option(names = "--server", required = true, description = "the platform's base URL")
	String server;

	@Option(names = "--token", required = true, description = "merchant agent token")
	String token;

	@Option(names = "--data", required = true, description = "the merchant's CSV (never sent)")
	Path data;

	@Option(names = "--label", required = true, description = "label column (1 = positive)")
	String label;

	@Option(names = "--rounds", defaultValue = "1", description = "rounds to take part in")
	int rounds;

	@Option(names = "--secure-aggregation",
			description = "send updates only masked (secure aggregation), also when the platform takes them in the clear")
	boolean secureAggregation;

	@Option(names = "--timeout-seconds", defaultValue = "300", description = "give up waiting for a round after this")
	long timeoutSeconds;

	@Override
	public Integer call() throws Exception {
		if (this.rounds < 1) {
			throw new IllegalArgumentException("--rounds must be at least 1");
		}
		URI base;
		try {
			base = URI.create(this.server.endsWith("/") ? this.server : this.server + "/");
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("--server is not a URL: " + this.server);
		}
		FederatedAgent.Result result = new FederatedAgent(base, this.token, this.secureAggregation).run(this.data,
				this.label, this.rounds, Duration.ofSeconds(this.timeoutSeconds));
		System.out.println("rounds_sent=%d last_version=%d examples=%d".formatted(result.roundsSent(),
				result.lastVersion(), result.examples()));
		return 0;
	}

}

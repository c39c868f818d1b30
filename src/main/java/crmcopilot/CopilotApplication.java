package crmcopilot;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * crm-copilot: one service, five copilots over customer relations. Started without
 * arguments (or with {@code serve}) it runs the web server; any other first argument is a
 * batch command run by {@link CopilotCli} without the web server.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableAsync
public class CopilotApplication {

	public static void main(String[] args) {
		if (args.length == 0 || "serve".equals(args[0])) {
			String[] serverArgs = (args.length == 0) ? args : Arrays.copyOfRange(args, 1, args.length);
			SpringApplication.run(CopilotApplication.class, serverArgs);
			return;
		}
		System.exit(CopilotCli.run(args));
	}

}

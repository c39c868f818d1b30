package crmcopilot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./copilot docs config}: regenerates the configuration table of the README from
 * the settings records' metadata and the property files; {@code --check} only says
 * whether it is up to date (exit 1 when stale).
 */
@Component("cli.docs.config")
@Command(name = "config", description = "Regenerate the README's configuration table from the settings records")
class ConfigurationDocsCommand implements Callable<Integer> {

	@Option(names = "--readme", defaultValue = "README.md", description = "the README to update")
	Path readme;

	@Option(names = "--check", description = "do not write; exit 1 when the table is stale")
	boolean check;

	@Override
	public Integer call() throws IOException {
		String current = Files.readString(this.readme, StandardCharsets.UTF_8);
		String updated = ConfigurationReference.fromClasspath().applyTo(current);
		if (updated.equals(current)) {
			System.out.println("configuration table up to date: " + this.readme);
			return 0;
		}
		if (this.check) {
			System.out.println("configuration table stale: " + this.readme + " (run ./copilot docs config)");
			return 1;
		}
		Files.writeString(this.readme, updated, StandardCharsets.UTF_8);
		System.out.println("configuration table written: " + this.readme);
		return 0;
	}

}

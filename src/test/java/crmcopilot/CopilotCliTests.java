package crmcopilot;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;

import crmcopilot.shared.CsvLimits;
import crmcopilot.shared.CsvReader;
import crmcopilot.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import static org.assertj.core.api.Assertions.assertThat;

class CopilotCliTests {

	@Test
	void should_exit_2_with_the_message_when_a_command_refuses_its_input() {
		Run run = execute(() -> {
			throw new InvalidInputException("from", "period.order", new Object[0], "from must not be after to");
		});

		assertThat(run.exitCode()).isEqualTo(CopilotCli.BAD_INPUT);
		assertThat(run.err()).isEqualTo("error: from must not be after to" + System.lineSeparator());
	}

	@Test
	void should_exit_2_with_the_message_when_a_csv_file_cannot_be_read() {
		Run run = execute(() -> {
			try (CsvReader reader = CsvReader.open(new ByteArrayInputStream(new byte[0]), "file", CsvLimits.DEFAULT)) {
				return reader.header().size();
			}
		});

		assertThat(run.exitCode()).isEqualTo(CopilotCli.BAD_INPUT);
		assertThat(run.err()).startsWith("error: ").doesNotContain("Exception");
	}

	@Test
	void should_exit_1_naming_the_failure_when_a_command_breaks() {
		Run run = execute(() -> {
			throw new IllegalStateException("database gone");
		});

		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.err()).contains("IllegalStateException").contains("database gone");
	}

	private static Run execute(Callable<Integer> body) {
		CommandLine commandLine = new CommandLine(new Failing(body));
		StringWriter err = new StringWriter();
		commandLine.setErr(new PrintWriter(err, true));
		commandLine.setExecutionExceptionHandler(CopilotCli::reportFailure);
		int exitCode = commandLine.execute();
		return new Run(exitCode, err.toString());
	}

	record Run(int exitCode, String err) {
	}

	@Command(name = "failing")
	record Failing(Callable<Integer> body) implements Callable<Integer> {

		@Override
		public Integer call() throws Exception {
			return this.body.call();
		}

	}

}

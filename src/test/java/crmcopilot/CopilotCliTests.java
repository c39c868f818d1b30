package crmcopilot;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

	@Test
	void should_run_commands_with_jvm_options_that_let_native_libraries_load_without_a_warning() throws Exception {
		List<String> options = new String(new ProcessBuilder("bash", "copilot", "jvm-options").redirectErrorStream(true)
			.start()
			.getInputStream()
			.readAllBytes(), StandardCharsets.UTF_8).lines().toList();

		assertThat(options).contains("--enable-native-access=ALL-UNNAMED");
		assertThat(probe(options)).doesNotContain("WARNING:");
		if (Runtime.version().feature() >= 24) {
			// the probe does what JNA, Lingua and ONNX do: without the option, the JVM
			// warns
			assertThat(probe(List.of())).contains("WARNING: A restricted method");
		}
	}

	// a JVM started with the options loads a native library as JNA and ONNX Runtime do
	private static String probe(List<String> options) throws Exception {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(options.stream().filter((option) -> option.startsWith("--")).toList());
		command.addAll(List.of("-cp",
				Path.of(NativeLibraryProbe.class.getProtectionDomain().getCodeSource().getLocation().toURI())
					.toString(),
				NativeLibraryProbe.class.getName()));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor()).as(output).isZero();
		return output;
	}

	/**
	 * Loads one of the JDK's own native libraries from the class path's unnamed module.
	 */
	static final class NativeLibraryProbe {

		public static void main(String[] args) {
			String library = System.mapLibraryName("net");
			System.load(Path.of(System.getProperty("java.home"), "lib", library).toString());
		}

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

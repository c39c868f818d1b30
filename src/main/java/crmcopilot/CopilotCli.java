package crmcopilot;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

import crmcopilot.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Batch commands. Modules contribute commands as beans annotated with picocli's
 * {@link Command} and named {@code cli.<group>.<name>} (or {@code cli.<name>}); this
 * class assembles them into one command line, so {@code cli.eval.triage} becomes
 * {@code ./copilot eval triage}. The Spring context starts without the web server and
 * without the scheduler (profile {@code cli}).
 */
public final class CopilotCli {

	/** Exit code for bad input: the message says what to change. */
	public static final int BAD_INPUT = 2;

	private static final String BEAN_PREFIX = "cli.";

	private CopilotCli() {
	}

	static int run(String[] args) {
		if (isHelp(args)) {
			try (ConfigurableApplicationContext context = start()) {
				CommandLine commandLine = assemble(context);
				commandLine.usage(System.out);
				return 0;
			}
		}
		try (ConfigurableApplicationContext context = start()) {
			CommandLine commandLine = assemble(context);
			return commandLine.execute(args);
		}
	}

	private static boolean isHelp(String[] args) {
		return args.length == 1 && Arrays.asList("help", "--help", "-h").contains(args[0]);
	}

	private static ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(CopilotApplication.class).web(WebApplicationType.NONE)
			.profiles("cli")
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.run();
	}

	static CommandLine assemble(ConfigurableApplicationContext context) {
		CommandSpec rootSpec = CommandSpec.create().name("copilot");
		rootSpec.usageMessage()
			.description("crm-copilot batch commands (server: ./copilot serve, tests: ./copilot test)");
		CommandLine root = new CommandLine(rootSpec);
		Map<String, CommandLine> groups = new TreeMap<>();
		Map<String, Object> beans = new TreeMap<>(context.getBeansWithAnnotation(Command.class));
		beans.forEach((beanName, bean) -> {
			if (!beanName.startsWith(BEAN_PREFIX)) {
				return;
			}
			String[] path = beanName.substring(BEAN_PREFIX.length()).split("\\.");
			CommandLine parent = root;
			for (int i = 0; i < path.length - 1; i++) {
				String group = path[i];
				CommandLine finalParent = parent;
				parent = groups.computeIfAbsent(String.join(".", Arrays.copyOf(path, i + 1)), (key) -> {
					CommandSpec groupSpec = CommandSpec.create().name(group);
					groupSpec.usageMessage().description(group + " commands");
					CommandLine groupLine = new CommandLine(groupSpec);
					finalParent.addSubcommand(group, groupLine);
					return groupLine;
				});
			}
			parent.addSubcommand(path[path.length - 1], new CommandLine(bean));
		});
		root.setExecutionExceptionHandler(CopilotCli::reportFailure);
		root.setParameterExceptionHandler((exception, args) -> {
			PrintWriter err = exception.getCommandLine().getErr();
			err.println("error: " + exception.getMessage());
			exception.getCommandLine().usage(err);
			return BAD_INPUT;
		});
		return root;
	}

	/**
	 * Input the command refused (including a CSV file it could not read) exits with
	 * {@link #BAD_INPUT} and the message; anything else exits with 1.
	 */
	static int reportFailure(Exception exception, CommandLine commandLine,
			CommandLine.@Nullable ParseResult parseResult) {
		PrintWriter err = commandLine.getErr();
		if (exception instanceof IllegalArgumentException || exception instanceof InvalidInputException
				|| exception instanceof java.io.UncheckedIOException || exception instanceof java.io.IOException) {
			err.println("error: " + exception.getMessage());
			return BAD_INPUT;
		}
		err.println("error: " + exception);
		return 1;
	}

}

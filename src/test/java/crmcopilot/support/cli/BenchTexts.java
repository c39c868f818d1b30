package crmcopilot.support.cli;

import java.util.List;
import java.util.Random;

/** The benchmark's generated messages, for measurements in tests. */
public final class BenchTexts {

	private BenchTexts() {
	}

	public static List<String> generate(int count, Random random) {
		return BenchTriageCommand.generate(count, random);
	}

}

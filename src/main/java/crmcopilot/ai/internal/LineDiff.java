package crmcopilot.ai.internal;

import java.util.ArrayList;
import java.util.List;

/** A line diff of two prompt texts (longest common subsequence; prompts are short). */
public final class LineDiff {

	private static final int MAX_LINES = 2_000;

	private LineDiff() {
	}

	/**
	 * One line of a diff.
	 *
	 * @param change {@code " "} unchanged, {@code "-"} only in the old text, {@code "+"}
	 * only in the new one
	 */
	public record Line(String change, String text) {
	}

	public static List<Line> between(String before, String after) {
		String[] a = before.split("\n", -1);
		String[] b = after.split("\n", -1);
		if (a.length > MAX_LINES || b.length > MAX_LINES) {
			throw new IllegalArgumentException("texts too long to compare");
		}
		int[][] common = new int[a.length + 1][b.length + 1];
		for (int i = a.length - 1; i >= 0; i--) {
			for (int j = b.length - 1; j >= 0; j--) {
				common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1
						: Math.max(common[i + 1][j], common[i][j + 1]);
			}
		}
		List<Line> lines = new ArrayList<>();
		int i = 0;
		int j = 0;
		while (i < a.length && j < b.length) {
			if (a[i].equals(b[j])) {
				lines.add(new Line(" ", a[i++]));
				j++;
			}
			else if (common[i + 1][j] >= common[i][j + 1]) {
				lines.add(new Line("-", a[i++]));
			}
			else {
				lines.add(new Line("+", b[j++]));
			}
		}
		while (i < a.length) {
			lines.add(new Line("-", a[i++]));
		}
		while (j < b.length) {
			lines.add(new Line("+", b[j++]));
		}
		return lines;
	}

}

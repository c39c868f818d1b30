package crmcopilot.support.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import crmcopilot.shared.CsvLimits;
import crmcopilot.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * Reads knowledge-base articles from a CSV file (columns {@code title}, {@code body},
 * {@code language}, {@code tags}, or their French names {@code titre}, {@code texte},
 * {@code langue}, {@code mots-clés}) or a Markdown file (one article per {@code # Title}
 * section; optional {@code langue:} and {@code tags:} lines right under the title). Each
 * entry is checked on its own: the valid ones are returned with the line of each refused
 * one and why, so a file with one bad line is not refused whole.
 */
public final class KnowledgeImport {

	/** Largest file read (CSV or Markdown). */
	static final int MAX_BYTES = 2 * 1024 * 1024;

	private static final CsvLimits LIMITS = CsvLimits.DEFAULT.withMaxBytes(MAX_BYTES).withMaxRows(2000);

	private static final String[] TITLE_COLUMNS = { "title", "titre" };

	private static final String[] BODY_COLUMNS = { "body", "texte" };

	private static final Pattern TITLE = Pattern.compile("^#\\s+(.+?)\\s*#*\\s*$");

	private static final Pattern META = Pattern.compile("(?i)^(langue|language|tags|mots-cl[ée]s)\\s*:\\s*(.*)$");

	private static final Pattern LANGUAGE = Pattern.compile(Article.LANGUAGE_PATTERN);

	private KnowledgeImport() {
	}

	/**
	 * @param fileName the uploaded file's name: {@code .md} or {@code .markdown} is read
	 * as Markdown, anything else as CSV
	 * @throws InvalidInputException for a file that cannot be read at all (field
	 * {@code file})
	 */
	public static Result read(InputStream in, @Nullable String fileName, String defaultLanguage) {
		String name = (fileName != null) ? fileName.toLowerCase(Locale.ROOT) : "";
		if (name.endsWith(".md") || name.endsWith(".markdown")) {
			return markdown(text(in), defaultLanguage);
		}
		return csv(in, defaultLanguage);
	}

	static Result csv(InputStream in, String defaultLanguage) {
		List<CsvRows.Row> rows = CsvRows.read(in, "file", LIMITS);
		Result result = new Result();
		if (!rows.isEmpty() && (rows.stream().noneMatch((row) -> has(row, TITLE_COLUMNS))
				|| rows.stream().noneMatch((row) -> has(row, BODY_COLUMNS)))) {
			throw new InvalidInputException("file", "support.knowledge.import.columns", new Object[0],
					"the CSV file needs the columns title and body (language and tags are optional)");
		}
		for (CsvRows.Row row : rows) {
			String language = row.first("language", "langue");
			result.add(row.line(), row.first(TITLE_COLUMNS), row.first(BODY_COLUMNS),
					(language != null) ? language.toLowerCase(Locale.ROOT) : defaultLanguage,
					row.first("tags", "mots-clés", "mots-cles"));
		}
		return result;
	}

	static Result markdown(String text, String defaultLanguage) {
		Result result = new Result();
		String[] lines = text.split("\\r?\\n", -1);
		Section section = null;
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i];
			Matcher title = TITLE.matcher(line);
			if (title.matches()) {
				if (section != null) {
					section.addTo(result);
				}
				section = new Section(i + 1, title.group(1), defaultLanguage);
			}
			else if (section == null) {
				if (!line.isBlank()) {
					result.refuse(i + 1, "support.knowledge.import.beforeTitle");
					section = new Section(i + 1, null, defaultLanguage);
					section.skip = true;
				}
			}
			else {
				section.line(line);
			}
		}
		if (section != null) {
			section.addTo(result);
		}
		return result;
	}

	private static boolean has(CsvRows.Row row, String[] columns) {
		return java.util.Arrays.stream(columns).anyMatch(row.values()::containsKey);
	}

	private static String text(InputStream in) {
		try {
			byte[] bytes = in.readNBytes(MAX_BYTES + 1);
			if (bytes.length > MAX_BYTES) {
				throw new InvalidInputException("file", "support.knowledge.import.tooLarge",
						new Object[] { MAX_BYTES / (1024 * 1024) }, "the file is larger than 2 MB");
			}
			return new String(bytes, StandardCharsets.UTF_8).replace("\uFEFF", "");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A Markdown section being read: its metadata lines first, then its text. */
	private static final class Section {

		private final long line;

		private final @Nullable String title;

		private String language;

		private @Nullable String tags;

		private final StringBuilder body = new StringBuilder();

		private boolean skip;

		Section(long line, @Nullable String title, String language) {
			this.line = line;
			this.title = title;
			this.language = language;
		}

		void line(String text) {
			Matcher meta = META.matcher(text.strip());
			if (this.body.isEmpty() && meta.matches()) {
				if (meta.group(1).toLowerCase(Locale.ROOT).startsWith("lang")) {
					this.language = meta.group(2).strip().toLowerCase(Locale.ROOT);
				}
				else {
					this.tags = meta.group(2).strip();
				}
				return;
			}
			if (this.body.isEmpty() && text.isBlank()) {
				return;
			}
			this.body.append(text).append('\n');
		}

		void addTo(Result result) {
			if (!this.skip) {
				result.add(this.line, this.title, this.body.toString().strip(), this.language, this.tags);
			}
		}

	}

	/**
	 * What a file gave: the articles to add, and each refused entry's line with the key
	 * of the reason.
	 */
	public static final class Result {

		private final List<Article> articles = new ArrayList<>();

		private final List<Refused> refused = new ArrayList<>();

		void add(long line, @Nullable String title, @Nullable String body, String language, @Nullable String tags) {
			if (title == null || title.isBlank()) {
				refuse(line, "support.knowledge.import.title");
			}
			else if (title.length() > 300) {
				refuse(line, "support.knowledge.import.titleTooLong");
			}
			else if (body == null || body.isBlank()) {
				refuse(line, "support.knowledge.import.body");
			}
			else if (body.length() > 50_000) {
				refuse(line, "support.knowledge.import.bodyTooLong");
			}
			else if (!LANGUAGE.matcher(language).matches()) {
				refuse(line, "support.knowledge.import.language");
			}
			else if (tags != null && tags.length() > 1000) {
				refuse(line, "support.knowledge.import.tagsTooLong");
			}
			else {
				this.articles.add(new Article(java.util.UUID.randomUUID(), Article.ARTICLE, title.strip(), body.strip(),
						language, null, (tags != null && !tags.isBlank()) ? tags.strip() : null));
			}
		}

		void refuse(long line, String key) {
			this.refused.add(new Refused(line, key));
		}

		public List<Article> articles() {
			return List.copyOf(this.articles);
		}

		public List<Refused> refused() {
			return List.copyOf(this.refused);
		}

	}

	/**
	 * An entry not imported.
	 *
	 * @param line the line of the file where it starts
	 * @param reason message key of the reason
	 */
	public record Refused(long line, String reason) {
	}

}

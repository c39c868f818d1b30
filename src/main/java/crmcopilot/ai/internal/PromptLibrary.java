package crmcopilot.ai.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import crmcopilot.shared.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The prompts of a workspace: the shipped files, overridden by a manager's versions
 * ({@code ai_prompt_versions}). Every save is a new version numbered after both the file
 * and the previous saves; reverting saves an old text as a new version, so history is
 * never rewritten.
 */
@Service
public class PromptLibrary implements PromptSource {

	private final PromptFiles files;

	private final JdbcClient jdbc;

	PromptLibrary(PromptFiles files, JdbcClient jdbc) {
		this.files = files;
		this.jdbc = jdbc;
	}

	/**
	 * One saved version.
	 *
	 * @param note what changed, as the author wrote it
	 */
	public record Version(int version, String source, String body, @Nullable String note, @Nullable String author,
			@Nullable Instant createdAt) {
	}

	/** A prompt as the workspace sees it. */
	public record Entry(String id, String lang, int version, String source, int fileVersion) {
	}

	@Override
	public ResolvedPrompt resolve(UUID workspaceId, String promptId, String lang) {
		return latest(workspaceId, promptId, lang)
			.map((saved) -> new ResolvedPrompt(promptId, lang, saved.version(), ResolvedPrompt.WORKSPACE, saved.body()))
			.orElseGet(() -> this.files.resolve(workspaceId, promptId, lang));
	}

	/** Every prompt file and every overridden prompt, with the version in use. */
	public List<Entry> list(UUID workspaceId) {
		Map<String, Entry> entries = new LinkedHashMap<>();
		for (ResolvedPrompt file : this.files.all()) {
			entries.put(file.id() + "." + file.lang(),
					new Entry(file.id(), file.lang(), file.version(), ResolvedPrompt.FILE, file.version()));
		}
		this.jdbc.sql("""
				SELECT prompt_id, lang, MAX(version) AS version FROM ai_prompt_versions WHERE workspace_id = ?
				GROUP BY prompt_id, lang ORDER BY prompt_id, lang""").param(workspaceId).query((rs) -> {
			String id = rs.getString("prompt_id");
			String lang = rs.getString("lang");
			int fileVersion = this.files.find(id, lang).map(ResolvedPrompt::version).orElse(0);
			entries.put(id + "." + lang,
					new Entry(id, lang, rs.getInt("version"), ResolvedPrompt.WORKSPACE, fileVersion));
		});
		return entries.values().stream().sorted((a, b) -> (a.id() + a.lang()).compareTo(b.id() + b.lang())).toList();
	}

	/** The saved versions, newest first, then the file's text. */
	public List<Version> history(UUID workspaceId, String promptId, String lang) {
		List<Version> history = new ArrayList<>(this.jdbc.sql("""
				SELECT version, body, note, created_by, created_at FROM ai_prompt_versions
				WHERE workspace_id = ? AND prompt_id = ? AND lang = ? ORDER BY version DESC""")
			.params(workspaceId, promptId, lang)
			.query((rs, row) -> new Version(rs.getInt("version"), ResolvedPrompt.WORKSPACE, rs.getString("body"),
					rs.getString("note"), rs.getString("created_by"),
					rs.getObject("created_at", OffsetDateTime.class).toInstant()))
			.list());
		ResolvedPrompt original = this.files.resolve(workspaceId, promptId, lang);
		history.add(new Version(original.version(), original.source(), original.body(), null, null, null));
		return history;
	}

	/**
	 * The text of a version: a saved one, or the file's when {@code source} is not a
	 * workspace.
	 */
	public Optional<Version> version(UUID workspaceId, String promptId, String lang, int version, String source) {
		return history(workspaceId, promptId, lang).stream()
			.filter((candidate) -> candidate.version() == version
					&& (ResolvedPrompt.WORKSPACE.equals(source) == ResolvedPrompt.WORKSPACE.equals(candidate.source())))
			.findFirst();
	}

	/** Saves a new version and returns its number. */
	@Transactional
	public int save(UUID workspaceId, String promptId, String lang, String body, @Nullable String note, String author) {
		if (body.isBlank()) {
			throw new InvalidInputException("body", "ai.error.prompt-empty", new Object[0], "the prompt is empty");
		}
		if (body.length() > 50_000) {
			throw new InvalidInputException("body", "ai.error.prompt-too-long", new Object[] { 50_000 },
					"the prompt is longer than 50,000 characters");
		}
		int fileVersion = this.files.resolve(workspaceId, promptId, lang).version();
		int saved = this.jdbc.sql(
				"SELECT COALESCE(MAX(version), 0) FROM ai_prompt_versions WHERE workspace_id = ? AND prompt_id = ? AND lang = ?")
			.params(workspaceId, promptId, lang)
			.query(Integer.class)
			.single();
		int version = Math.max(fileVersion, saved) + 1;
		this.jdbc
			.sql("""
					INSERT INTO ai_prompt_versions (id, workspace_id, prompt_id, lang, version, body, note, created_by, created_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), workspaceId, promptId, lang, version, body.replace("\r\n", "\n"),
					(note == null || note.isBlank()) ? null : note.strip(), author, OffsetDateTime.now(ZoneOffset.UTC))
			.update();
		return version;
	}

	private Optional<Version> latest(UUID workspaceId, String promptId, String lang) {
		return this.jdbc.sql("""
				SELECT version, body, note, created_by, created_at FROM ai_prompt_versions
				WHERE workspace_id = ? AND prompt_id = ? AND lang = ? ORDER BY version DESC LIMIT 1""")
			.params(workspaceId, promptId, lang)
			.query((rs, row) -> new Version(rs.getInt("version"), ResolvedPrompt.WORKSPACE, rs.getString("body"),
					rs.getString("note"), rs.getString("created_by"),
					rs.getObject("created_at", OffsetDateTime.class).toInstant()))
			.optional();
	}

}

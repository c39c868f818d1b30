package crmcopilot.support.internal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import crmcopilot.shared.PageQuery;
import crmcopilot.shared.PageResponse;
import crmcopilot.support.Priority;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static crmcopilot.support.internal.SupportStore.at;

/** Categories and knowledge-base entries of a workspace. */
@Repository
public class KnowledgeStore {

	private static final RowMapper<Article> ARTICLE = (rs, n) -> new Article(rs.getObject("id", UUID.class),
			rs.getString("kind"), rs.getString("title"), rs.getString("body"), rs.getString("language"),
			rs.getString("categorie"), rs.getString("keywords"));

	private final JdbcClient jdbc;

	public KnowledgeStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Category> categories(UUID workspaceId) {
		return this.jdbc
			.sql("SELECT id, name, description, auto_allowed, position, base_priority FROM support_category "
					+ "WHERE workspace_id = ? ORDER BY position, name")
			.params(workspaceId)
			.query((rs, n) -> new Category(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getString("description"), rs.getBoolean("auto_allowed"), rs.getInt("position"),
					(rs.getString("base_priority") != null) ? Priority.of(rs.getString("base_priority")) : null))
			.list();
	}

	public Category addCategory(UUID workspaceId, String name, @Nullable String description, boolean autoAllowed,
			int position) {
		return addCategory(workspaceId, name, description, autoAllowed, position, null);
	}

	Category addCategory(UUID workspaceId, String name, @Nullable String description, boolean autoAllowed, int position,
			@Nullable Priority basePriority) {
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("""
					INSERT INTO support_category (id, workspace_id, name, description, auto_allowed, position, base_priority)
					VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(id, workspaceId, name, description, autoAllowed, position,
					(basePriority != null) ? basePriority.label() : null)
			.update();
		return new Category(id, name, description, autoAllowed, position, basePriority);
	}

	public boolean updateCategory(UUID workspaceId, UUID id, @Nullable String description, boolean autoAllowed) {
		return this.jdbc
			.sql("UPDATE support_category SET description = ?, auto_allowed = ? WHERE workspace_id = ? AND id = ?")
			.params(description, autoAllowed, workspaceId, id)
			.update() == 1;
	}

	public boolean deleteCategory(UUID workspaceId, UUID id) {
		return this.jdbc.sql("DELETE FROM support_category WHERE workspace_id = ? AND id = ?")
			.params(workspaceId, id)
			.update() == 1;
	}

	public List<Article> articles(UUID workspaceId) {
		return this.jdbc
			.sql("SELECT id, kind, title, body, language, categorie, keywords FROM support_article "
					+ "WHERE workspace_id = ? ORDER BY language, title")
			.params(workspaceId)
			.query(ARTICLE)
			.list();
	}

	public Optional<Article> article(UUID workspaceId, UUID id) {
		return this.jdbc
			.sql("SELECT id, kind, title, body, language, categorie, keywords FROM support_article "
					+ "WHERE workspace_id = ? AND id = ?")
			.params(workspaceId, id)
			.query(ARTICLE)
			.optional();
	}

	/**
	 * One page of the entries whose title, text or keywords hold {@code q} (every entry
	 * when null or blank), by language then title.
	 */
	public PageResponse<Article> search(UUID workspaceId, @Nullable String q, PageQuery page) {
		String like = like(q);
		String where = "WHERE workspace_id = ? AND (LOWER(title) LIKE ? OR LOWER(body) LIKE ? "
				+ "OR LOWER(COALESCE(keywords, '')) LIKE ?)";
		long total = this.jdbc.sql("SELECT COUNT(*) FROM support_article " + where)
			.params(workspaceId, like, like, like)
			.query(Long.class)
			.single();
		List<Article> items = this.jdbc
			.sql("SELECT id, kind, title, body, language, categorie, keywords FROM support_article " + where
					+ " ORDER BY language, title LIMIT ? OFFSET ?")
			.params(workspaceId, like, like, like, page.size(), page.offset())
			.query(ARTICLE)
			.list();
		return PageResponse.of(items, page, total);
	}

	/** A LIKE pattern matching text that holds {@code q}, any case; all when blank. */
	static String like(@Nullable String q) {
		if (q == null || q.isBlank()) {
			return "%";
		}
		String escaped = q.strip().toLowerCase(Locale.ROOT).replace("\\", "").replace("%", "");
		return "%" + escaped + "%";
	}

	public Article addArticle(UUID workspaceId, Article article) {
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("INSERT INTO support_article (id, workspace_id, kind, title, body, language, categorie, keywords, "
					+ "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(id, workspaceId, article.kind(), article.title(), article.body(), article.language(),
					article.categorie(), article.keywords(), at(Instant.now()))
			.update();
		return new Article(id, article.kind(), article.title(), article.body(), article.language(), article.categorie(),
				article.keywords());
	}

	public boolean updateArticle(UUID workspaceId, Article article) {
		return this.jdbc
			.sql("UPDATE support_article SET kind = ?, title = ?, body = ?, language = ?, categorie = ?, keywords = ?, "
					+ "updated_at = ? WHERE workspace_id = ? AND id = ?")
			.params(article.kind(), article.title(), article.body(), article.language(), article.categorie(),
					article.keywords(), at(Instant.now()), workspaceId, article.id())
			.update() == 1;
	}

	public boolean deleteArticle(UUID workspaceId, UUID id) {
		return this.jdbc.sql("DELETE FROM support_article WHERE workspace_id = ? AND id = ?")
			.params(workspaceId, id)
			.update() == 1;
	}

	public void addCorrection(UUID workspaceId, UUID messageId, String field, @Nullable String oldValue,
			@Nullable String newValue, String actor) {
		this.jdbc
			.sql("INSERT INTO support_correction (id, workspace_id, message_id, field, old_value, new_value, actor, "
					+ "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), workspaceId, messageId, field, oldValue, newValue, actor, at(Instant.now()))
			.update();
	}

}

package crmcopilot.support.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import crmcopilot.shared.PageQuery;
import crmcopilot.shared.PageResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import static crmcopilot.support.internal.SupportStore.at;

/**
 * A workspace's macros. A workspace gets the default holding replies
 * ({@code support/holding-replies.csv}) as macros once, the first time its macros are
 * read: a macro an administrator deleted stays deleted.
 */
@Repository
public class MacroStore {

	private static final RowMapper<Macro> MACRO = (rs, n) -> new Macro(rs.getObject("id", UUID.class),
			rs.getString("title"), rs.getString("body"), rs.getString("language"), rs.getString("categorie"),
			rs.getBoolean("holding"));

	private static final String COLUMNS = "id, title, body, language, categorie, holding";

	private final JdbcClient jdbc;

	private final TransactionTemplate ownTransaction;

	private final Clock clock;

	MacroStore(JdbcClient jdbc, PlatformTransactionManager transactionManager, ObjectProvider<Clock> clock) {
		this.jdbc = jdbc;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
		this.ownTransaction = new TransactionTemplate(transactionManager);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Every macro of the workspace, by language then title; the defaults on first use.
	 */
	public List<Macro> macros(UUID workspaceId) {
		ensureDefaults(workspaceId);
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM support_macro WHERE workspace_id = ? ORDER BY language, title")
			.params(workspaceId)
			.query(MACRO)
			.list();
	}

	/** One page of macros whose title or text holds {@code q} (any when null). */
	public PageResponse<Macro> search(UUID workspaceId, @Nullable String q, PageQuery page) {
		ensureDefaults(workspaceId);
		String like = KnowledgeStore.like(q);
		long total = this.jdbc.sql(
				"SELECT COUNT(*) FROM support_macro WHERE workspace_id = ? AND (LOWER(title) LIKE ? OR LOWER(body) LIKE ?)")
			.params(workspaceId, like, like)
			.query(Long.class)
			.single();
		List<Macro> items = this.jdbc
			.sql("SELECT " + COLUMNS + " FROM support_macro WHERE workspace_id = ? AND (LOWER(title) LIKE ? OR "
					+ "LOWER(body) LIKE ?) ORDER BY language, title LIMIT ? OFFSET ?")
			.params(workspaceId, like, like, page.size(), page.offset())
			.query(MACRO)
			.list();
		return PageResponse.of(items, page, total);
	}

	public Optional<Macro> macro(UUID workspaceId, UUID id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM support_macro WHERE workspace_id = ? AND id = ?")
			.params(workspaceId, id)
			.query(MACRO)
			.optional();
	}

	public Macro add(UUID workspaceId, Macro macro) {
		Macro stored = new Macro(UUID.randomUUID(), macro.title(), macro.body(), macro.language(), macro.categorie(),
				macro.holding());
		this.jdbc
			.sql("INSERT INTO support_macro (id, workspace_id, title, body, language, categorie, holding, updated_at) "
					+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(stored.id(), workspaceId, stored.title(), stored.body(), stored.language(), stored.categorie(),
					stored.holding(), at(this.clock.instant()))
			.update();
		return stored;
	}

	public boolean update(UUID workspaceId, Macro macro) {
		return this.jdbc.sql(
				"UPDATE support_macro SET title = ?, body = ?, language = ?, categorie = ?, holding = ?, updated_at = ? "
						+ "WHERE workspace_id = ? AND id = ?")
			.params(macro.title(), macro.body(), macro.language(), macro.categorie(), macro.holding(),
					at(this.clock.instant()), workspaceId, macro.id())
			.update() == 1;
	}

	public boolean delete(UUID workspaceId, UUID id) {
		return this.jdbc.sql("DELETE FROM support_macro WHERE workspace_id = ? AND id = ?")
			.params(workspaceId, id)
			.update() == 1;
	}

	/**
	 * Gives the workspace the default holding replies as macros, once: the seed row and
	 * the macros are committed together in a transaction of their own, and a concurrent
	 * seeding by another node is taken as done.
	 */
	void ensureDefaults(UUID workspaceId) {
		if (seeded(workspaceId)) {
			return;
		}
		try {
			this.ownTransaction.executeWithoutResult((status) -> {
				this.jdbc.sql("INSERT INTO support_macro_seed (workspace_id, seeded_at) VALUES (?, ?)")
					.params(workspaceId, at(this.clock.instant()))
					.update();
				HoldingReply.defaults().forEach((macro) -> add(workspaceId, macro));
			});
		}
		catch (DuplicateKeyException ex) {
			// another node seeded the same workspace at the same time
		}
	}

	private boolean seeded(UUID workspaceId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM support_macro_seed WHERE workspace_id = ?")
			.params(workspaceId)
			.query(Long.class)
			.single() > 0;
	}

}

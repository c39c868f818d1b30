package crmcopilot.support.internal;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import crmcopilot.audit.AuditEvent;
import crmcopilot.audit.AuditJournal;
import crmcopilot.shared.InvalidInputException;
import crmcopilot.shared.NotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to a workspace's articles and macros, from the API or the settings page: each
 * is checked (category known, placeholders known), journalled, and the triage setup is
 * reloaded so the next message uses it.
 */
@Service
public class KnowledgeBase {

	private static final Pattern ANY_PLACEHOLDER = Pattern.compile("\\{([\\p{L}_]+)\\}");

	private final KnowledgeStore knowledge;

	private final MacroStore macros;

	private final TriageSetups setups;

	private final AuditJournal journal;

	KnowledgeBase(KnowledgeStore knowledge, MacroStore macros, TriageSetups setups, AuditJournal journal) {
		this.knowledge = knowledge;
		this.macros = macros;
		this.setups = setups;
		this.journal = journal;
	}

	@Transactional
	public Article addArticle(UUID workspaceId, Article article) {
		requireCategory(workspaceId, article.categorie());
		Article added = this.knowledge.addArticle(workspaceId, article);
		changed(workspaceId, "support.knowledge.added", "support-article", added.id(), added.title());
		return added;
	}

	@Transactional
	public Article updateArticle(UUID workspaceId, Article article) {
		requireCategory(workspaceId, article.categorie());
		if (!this.knowledge.updateArticle(workspaceId, article)) {
			throw new NotFoundException("article");
		}
		changed(workspaceId, "support.knowledge.updated", "support-article", article.id(), article.title());
		return article;
	}

	@Transactional
	public void deleteArticle(UUID workspaceId, UUID id) {
		if (!this.knowledge.deleteArticle(workspaceId, id)) {
			throw new NotFoundException("article");
		}
		changed(workspaceId, "support.knowledge.deleted", "support-article", id, "");
	}

	/** Adds the articles a file gave. */
	@Transactional
	public int importArticles(UUID workspaceId, KnowledgeImport.Result result) {
		result.articles().forEach((article) -> this.knowledge.addArticle(workspaceId, article));
		this.setups.invalidate(workspaceId);
		this.journal.record(AuditEvent.of(workspaceId, "support.knowledge.imported", "support-article", null, null,
				Map.of("added", result.articles().size(), "refused", result.refused().size())));
		return result.articles().size();
	}

	@Transactional
	public Macro addMacro(UUID workspaceId, Macro macro) {
		check(workspaceId, macro);
		this.macros.ensureDefaults(workspaceId);
		Macro added = this.macros.add(workspaceId, macro);
		changed(workspaceId, "support.macro.added", "support-macro", added.id(), added.title());
		return added;
	}

	@Transactional
	public Macro updateMacro(UUID workspaceId, Macro macro) {
		check(workspaceId, macro);
		if (!this.macros.update(workspaceId, macro)) {
			throw new NotFoundException("macro");
		}
		changed(workspaceId, "support.macro.updated", "support-macro", macro.id(), macro.title());
		return macro;
	}

	@Transactional
	public void deleteMacro(UUID workspaceId, UUID id) {
		if (!this.macros.delete(workspaceId, id)) {
			throw new NotFoundException("macro");
		}
		changed(workspaceId, "support.macro.deleted", "support-macro", id, "");
	}

	private void check(UUID workspaceId, Macro macro) {
		requireCategory(workspaceId, macro.categorie());
		Matcher matcher = ANY_PLACEHOLDER.matcher(macro.body());
		while (matcher.find()) {
			if (!MacroText.PLACEHOLDERS.contains(matcher.group(1))) {
				throw new InvalidInputException("body", "support.macro.placeholder.unknown",
						new Object[] { matcher.group(), "{client}, {commande}, {produit}, {agent}" },
						"unknown placeholder " + matcher.group() + "; use {client}, {commande}, {produit} or {agent}");
			}
		}
	}

	private void requireCategory(UUID workspaceId, @Nullable String categorie) {
		if (categorie != null && this.setups.ensureDefaults(workspaceId)
			.stream()
			.noneMatch((known) -> known.name().equals(categorie))) {
			throw new InvalidInputException("categorie", "support.correction.category", new Object[] { categorie },
					"unknown category: " + categorie);
		}
	}

	private void changed(UUID workspaceId, String action, String type, UUID id, String title) {
		this.setups.invalidate(workspaceId);
		this.journal.record(AuditEvent.of(workspaceId, action, type, id.toString(), null, Map.of("title", title)));
	}

}

package crmcopilot.support.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import crmcopilot.shared.NotFoundException;
import crmcopilot.shared.PageQuery;
import crmcopilot.shared.PageResponse;
import crmcopilot.support.internal.Article;
import crmcopilot.support.internal.KnowledgeBase;
import crmcopilot.support.internal.KnowledgeStore;
import crmcopilot.support.internal.SupportPermissions;
import crmcopilot.workspace.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The knowledge base by API: the articles automatic answers are grounded on. Tags are the
 * article's keywords (they weigh in the search like its title).
 */
@RestController
@RequestMapping("/api/v1/support/knowledge")
class KnowledgeApiController {

	private final KnowledgeStore store;

	private final KnowledgeBase knowledge;

	KnowledgeApiController(KnowledgeStore store, KnowledgeBase knowledge) {
		this.store = store;
		this.knowledge = knowledge;
	}

	/**
	 * An article as written.
	 *
	 * @param categorie the category it answers, or null for any
	 */
	record ArticleRequest(@NotBlank @Size(max = 300) String title, @NotBlank @Size(max = 50_000) String body,
			@NotBlank @Pattern(regexp = Article.LANGUAGE_PATTERN) String language,
			@Nullable @Size(max = 30) List<@NotBlank @Size(max = 100) String> tags,
			@Nullable @Size(max = 100) String categorie) {

		Article toArticle(UUID id, String kind) {
			return new Article(id, kind, this.title.strip(), this.body.strip(), this.language,
					blankToNull(this.categorie), Article.keywords(this.tags));
		}

	}

	/** An article as stored. */
	record ArticleView(UUID id, String title, String body, String language, List<String> tags,
			@Nullable String categorie) {

		static ArticleView of(Article article) {
			return new ArticleView(article.id(), article.title(), article.body(), article.language(), article.tags(),
					article.categorie());
		}

	}

	@PostMapping
	@PreAuthorize("hasAuthority('" + SupportPermissions.MANAGE + "')")
	ResponseEntity<ArticleView> create(Caller caller, @Valid @RequestBody ArticleRequest request) {
		Article added = this.knowledge.addArticle(caller.workspaceId(),
				request.toArticle(UUID.randomUUID(), Article.ARTICLE));
		return ResponseEntity.created(URI.create("/api/v1/support/knowledge/" + added.id()))
			.body(ArticleView.of(added));
	}

	@GetMapping
	@PreAuthorize("hasAuthority('" + SupportPermissions.VIEW + "')")
	PageResponse<ArticleView> list(Caller caller, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return this.store.search(caller.workspaceId(), q, PageQuery.of(page, size)).map(ArticleView::of);
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('" + SupportPermissions.VIEW + "')")
	ArticleView get(Caller caller, @PathVariable UUID id) {
		return ArticleView.of(find(caller, id));
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAuthority('" + SupportPermissions.MANAGE + "')")
	ArticleView update(Caller caller, @PathVariable UUID id, @Valid @RequestBody ArticleRequest request) {
		Article existing = find(caller, id);
		return ArticleView
			.of(this.knowledge.updateArticle(caller.workspaceId(), request.toArticle(id, existing.kind())));
	}

	@DeleteMapping("/{id}")
	@PreAuthorize("hasAuthority('" + SupportPermissions.MANAGE + "')")
	ResponseEntity<Void> delete(Caller caller, @PathVariable UUID id) {
		this.knowledge.deleteArticle(caller.workspaceId(), id);
		return ResponseEntity.noContent().build();
	}

	private Article find(Caller caller, UUID id) {
		return this.store.article(caller.workspaceId(), id).orElseThrow(() -> new NotFoundException("article"));
	}

	static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}

package crmcopilot.support.web;

import java.util.Objects;
import java.util.UUID;

import crmcopilot.support.internal.Article;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A knowledge-base article or macro of the settings page, new (no id) or edited; the page
 * has one such form per article and one for a new one, all posting here.
 */
class ArticleForm {

	private @Nullable UUID id;

	private String kind = Article.ARTICLE;

	@NotBlank(message = "{support.settings.article.title.required}")
	@Size(max = 300, message = "{support.settings.tooLong}")
	private String title = "";

	@NotBlank(message = "{support.settings.article.body.required}")
	@Size(max = 50000, message = "{support.settings.tooLong}")
	private String body = "";

	@Pattern(regexp = "fr|en|es|de|pt", message = "{support.settings.article.language.invalid}")
	private String language = "fr";

	@Size(max = 100, message = "{support.settings.tooLong}")
	private String categorie = "";

	@Size(max = 1000, message = "{support.settings.tooLong}")
	private String keywords = "";

	private boolean delete;

	/** Whether this form is the one of the given article ({@code null}: the new one). */
	public boolean isFor(@Nullable UUID articleId) {
		return Objects.equals(this.id, articleId);
	}

	Article toArticle() {
		return new Article((this.id != null) ? this.id : UUID.randomUUID(),
				Article.MACRO.equals(this.kind) ? Article.MACRO : Article.ARTICLE, this.title.strip(),
				this.body.strip(), this.language, this.categorie.isBlank() ? null : this.categorie,
				this.keywords.isBlank() ? null : this.keywords.strip());
	}

	public @Nullable UUID getId() {
		return this.id;
	}

	public void setId(@Nullable UUID id) {
		this.id = id;
	}

	public String getKind() {
		return this.kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public String getLanguage() {
		return this.language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	public String getCategorie() {
		return this.categorie;
	}

	public void setCategorie(String categorie) {
		this.categorie = categorie;
	}

	public String getKeywords() {
		return this.keywords;
	}

	public void setKeywords(String keywords) {
		this.keywords = keywords;
	}

	public boolean isDelete() {
		return this.delete;
	}

	public void setDelete(boolean delete) {
		this.delete = delete;
	}

}

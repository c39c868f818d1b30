package crmcopilot.support.web;

import java.util.UUID;

import crmcopilot.support.internal.Article;
import crmcopilot.support.internal.Macro;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A macro of the settings page, new (no id) or edited. */
class MacroForm {

	private @Nullable UUID id;

	@NotBlank(message = "support.settings.article.title.required")
	@Size(max = 200, message = "support.settings.tooLong")
	private String title = "";

	@NotBlank(message = "support.settings.article.body.required")
	@Size(max = 20000, message = "support.settings.tooLong")
	private String body = "";

	@Pattern(regexp = Article.LANGUAGE_PATTERN, message = "support.settings.article.language.invalid")
	private String language = "fr";

	@Size(max = 100, message = "support.settings.tooLong")
	private String categorie = "";

	private boolean holding;

	private boolean delete;

	Macro toMacro() {
		return new Macro((this.id != null) ? this.id : UUID.randomUUID(), this.title.strip(), this.body.strip(),
				this.language, this.categorie.isBlank() ? null : this.categorie, this.holding);
	}

	public @Nullable UUID getId() {
		return this.id;
	}

	public void setId(@Nullable UUID id) {
		this.id = id;
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

	public boolean isHolding() {
		return this.holding;
	}

	public void setHolding(boolean holding) {
		this.holding = holding;
	}

	public boolean isDelete() {
		return this.delete;
	}

	public void setDelete(boolean delete) {
		this.delete = delete;
	}

}

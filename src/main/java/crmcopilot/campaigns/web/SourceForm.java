package crmcopilot.campaigns.web;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

import org.springframework.web.multipart.MultipartFile;

/**
 * Step 2: the customer data to connect, by kind: the demo tables, a saved source, a new
 * JDBC source or a CSV/TSV upload.
 */
class SourceForm {

	@NotBlank
	@Pattern(regexp = "demo|saved|jdbc|csv")
	private @Nullable String kind;

	private @Nullable UUID sourceId;

	private @Nullable String url;

	private @Nullable String user;

	private @Nullable String password;

	private @Nullable String table;

	private @Nullable String enrichmentTable;

	private @Nullable MultipartFile file;

	public @Nullable String getKind() {
		return this.kind;
	}

	public void setKind(@Nullable String kind) {
		this.kind = kind;
	}

	public @Nullable UUID getSourceId() {
		return this.sourceId;
	}

	public void setSourceId(@Nullable UUID sourceId) {
		this.sourceId = sourceId;
	}

	public @Nullable String getUrl() {
		return this.url;
	}

	public void setUrl(@Nullable String url) {
		this.url = url;
	}

	public @Nullable String getUser() {
		return this.user;
	}

	public void setUser(@Nullable String user) {
		this.user = user;
	}

	public @Nullable String getPassword() {
		return this.password;
	}

	public void setPassword(@Nullable String password) {
		this.password = password;
	}

	public @Nullable String getTable() {
		return this.table;
	}

	public void setTable(@Nullable String table) {
		this.table = table;
	}

	public @Nullable String getEnrichmentTable() {
		return this.enrichmentTable;
	}

	public void setEnrichmentTable(@Nullable String enrichmentTable) {
		this.enrichmentTable = enrichmentTable;
	}

	public @Nullable MultipartFile getFile() {
		return this.file;
	}

	public void setFile(@Nullable MultipartFile file) {
		this.file = file;
	}

}

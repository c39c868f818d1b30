package crmcopilot.support.api;

import java.net.URI;
import java.util.UUID;

import crmcopilot.shared.NotFoundException;
import crmcopilot.shared.PageQuery;
import crmcopilot.shared.PageResponse;
import crmcopilot.support.internal.Article;
import crmcopilot.support.internal.KnowledgeBase;
import crmcopilot.support.internal.Macro;
import crmcopilot.support.internal.MacroStore;
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
 * Macros by API: canned replies with the placeholders {@code {client}},
 * {@code {commande}}, {@code {produit}} and {@code {agent}}; a macro marked
 * {@code holding} is what the engine's holding reply says for its category and language.
 */
@RestController
@RequestMapping("/api/v1/support/macros")
class MacroApiController {

	private final MacroStore store;

	private final KnowledgeBase knowledge;

	MacroApiController(MacroStore store, KnowledgeBase knowledge) {
		this.store = store;
		this.knowledge = knowledge;
	}

	/** A macro as written. */
	record MacroRequest(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 20_000) String body,
			@NotBlank @Pattern(regexp = Article.LANGUAGE_PATTERN) String language,
			@Nullable @Size(max = 100) String categorie, @Nullable Boolean holding) {

		Macro toMacro(UUID id) {
			return new Macro(id, this.title.strip(), this.body.strip(), this.language,
					KnowledgeApiController.blankToNull(this.categorie), Boolean.TRUE.equals(this.holding));
		}

	}

	@PostMapping
	@PreAuthorize("hasAuthority('" + SupportPermissions.MANAGE + "')")
	ResponseEntity<Macro> create(Caller caller, @Valid @RequestBody MacroRequest request) {
		Macro added = this.knowledge.addMacro(caller.workspaceId(), request.toMacro(UUID.randomUUID()));
		return ResponseEntity.created(URI.create("/api/v1/support/macros/" + added.id())).body(added);
	}

	@GetMapping
	@PreAuthorize("hasAuthority('" + SupportPermissions.VIEW + "')")
	PageResponse<Macro> list(Caller caller, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return this.store.search(caller.workspaceId(), q, PageQuery.of(page, size));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('" + SupportPermissions.VIEW + "')")
	Macro get(Caller caller, @PathVariable UUID id) {
		return this.store.macro(caller.workspaceId(), id).orElseThrow(() -> new NotFoundException("macro"));
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAuthority('" + SupportPermissions.MANAGE + "')")
	Macro update(Caller caller, @PathVariable UUID id, @Valid @RequestBody MacroRequest request) {
		return this.knowledge.updateMacro(caller.workspaceId(), request.toMacro(id));
	}

	@DeleteMapping("/{id}")
	@PreAuthorize("hasAuthority('" + SupportPermissions.MANAGE + "')")
	ResponseEntity<Void> delete(Caller caller, @PathVariable UUID id) {
		this.knowledge.deleteMacro(caller.workspaceId(), id);
		return ResponseEntity.noContent().build();
	}

}

package crmcopilot.matching.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import crmcopilot.web.FormErrors;
import crmcopilot.matching.internal.DemoProfiles;
import crmcopilot.matching.internal.MatchingPermissions;
import crmcopilot.matching.internal.MatchingService;
import crmcopilot.matching.internal.MatchingVocabulary;
import crmcopilot.matching.internal.ProfileFiles;
import crmcopilot.matching.internal.ShopperProfile;
import crmcopilot.matching.internal.VocabularyLists;
import crmcopilot.shared.InvalidInputException;
import crmcopilot.shared.NotFoundException;
import crmcopilot.workspace.Caller;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Shopper profiles: list, create, edit, delete, import and export (JSON, CSV). */
@Controller
@RequestMapping("/matching/shoppers")
@PreAuthorize("hasAuthority('" + MatchingPermissions.MANAGE + "')")
class ShopperAdminController {

	static final String LIST = "matching/shoppers";

	static final String FORM = "matching/shopperForm";

	private final MatchingService matching;

	private final JsonMapper json;

	private final MatchingVocabulary vocabulary;

	ShopperAdminController(MatchingService matching, JsonMapper json, MatchingVocabulary vocabulary) {
		this.vocabulary = vocabulary;
		this.matching = matching;
		this.json = json;
	}

	@ModelAttribute("lists")
	VocabularyLists lists(Caller caller) {
		return this.vocabulary.lists(caller.workspaceId());
	}

	@ModelAttribute("slots")
	List<String> slots() {
		return DemoProfiles.SLOTS;
	}

	@GetMapping
	String list(Caller caller, Model model) {
		model.addAttribute("shoppers", this.matching.shoppers(caller.workspaceId()));
		model.addAttribute("loads", this.matching.loads(caller.workspaceId()));
		return LIST;
	}

	@GetMapping("/new")
	String initCreationForm(Model model) {
		model.addAttribute("form", new ShopperForm());
		return FORM;
	}

	@GetMapping("/{id}")
	String initUpdateForm(Caller caller, @PathVariable UUID id, Model model) {
		ShopperProfile shopper = this.matching.shopper(caller.workspaceId(), id)
			.orElseThrow(() -> new NotFoundException("shopper"));
		model.addAttribute("form", ShopperForm.of(shopper, this.matching.hours(caller.workspaceId(), id)));
		model.addAttribute("shopperId", id);
		return FORM;
	}

	@PostMapping({ "/new", "/{id}" })
	String processForm(Caller caller, @PathVariable(required = false) @Nullable UUID id,
			@Valid @ModelAttribute("form") ShopperForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (id != null) {
			this.matching.shopper(caller.workspaceId(), id).orElseThrow(() -> new NotFoundException("shopper"));
		}
		if (!result.hasErrors()) {
			try {
				this.matching.saveShopper(caller.workspaceId(), form.toProfile((id != null) ? id : UUID.randomUUID()),
						form.getHours().toHours());
				redirect.addFlashAttribute("message", "matching.shoppers.saved");
				return "redirect:/matching/shoppers";
			}
			catch (InvalidInputException ex) {
				ShopperForm.reject(result, ex);
			}
		}
		model.addAttribute("shopperId", id);
		return FORM;
	}

	@PostMapping("/{id}/delete")
	String delete(Caller caller, @PathVariable UUID id, RedirectAttributes redirect) {
		if (!this.matching.deleteShopper(caller.workspaceId(), id)) {
			throw new NotFoundException("shopper");
		}
		redirect.addFlashAttribute("message", "matching.shoppers.deleted");
		return "redirect:/matching/shoppers";
	}

	@GetMapping("/export.json")
	void exportJson(Caller caller, HttpServletResponse response) throws IOException {
		response.setContentType("application/json;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"shoppers.json\"");
		ProfileFiles.writeShoppersJson(this.json, this.matching.shoppers(caller.workspaceId()), response.getWriter());
	}

	@GetMapping("/export.csv")
	void exportCsv(Caller caller, HttpServletResponse response) throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"shoppers.csv\"");
		ProfileFiles.writeShoppersCsv(this.matching.shoppers(caller.workspaceId()), response.getWriter());
	}

	@PostMapping("/import")
	String importFile(Caller caller, @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		if (file == null) {
			throw new InvalidInputException("file", "matching.import.error.noFile", new Object[0],
					"a JSON or CSV file is required");
		}
		byte[] bytes = file.getBytes();
		String head = new String(bytes, 0, Math.min(bytes.length, 64), StandardCharsets.UTF_8).stripLeading();
		try (InputStream content = new ByteArrayInputStream(bytes)) {
			// decided by content, not by file name: a JSON array starts with '['
			List<ShopperProfile> shoppers = head.startsWith("[") ? ProfileFiles.readShoppersJson(this.json, content)
					: ProfileFiles.readShoppersCsv(content);
			this.matching.importShoppers(caller.workspaceId(), shoppers);
			redirect.addFlashAttribute("message", "matching.import.done");
		}
		catch (InvalidInputException ex) {
			FormErrors.flash(redirect, ex);
		}
		return "redirect:/matching/shoppers";
	}

}

package crmcopilot.workspace.web;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import crmcopilot.WebSlices;
import crmcopilot.shared.InvalidInputException;
import crmcopilot.workspace.Caller;
import crmcopilot.workspace.PrivacyLevel;
import crmcopilot.workspace.Role;
import crmcopilot.workspace.Workspace;
import crmcopilot.workspace.internal.AccountService;
import crmcopilot.workspace.internal.MerchantBrandings;
import crmcopilot.workspace.internal.WorkspacePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(value = BrandingAdminController.class, properties = "copilot.public-url=https://crm.example.sn")
class BrandingAdminControllerTests {

	private static final Caller ADMIN = WebSlices.caller(Role.ADMIN, WorkspacePermissions.SETTINGS_MANAGE);

	private static final Workspace WORKSPACE = new Workspace(WebSlices.WORKSPACE_ID, "atelier-dakar", "Atelier Dakar",
			Locale.FRENCH, ZoneId.of("Africa/Dakar"), PrivacyLevel.PRIVATE, false, Instant.EPOCH);

	@Autowired
	MockMvc mvc;

	@MockitoBean
	AccountService accounts;

	@MockitoBean
	MerchantBrandings brandings;

	@MockitoBean
	PublicBranding publicBranding;

	@BeforeEach
	void stored() {
		given(this.accounts.workspace(any())).willReturn(WORKSPACE);
		given(this.brandings.branding(any()))
			.willReturn(new MerchantBrandings.Branding("Maison Téranga", "#aa3300", null));
		given(this.publicBranding.of(any()))
			.willReturn(new PublicBranding.Merchant("Maison Téranga", null, "--brand: #aa3300"));
	}

	@Test
	void should_show_each_public_form_address_with_a_copy_button_and_a_link_to_paste() throws Exception {
		this.mvc.perform(get("/admin/settings/branding").with(WebSlices.signedIn(ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(
					"id=\"url-support\" lang=\"zxx\" translate=\"no\">https://crm.example.sn/public/support/atelier-dakar<"),
					containsString(
							"id=\"url-matching\" lang=\"zxx\" translate=\"no\">https://crm.example.sn/public/matching/atelier-dakar<"),
					containsString("data-copy=\"snippet-support\""), containsString("/js/copy-text.js"),
					containsString("&lt;a href=&quot;https://crm.example.sn/public/support/atelier-dakar&quot;&gt;"
							+ "Maison Téranga&lt;/a&gt;"),
					containsString("value=\"#aa3300\""), containsString("placeholder=\"Atelier Dakar\""))));
	}

	@Test
	void should_refuse_a_colour_that_is_not_rrggbb_with_a_french_message() throws Exception {
		willThrow(new InvalidInputException("accent", "workspace.error.accent", new Object[0], "bad colour"))
			.given(this.brandings)
			.update(any(), any(), eq("rouge"));

		this.mvc
			.perform(post("/admin/settings/branding").with(WebSlices.signedIn(ADMIN))
				.param("displayName", "Maison")
				.param("accent", "rouge"))
			.andExpect(redirectedUrl("/admin/settings/branding"))
			.andExpect(flash().attribute("error", "workspace.error.accent"));
	}

	@Test
	void should_refuse_an_svg_logo_before_storing_anything() throws Exception {
		MockMultipartFile svg = new MockMultipartFile("logo", "logo.png", "image/png",
				"<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(java.nio.charset.StandardCharsets.UTF_8));

		this.mvc.perform(multipart("/admin/settings/branding/logo").file(svg).with(WebSlices.signedIn(ADMIN)))
			.andExpect(redirectedUrl("/admin/settings/branding"))
			.andExpect(flash().attribute("error", "workspace.error.logo-type"));
		then(this.brandings).should(never()).replaceLogo(any(), any());
	}

}

package crmcopilot.workspace;

import java.net.http.HttpResponse;

import crmcopilot.CopilotIntegrationTest;
import crmcopilot.TestSession;
import crmcopilot.TestWorkspaces;
import crmcopilot.workspace.internal.LogoImage;
import crmcopilot.workspace.internal.MerchantBrandings;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** A merchant's public forms show its name, logo and colour, not the product's. */
@CopilotIntegrationTest
class MerchantBrandingTests {

	@LocalServerPort
	int port;

	@Autowired
	Workspaces workspaces;

	@Autowired
	Permissions permissions;

	@Autowired
	MerchantBrandings brandings;

	@Test
	void should_show_the_merchant_on_both_public_forms_and_serve_its_logo() throws Exception {
		Workspace workspace = TestWorkspaces.create(this.workspaces, "Branding");
		Caller admin = TestWorkspaces.admin(workspace, this.permissions.of(Role.ADMIN));
		this.brandings.update(admin, "Maison Téranga", "#AA3300");
		this.brandings.replaceLogo(admin, LogoImage.of(crmcopilot.workspace.internal.LogoImageTests.png()));
		TestSession visitor = TestSession.anonymous(this.port);

		for (String form : new String[] { "/public/support/", "/public/matching/" }) {
			HttpResponse<String> page = visitor.get(form + workspace.slug());
			assertThat(page.statusCode()).as(form).isEqualTo(200);
			assertThat(page.body()).as(form)
				.contains("id=\"merchant-name\">Maison Téranga<")
				.containsPattern("<h1>[^<]*Maison Téranga[^<]*</h1>")
				.contains("style=\"--brand: #aa3300\"")
				.contains("/public/branding/" + workspace.slug() + "/logo?v=")
				.contains("href=\"/favicon.svg\"")
				.doesNotContain(">crm-copilot<");
		}
		HttpResponse<String> logo = visitor.get("/public/branding/" + workspace.slug() + "/logo");
		assertThat(logo.statusCode()).isEqualTo(200);
		assertThat(logo.headers().firstValue("Content-Type")).hasValue("image/png");
		assertThat(visitor.get("/favicon.svg").statusCode()).isEqualTo(200);
		assertThat(visitor.get("/favicon.ico").statusCode()).isEqualTo(200);
	}

}

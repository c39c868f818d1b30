package crmcopilot.workspace.web;

import crmcopilot.workspace.Workspace;
import crmcopilot.workspace.internal.MerchantBrandings;
import crmcopilot.workspace.internal.MerchantBrandings.Branding;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The model of the public pages' layout ({@code fragments/public}), which asks it for the
 * merchant of the page's {@code workspace}: so a module's public controller adds nothing
 * to its model for the branding.
 */
@Component("publicBranding")
public class PublicBranding {

	private final MerchantBrandings brandings;

	PublicBranding(MerchantBrandings brandings) {
		this.brandings = brandings;
	}

	/** What a public page shows of its merchant. */
	public record Merchant(String name, @Nullable String logoPath, @Nullable String accentStyle) {
	}

	public Merchant of(Workspace workspace) {
		Branding branding = this.brandings.branding(workspace.id());
		String name = (branding.displayName() != null) ? branding.displayName() : workspace.name();
		String logo = (branding.logoVersion() != null)
				? LogoController.PATH.replace("{slug}", workspace.slug()) + "?v=" + branding.logoVersion() : null;
		// the colour was checked as #rrggbb when saved: nothing else can reach the style
		String accent = (branding.accent() != null) ? "--brand: " + branding.accent() : null;
		return new Merchant(name, logo, accent);
	}

}

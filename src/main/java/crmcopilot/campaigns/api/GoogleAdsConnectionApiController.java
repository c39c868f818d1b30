package crmcopilot.campaigns.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import crmcopilot.campaigns.CampaignPermissions;
import crmcopilot.campaigns.internal.GoogleAdsCredentials;
import crmcopilot.workspace.Caller;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The workspace's Google Ads access for Customer Match uploads; secrets are written,
 * never read back.
 */
@RestController
@RequestMapping("/api/v1/campaigns/connections/google-ads")
@PreAuthorize("hasAuthority('" + CampaignPermissions.CONNECT + "')")
@Tag(name = "campaigns")
class GoogleAdsConnectionApiController {

	private final GoogleAdsCredentials credentials;

	GoogleAdsConnectionApiController(GoogleAdsCredentials credentials) {
		this.credentials = credentials;
	}

	record Connection(@Nullable String customerId, @Nullable String loginCustomerId, @Nullable String developerToken,
			@Nullable String clientId, @Nullable String clientSecret, @Nullable String refreshToken) {
	}

	record Status(boolean connected) {
	}

	@GetMapping
	@Operation(summary = "Whether the workspace can upload Customer Match lists to Google Ads")
	Status status(Caller caller) {
		return new Status(this.credentials.connected(caller.workspaceId()));
	}

	@PutMapping
	@Operation(summary = "Save the customer id, developer token and OAuth client with its refresh token")
	Status save(Caller caller, @RequestBody Connection connection) {
		this.credentials.save(caller.workspaceId(),
				new GoogleAdsCredentials.Connection(text(connection.customerId()), connection.loginCustomerId(),
						text(connection.developerToken()), text(connection.clientId()), text(connection.clientSecret()),
						text(connection.refreshToken())));
		return new Status(true);
	}

	@DeleteMapping
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Forget the workspace's Google Ads access")
	void disconnect(Caller caller) {
		this.credentials.disconnect(caller.workspaceId());
	}

	private static String text(@Nullable String value) {
		return (value != null) ? value : "";
	}

}

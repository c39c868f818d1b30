package crmcopilot.support.web;

import java.util.Map;

import crmcopilot.shared.NotFoundException;
import crmcopilot.support.internal.whatsapp.WhatsAppWebhook;
import crmcopilot.workspace.Workspace;
import crmcopilot.workspace.Workspaces;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The callback URL a workspace gives Meta for its WhatsApp Business number: {@code GET}
 * answers the subscription handshake, {@code POST} takes notifications signed with the
 * app secret (anything else is a 401 and nothing is stored).
 */
@RestController
@RequestMapping("/hooks/support/{slug}/whatsapp")
class WhatsAppWebhookController {

	private final Workspaces workspaces;

	private final WhatsAppWebhook webhook;

	WhatsAppWebhookController(Workspaces workspaces, WhatsAppWebhook webhook) {
		this.workspaces = workspaces;
		this.webhook = webhook;
	}

	@GetMapping(produces = MediaType.TEXT_PLAIN_VALUE)
	ResponseEntity<String> verify(@PathVariable String slug,
			@RequestParam(name = "hub.mode", required = false) @Nullable String mode,
			@RequestParam(name = "hub.verify_token", required = false) @Nullable String token,
			@RequestParam(name = "hub.challenge", required = false) @Nullable String challenge) {
		return this.webhook.challenge(workspace(slug).id(), mode, token, challenge)
			.map(ResponseEntity::ok)
			.orElseGet(() -> ResponseEntity.status(HttpStatus.FORBIDDEN).body("verification failed"));
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> receive(@PathVariable String slug, @RequestBody byte[] body,
			@RequestHeader(name = WhatsAppWebhook.SIGNATURE_HEADER, required = false) @Nullable String signature)
			throws InterruptedException {
		Workspace workspace = workspace(slug);
		if (!this.webhook.authentic(workspace.id(), body, signature)) {
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("error", "invalid signature"));
		}
		WhatsAppWebhook.Received received;
		try {
			received = this.webhook.receive(workspace.id(), body);
		}
		catch (JacksonException ex) {
			return ResponseEntity.badRequest().body(Map.of("error", "body must be JSON", "field", "body"));
		}
		return ResponseEntity.ok(Map.of("messages", received.messages(), "duplicates", received.duplicates(),
				"statuses", received.statuses()));
	}

	private Workspace workspace(String slug) {
		return this.workspaces.findBySlug(slug).orElseThrow(() -> new NotFoundException("workspace"));
	}

}

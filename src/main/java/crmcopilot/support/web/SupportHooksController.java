package crmcopilot.support.web;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import crmcopilot.support.InboundMessage;
import crmcopilot.support.Ingestion;
import crmcopilot.support.SupportIntake;
import crmcopilot.support.TriageResult;
import crmcopilot.support.internal.Signatures;
import crmcopilot.support.internal.WorkspaceSupportConfig;
import crmcopilot.shared.NotFoundException;
import crmcopilot.workspace.Workspace;
import crmcopilot.workspace.Workspaces;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.commons.text.StringEscapeUtils;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Webhooks for SMS and social channels: a generic JSON one signed with the workspace's
 * secret ({@code X-Copilot-Signature: sha256=<hex HMAC-SHA256 of the body>}) and Twilio's
 * form-encoded SMS ({@code X-Twilio-Signature}). A bad or missing signature is a 401 and
 * nothing is stored.
 */
@RestController
@RequestMapping("/hooks/support/{slug}")
class SupportHooksController {

	private final Workspaces workspaces;

	private final WorkspaceSupportConfig config;

	private final SupportIntake intake;

	private final JsonMapper json;

	private final String publicUrl;

	SupportHooksController(Workspaces workspaces, WorkspaceSupportConfig config, SupportIntake intake, JsonMapper json,
			@Value("${copilot.public-url:http://localhost:8080}") String publicUrl) {
		this.workspaces = workspaces;
		this.config = config;
		this.intake = intake;
		this.json = json;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	@PostMapping(path = "/generic", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> generic(@PathVariable String slug, @RequestBody byte[] body,
			@RequestHeader(name = Signatures.HEADER, required = false) @Nullable String signature) {
		Workspace workspace = workspace(slug);
		Optional<String> secret = this.config.secret(workspace.id(), "webhook.secret");
		if (secret.isEmpty() || !Signatures.verify(secret.get(), body, signature)) {
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("error", "invalid signature"));
		}
		JsonNode node;
		try {
			node = this.json.readTree(new String(body, StandardCharsets.UTF_8));
		}
		catch (RuntimeException ex) {
			return ResponseEntity.badRequest().body(Map.of("error", "body must be JSON", "field", "body"));
		}
		String from = text(node, "from");
		String text = (text(node, "body") != null) ? text(node, "body") : text(node, "text");
		if (from == null || text == null) {
			return ResponseEntity.badRequest()
				.body(Map.of("error", "'from' and 'body' are required", "field", (from == null) ? "from" : "body"));
		}
		String channel = (text(node, "channel") != null) ? text(node, "channel") : "webhook";
		String callback = text(node, "callbackUrl");
		if (callback != null && !callback.matches("(?i)^https?://.+")) {
			return ResponseEntity.badRequest()
				.body(Map.of("error", "callbackUrl must be http(s)", "field", "callbackUrl"));
		}
		Map<String, String> metadata = new LinkedHashMap<>();
		JsonNode meta = node.get("metadata");
		if (meta != null && meta.isObject()) {
			meta.properties().forEach((entry) -> metadata.put(entry.getKey(), entry.getValue().asString()));
		}
		String externalId = (text(node, "externalId") != null) ? text(node, "externalId") : text(node, "id");
		Ingestion ingestion = this.intake.ingest(workspace.id(),
				new InboundMessage(channel, from, text(node, "subject"), text, false, text(node, "language"),
						externalId, List.of(), null, metadata, List.of(), callback));
		return ResponseEntity.status(ingestion.duplicate() ? HttpStatus.OK : HttpStatus.ACCEPTED)
			.body(summary(ingestion));
	}

	@PostMapping(path = "/twilio", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
			produces = MediaType.APPLICATION_XML_VALUE)
	ResponseEntity<String> twilio(@PathVariable String slug, @RequestParam MultiValueMap<String, String> form,
			@RequestHeader(name = Signatures.TWILIO_HEADER, required = false) @Nullable String signature,
			HttpServletRequest request) {
		Workspace workspace = workspace(slug);
		Optional<String> token = this.config.secret(workspace.id(), "twilio.token");
		Map<String, String> params = form.toSingleValueMap();
		String path = request.getRequestURI();
		boolean valid = token.isPresent()
				&& (Signatures.verifyTwilio(token.get(), this.publicUrl + path, params, signature)
						|| Signatures.verifyTwilio(token.get(), request.getRequestURL().toString(), params, signature));
		if (!valid) {
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
				.contentType(MediaType.TEXT_PLAIN)
				.body("invalid signature");
		}
		String from = params.get("From");
		String body = params.get("Body");
		if (from == null || body == null || body.isBlank()) {
			return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN).body("From and Body are required");
		}
		Ingestion ingestion = this.intake.ingest(workspace.id(),
				new InboundMessage("sms", from, null, body, false, null, params.get("MessageSid"), List.of(), null,
						Map.of("to", String.valueOf(params.get("To"))), List.of(), null));
		TriageResult triage = ingestion.message().triage();
		// with a Twilio account the automatic reply went to the outbox (REST API,
		// retried)
		boolean viaRest = this.config.twilio(workspace.id()).isPresent();
		String twiml = (triage != null && triage.automatic() && !ingestion.duplicate() && !viaRest)
				? "<Response><Message>" + StringEscapeUtils.escapeXml10(triage.reponse()) + "</Message></Response>"
				: "<Response></Response>";
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(twiml);
	}

	private Workspace workspace(String slug) {
		return this.workspaces.findBySlug(slug).orElseThrow(() -> new NotFoundException("workspace"));
	}

	private static Map<String, Object> summary(Ingestion ingestion) {
		Map<String, Object> summary = new LinkedHashMap<>();
		summary.put("message", ingestion.message().id().toString());
		summary.put("duplicate", ingestion.duplicate());
		TriageResult triage = ingestion.message().triage();
		if (triage != null) {
			summary.put("action", triage.action().code());
			summary.put("categorie", triage.categorie());
			summary.put("priorite", triage.priorite().label());
		}
		if (ingestion.ticketId() != null) {
			summary.put("ticket", ingestion.ticketId().toString());
		}
		return summary;
	}

	private static @Nullable String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		String text = value.asString();
		return text.isBlank() ? null : text;
	}

}

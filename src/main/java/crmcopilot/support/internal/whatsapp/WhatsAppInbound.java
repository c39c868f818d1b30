package crmcopilot.support.internal.whatsapp;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import crmcopilot.ai.SpeechToTextEngine;
import crmcopilot.ai.SpeechToTextFailed;
import crmcopilot.support.InboundMessage;
import crmcopilot.support.internal.WorkspaceSupportConfig;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * One message of a WhatsApp webhook as a support message: text, button replies and media
 * captions as they are; a voice note downloaded through the Graph API and transcribed by
 * the speech-to-text engine (when that fails, the message is kept with a note saying so,
 * for an agent to listen to it on the phone).
 */
@Component
class WhatsAppInbound {

	private static final Logger log = LoggerFactory.getLogger(WhatsAppInbound.class);

	private final GraphApiClient graph;

	private final ObjectProvider<SpeechToTextEngine> speech;

	private final WorkspaceSupportConfig config;

	private final MessageSource messages;

	WhatsAppInbound(GraphApiClient graph, ObjectProvider<SpeechToTextEngine> speech, WorkspaceSupportConfig config,
			MessageSource messages) {
		this.graph = graph;
		this.speech = speech;
		this.config = config;
		this.messages = messages;
	}

	/**
	 * @param message one element of {@code value.messages}
	 * @param name the sender's WhatsApp profile name, if given
	 * @return the message, or empty for what carries nothing to answer (a reaction)
	 */
	Optional<InboundMessage> convert(UUID workspaceId, Optional<WhatsAppAccount> account, JsonNode message,
			@Nullable String name) throws InterruptedException {
		String from = text(message, "from");
		String id = text(message, "id");
		String type = (text(message, "type") != null) ? text(message, "type") : "unknown";
		if (from == null || id == null || "reaction".equals(type)) {
			return Optional.empty();
		}
		Map<String, String> metadata = new LinkedHashMap<>();
		metadata.put("whatsapp_type", type);
		if (name != null) {
			metadata.put("name", name);
		}
		List<InboundMessage.Attachment> attachments = List.of();
		String body = switch (type) {
			case "text" -> message.path("text").path("body").asString("");
			case "button" -> message.path("button").path("text").asString("");
			case "interactive" -> interactive(message.path("interactive"));
			case "audio" -> {
				JsonNode audio = message.path("audio");
				String mime = audio.path("mime_type").asString("audio/ogg");
				attachments = List.of(new InboundMessage.Attachment("note-vocale", mime, 0));
				metadata.put("voice", "true");
				yield transcribe(workspaceId, account, audio.path("id").asString(""));
			}
			case "image", "video", "document" -> {
				JsonNode media = message.path(type);
				attachments = List.of(new InboundMessage.Attachment(media.path("filename").asString(type),
						media.path("mime_type").asString("application/octet-stream"), 0));
				yield media.path("caption").asString("[" + type + "]");
			}
			default -> "[" + type + "]";
		};
		if (body.isBlank()) {
			body = "[" + type + "]";
		}
		long timestamp = message.path("timestamp").asLong(0);
		Instant receivedAt = (timestamp > 0) ? Instant.ofEpochSecond(timestamp) : null;
		return Optional.of(new InboundMessage(WhatsAppAccounts.CHANNEL, from, null, body, false, null, id, List.of(),
				receivedAt, metadata, attachments, null));
	}

	private String transcribe(UUID workspaceId, Optional<WhatsAppAccount> account, String mediaId)
			throws InterruptedException {
		SpeechToTextEngine engine = this.speech.getIfAvailable();
		String problem;
		if (account.isEmpty()) {
			problem = note(workspaceId, "support.whatsapp.voice.notConfigured");
		}
		else if (engine == null) {
			problem = note(workspaceId, "support.whatsapp.voice.noEngine");
		}
		else {
			try {
				GraphApiClient.Media media = this.graph.media(account.get(), mediaId);
				byte[] audio = this.graph.download(account.get(), media);
				String transcript = engine.transcribe(audio, null).text().strip();
				if (!transcript.isEmpty()) {
					return transcript;
				}
				problem = note(workspaceId, "support.whatsapp.voice.empty");
			}
			catch (GraphApiClient.GraphApiException | SpeechToTextFailed ex) {
				log.warn("Voice note {} of workspace {} not transcribed: {}", mediaId, workspaceId, ex.getMessage());
				problem = ex.getMessage();
			}
		}
		return note(workspaceId, "support.whatsapp.voice.untranscribed", problem);
	}

	private String note(UUID workspaceId, String key, Object... args) {
		Locale locale = this.config.workspace(workspaceId).locale();
		return this.messages.getMessage(key, args, key, locale);
	}

	private static String interactive(JsonNode interactive) {
		for (String kind : List.of("button_reply", "list_reply")) {
			JsonNode reply = interactive.path(kind);
			if (reply.isObject()) {
				return reply.path("title").asString("");
			}
		}
		return "";
	}

	private static @Nullable String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value == null || value.isNull() || value.asString().isBlank()) ? null : value.asString();
	}

}

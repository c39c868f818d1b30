package crmcopilot.support.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

/**
 * Delivers the outbox: mail through the workspace's SMTP server, webhook calls by HTTP
 * POST. A failure leaves the item pending with a later attempt time.
 */
@Service
public class OutboxDelivery {

	private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);

	private final Outbox outbox;

	private final WorkspaceSupportConfig config;

	private final SupportSettings settings;

	private final HttpClient http;

	OutboxDelivery(Outbox outbox, WorkspaceSupportConfig config, SupportSettings settings) {
		this.outbox = outbox;
		this.config = config;
		this.settings = settings;
		this.http = HttpClient.newBuilder()
			.connectTimeout(settings.timeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/**
	 * Tries every due item once.
	 * @return how many were sent
	 */
	public int deliverDue() {
		int sent = 0;
		Instant now = Instant.now();
		for (Outbox.Item item : this.outbox.due(now, 100)) {
			if (!this.outbox.claim(item, now, Duration.ofMinutes(5))) {
				continue;
			}
			try {
				if (Outbox.EMAIL.equals(item.kind())) {
					sendMail(item);
				}
				else {
					post(item);
				}
				this.outbox.sent(item.id(), Instant.now());
				sent++;
			}
			catch (Exception ex) {
				log.warn("Outbox item {} ({}) not delivered, attempt {}: {}", item.id(), item.kind(),
						item.attempts() + 1, ex.getMessage());
				this.outbox.failed(item, String.valueOf(ex.getMessage()), Instant.now(), this.settings.maxAttempts());
			}
		}
		return sent;
	}

	private void sendMail(Outbox.Item item) throws Exception {
		Optional<WorkspaceSupportConfig.Smtp> configured = this.config.smtp(item.workspaceId());
		if (configured.isEmpty()) {
			throw new IllegalStateException("SMTP not configured for this workspace");
		}
		WorkspaceSupportConfig.Smtp smtp = configured.get();
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost(smtp.host());
		sender.setPort(smtp.port());
		sender.setDefaultEncoding(StandardCharsets.UTF_8.name());
		if (smtp.user() != null) {
			sender.setUsername(smtp.user());
			sender.setPassword(smtp.password());
		}
		Properties properties = sender.getJavaMailProperties();
		String timeout = Long.toString(this.settings.timeout().toMillis());
		properties.put("mail.smtp.connectiontimeout", timeout);
		properties.put("mail.smtp.timeout", timeout);
		properties.put("mail.smtp.writetimeout", timeout);
		properties.put("mail.smtp.auth", Boolean.toString(smtp.user() != null));
		if ("ssl".equals(smtp.security())) {
			properties.put("mail.smtp.ssl.enable", "true");
		}
		else if ("starttls".equals(smtp.security())) {
			properties.put("mail.smtp.starttls.enable", "true");
			properties.put("mail.smtp.starttls.required", "true");
		}
		MimeMessage mime = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(mime, false, StandardCharsets.UTF_8.name());
		helper.setFrom(new InternetAddress(smtp.from()));
		helper.setTo(item.target());
		helper.setSubject((item.subject() != null) ? item.subject() : "");
		helper.setText(item.body(), false);
		// Spring keeps a Message-ID set beforehand: ours, so the customer's answer
		// threads back
		for (Map.Entry<String, String> header : item.headers().entrySet()) {
			mime.setHeader(header.getKey(), header.getValue());
		}
		sender.send(mime);
	}

	private void post(Outbox.Item item) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(item.target()))
			.timeout(this.settings.timeout())
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(item.body()));
		item.headers().forEach(request::header);
		HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() / 100 != 2) {
			throw new IllegalStateException(
					"HTTP " + response.statusCode() + " from " + URI.create(item.target()).getHost());
		}
	}

}

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
import java.util.UUID;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

/**
 * Delivers the outbox: mail through the workspace's SMTP server, SMS through Twilio's
 * REST API, webhook calls by HTTP POST. A failure leaves the item pending with a later
 * attempt time.
 */
@Service
public class OutboxDelivery {

	private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);

	private final Outbox outbox;

	private final WorkspaceSupportConfig config;

	private final SupportSettings settings;

	private final HttpClient http;

	private final TwilioClient twilio;

	OutboxDelivery(Outbox outbox, WorkspaceSupportConfig config, SupportSettings settings, TwilioClient twilio) {
		this.outbox = outbox;
		this.config = config;
		this.settings = settings;
		this.twilio = twilio;
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
			if (this.outbox.claim(item, now, Duration.ofMinutes(5)) && deliver(item)) {
				sent++;
			}
		}
		return sent;
	}

	/**
	 * Puts a failed item back in the queue and tries it at once.
	 * @return the item afterwards, empty when it is not a failed item of this workspace
	 */
	public Optional<Outbox.Item> retryNow(UUID workspaceId, UUID id) {
		Instant now = Instant.now();
		if (!this.outbox.requeue(workspaceId, id, now)) {
			return Optional.empty();
		}
		Outbox.Item item = this.outbox.item(workspaceId, id);
		if (this.outbox.claim(item, now, Duration.ofMinutes(5))) {
			deliver(item);
		}
		return this.outbox.find(workspaceId, id);
	}

	/** One attempt; true when sent. */
	private boolean deliver(Outbox.Item item) {
		try {
			String providerRef = null;
			if (Outbox.EMAIL.equals(item.kind())) {
				sendMail(item);
			}
			else if (Outbox.TWILIO.equals(item.kind())) {
				providerRef = sendSms(item);
			}
			else {
				post(item);
			}
			this.outbox.sent(item.id(), Instant.now(), providerRef);
			return true;
		}
		catch (TwilioClient.TwilioException ex) {
			log.warn("Outbox item {} (TWILIO) not delivered, attempt {}: {}", item.id(), item.attempts() + 1,
					ex.getMessage());
			// a request Twilio refuses (bad number, unverified sender...) fails the same
			// way every time: given up at once, an agent may retry it from the outbox
			// page
			int maxAttempts = ex.permanent() ? item.attempts() + 1 : this.settings.maxAttempts();
			this.outbox.failed(item, String.valueOf(ex.getMessage()), Instant.now(), maxAttempts);
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.outbox.failed(item, "interrupted", Instant.now(), this.settings.maxAttempts());
			return false;
		}
		catch (Exception ex) {
			String error = (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName();
			log.warn("Outbox item {} ({}) not delivered, attempt {}: {}", item.id(), item.kind(), item.attempts() + 1,
					error);
			this.outbox.failed(item, error, Instant.now(), this.settings.maxAttempts());
			return false;
		}
	}

	private String sendSms(Outbox.Item item) throws TwilioClient.TwilioException, InterruptedException {
		TwilioClient.Account account = this.config.twilio(item.workspaceId())
			.orElseThrow(() -> new IllegalStateException("Twilio not configured for this workspace"));
		TwilioClient.Sent sent = this.twilio.send(account, item.target(), item.body());
		log.info("Outbox item {} sent through Twilio as {} ({})", item.id(), sent.sid(), sent.status());
		return sent.sid();
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

package crmcopilot.mail.internal;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;

import crmcopilot.mail.MailSender;
import crmcopilot.mail.OutgoingMail;
import crmcopilot.mail.SmtpServer;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

/**
 * Sends mail with Jakarta Mail (Angus Mail) through Spring's {@link JavaMailSenderImpl}.
 */
@Service
class SmtpMailSender implements MailSender {

	private final MailSettings settings;

	SmtpMailSender(MailSettings settings) {
		this.settings = settings;
	}

	@Override
	public void send(SmtpServer server, OutgoingMail mail) {
		JavaMailSenderImpl sender = sender(server);
		try {
			MimeMessage mime = sender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(mime, false, StandardCharsets.UTF_8.name());
			helper.setFrom(new InternetAddress(server.from()));
			helper.setTo(mail.to());
			helper.setSubject((mail.subject() != null) ? mail.subject() : "");
			helper.setText(mail.text(), false);
			// Spring keeps a Message-ID set beforehand: the caller's, so an answer
			// threads back
			for (Map.Entry<String, String> header : mail.headers().entrySet()) {
				mime.setHeader(header.getKey(), header.getValue());
			}
			sender.send(mime);
		}
		catch (MessagingException | MailException ex) {
			throw new MailSendException(String.valueOf(ex.getMessage()), ex);
		}
	}

	private JavaMailSenderImpl sender(SmtpServer server) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost(server.host());
		sender.setPort(server.port());
		sender.setDefaultEncoding(StandardCharsets.UTF_8.name());
		if (server.user() != null) {
			sender.setUsername(server.user());
			sender.setPassword(server.password());
		}
		Properties properties = sender.getJavaMailProperties();
		String timeout = Long.toString(this.settings.timeout().toMillis());
		properties.put("mail.smtp.connectiontimeout", timeout);
		properties.put("mail.smtp.timeout", timeout);
		properties.put("mail.smtp.writetimeout", timeout);
		properties.put("mail.smtp.auth", Boolean.toString(server.user() != null));
		if (server.security() == SmtpServer.Security.SSL) {
			properties.put("mail.smtp.ssl.enable", "true");
		}
		else if (server.security() == SmtpServer.Security.STARTTLS) {
			properties.put("mail.smtp.starttls.enable", "true");
			properties.put("mail.smtp.starttls.required", "true");
		}
		return sender;
	}

}

package crmcopilot.matching.internal;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Mails a client their return link through Spring Mail when SMTP is configured
 * ({@code spring.mail.host}); without it, or when the server refuses, the link is only
 * shown on the result page.
 */
@Component
public class ReturnLinkMailer {

	private static final Logger log = LoggerFactory.getLogger(ReturnLinkMailer.class);

	private final @Nullable JavaMailSender sender;

	private final MessageSource messages;

	private final String from;

	@Autowired
	ReturnLinkMailer(ObjectProvider<JavaMailSender> sender, MessageSource messages, MatchingSettings settings) {
		this(sender.getIfAvailable(), messages, settings.mailFrom());
	}

	public ReturnLinkMailer(@Nullable JavaMailSender sender, MessageSource messages, String from) {
		this.sender = sender;
		this.messages = messages;
		this.from = from;
	}

	/** Sends the link; false when no SMTP server is configured or it refused the mail. */
	public boolean send(String to, String workspaceName, String link, Locale locale) {
		if (this.sender == null) {
			return false;
		}
		SimpleMailMessage mail = new SimpleMailMessage();
		mail.setFrom(this.from);
		mail.setTo(to);
		mail.setSubject(
				this.messages.getMessage("matching.return.mail.subject", new Object[] { workspaceName }, locale));
		mail.setText(this.messages.getMessage("matching.return.mail.body",
				new Object[] { workspaceName, link, crmcopilot.matching.internal.ReturnLinks.VALIDITY.toDays() },
				locale));
		try {
			this.sender.send(mail);
			return true;
		}
		catch (MailException ex) {
			log.warn("return link not mailed: {}", ex.getMessage());
			return false;
		}
	}

}

package dev.spotter.platform.mail;

import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends Spotter's emails when a mail server is configured (SPRING_MAIL_HOST). Without one, or when the server
 * fails, it reports that nothing was sent so that the caller can offer the link on screen instead.
 */
@Component
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;

    Mailer(ObjectProvider<JavaMailSender> sender, @Value("${spotter.mail.from}") String from) {
        this.sender = sender;
        this.from = from;
    }

    public boolean configured() {
        return sender.getIfAvailable() != null;
    }

    /** A file sent with a message, such as a calendar event. */
    public record Attachment(String filename, String contentType, byte[] content) {
    }

    /** Sends a plain-text and HTML message; true when the mail server accepted it. */
    public boolean send(String to, String subject, String text, String html) {
        return send(to, subject, text, html, List.of());
    }

    /** Sends a plain-text and HTML message with files attached; true when the mail server accepted it. */
    public boolean send(String to, String subject, String text, String html, List<Attachment> attachments) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            log.info("No mail server configured; not sending \"{}\"", subject);
            return false;
        }
        try {
            MimeMessage message = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(from);
            helper.setTo(to);
            helper.setSubject(subject);
            helper.setText(text, html);
            for (Attachment attachment : attachments) {
                helper.addAttachment(attachment.filename(), new ByteArrayResource(attachment.content()),
                        attachment.contentType());
            }
            mail.send(message);
            return true;
        } catch (MessagingException | MailException e) {
            log.warn("Could not send \"{}\": {}", subject, e.getMessage());
            return false;
        }
    }
}

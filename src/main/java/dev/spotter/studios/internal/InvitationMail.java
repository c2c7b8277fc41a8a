package dev.spotter.studios.internal;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import dev.spotter.platform.mail.Mailer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.util.HtmlUtils;

/** Emails an invitation once the transaction that made it has committed, so no mail goes out for a rollback. */
@Component
class InvitationMail {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy").withZone(ZoneOffset.UTC);

    private final Mailer mailer;

    InvitationMail(Mailer mailer) {
        this.mailer = mailer;
    }

    /** An invitation was made and its link can be sent. */
    record InvitationIssued(Invitation invitation, String studioName, String link) {
    }

    @TransactionalEventListener
    void send(InvitationIssued issued) {
        Invitation invitation = issued.invitation();
        String who = invitation.invitedByName();
        String role = invitation.role().label().toLowerCase();
        String subject = who + " invited you to " + issued.studioName() + " on Spotter";
        String text = """
                Hello,

                %s has invited you to join %s on Spotter as a %s.

                Accept the invitation and choose your password here:
                %s

                The link works once and expires on %s. If you were not expecting this, you can ignore this email.
                """.formatted(who, issued.studioName(), role, issued.link(), DAY.format(invitation.expiresAt()));
        String html = """
                <p>Hello,</p>
                <p><strong>%s</strong> has invited you to join <strong>%s</strong> on Spotter as a %s.</p>
                <p><a href="%s">Accept the invitation</a></p>
                <p>The link works once and expires on %s. If you were not expecting this, you can ignore this
                email.</p>
                """.formatted(HtmlUtils.htmlEscape(who), HtmlUtils.htmlEscape(issued.studioName()), role,
                HtmlUtils.htmlEscape(issued.link()), DAY.format(invitation.expiresAt()));
        mailer.send(invitation.email(), subject, text, html);
    }
}

package ru.mentoring.events.notice;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ru.mentoring.support.mail.Mail;
import ru.mentoring.support.mail.MailQueue;

import java.util.UUID;

/**
 * Tells a person something in the portal and by e-mail, in the business transaction that decided
 * it: the notice and the queued mail commit with the change or not at all (the mail is sent after the
 * commit, see {@link MailQueue}).
 */
@Singleton
public class Notices {

    private final NoticeRepository notices;
    private final MailQueue mail;

    Notices(NoticeRepository notices, MailQueue mail) {
        this.notices = notices;
        this.mail = mail;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void tell(String recipientSubject, @Nullable String email, @Nullable UUID eventId, NoticeKind kind, String text,
                     @Nullable Mail.Attachment attachment) {
        notices.insert(recipientSubject, eventId, kind, text);
        if (email != null && !email.isBlank()) {
            Mail message = Mail.of(email, kind.title(), text + "\n\n— Сеть наставничества");
            mail.enqueue(attachment == null ? message : message.with(attachment));
        }
    }

    /**
     * Many messages at once (a batch of confirmations): two statements, whatever the batch's size. A
     * message with {@code portal} false goes by mail only: the applicant saw that answer on the screen,
     * and the portal shows it as the registration's status.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void tellAll(java.util.List<Message> messages) {
        if (messages.isEmpty()) {
            return;
        }
        var forPortal = messages.stream().filter(Message::portal).toList();
        if (!forPortal.isEmpty()) {
            notices.insertAll(forPortal);
        }
        mail.enqueueAll(messages.stream().filter(m -> m.email() != null && !m.email().isBlank())
                .map(m -> {
                    Mail message = Mail.of(m.email(), m.kind().title(), m.text() + "\n\n— Сеть наставничества");
                    return m.attachment() == null ? message : message.with(m.attachment());
                }).toList());
    }

    /** One message of a batch for {@link #tellAll}. */
    public record Message(String recipientSubject, @Nullable String email, @Nullable UUID eventId, NoticeKind kind,
                          String text, @Nullable Mail.Attachment attachment, boolean portal) {
    }

    @Transactional
    public int markRead(String recipientSubject) {
        return notices.markRead(recipientSubject);
    }
}

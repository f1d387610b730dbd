package ru.mentoring.practices.notification;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ru.mentoring.practices.library.Times;
import ru.mentoring.support.mail.Mail;
import ru.mentoring.support.mail.MailQueue;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Tells people what happened to their practices (a rating, a comment, a decision of the review): in the
 * portal, and by e-mail through the platform's mail queue. Both are written in the transaction of the
 * change itself, so a rolled-back comment tells nobody.
 */
@Singleton
public class NotificationService {

    private final NotificationRepository notifications;
    private final NotificationQueries queries;
    private final ReadMarkRepository marks;
    private final Optional<MailQueue> mail;
    private final String portal;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, NotificationQueries queries, ReadMarkRepository marks,
                        Optional<MailQueue> mail, @Value("${mentoring.portal-url:`http://localhost:8080`}") String portal,
                        Clock clock) {
        this.notifications = notifications;
        this.queries = queries;
        this.marks = marks;
        this.mail = mail;
        this.portal = portal;
        this.clock = clock;
    }

    @Serdeable
    public record Item(UUID id, @Nullable UUID practiceId, String message, Instant createdAt, @Nullable Instant readAt) {
    }

    /** @param recipients e-mails; blanks and the one who acted ({@code except}) are skipped */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void tell(Collection<String> recipients, @Nullable String except, UUID practiceId, String message) {
        Instant now = Times.now(clock);
        var unique = new LinkedHashSet<String>();
        for (String r : recipients) {
            if (r != null && !r.isBlank()) {
                unique.add(r.strip().toLowerCase(Locale.ROOT));
            }
        }
        if (except != null) {
            unique.remove(except.toLowerCase(Locale.ROOT));
        }
        for (String recipient : unique) {
            notifications.save(new Notification(UUID.randomUUID(), recipient, practiceId, message, now, null));
            mail.ifPresent(queue -> queue.enqueue(Mail.of(recipient, "Банк практик: " + subject(message),
                    message + "\n\nПрактика: " + portal + "/practices/" + practiceId
                            + "\n\nЭто письмо отправлено автоматически банком практик наставничества.")));
        }
    }

    private static String subject(String message) {
        int colon = message.indexOf(':');
        String head = colon > 0 ? message.substring(0, colon) : message;
        return head.length() > 120 ? head.substring(0, 120) + "…" : head;
    }

    public List<Item> of(String recipient) {
        return queries.of(recipient, 100);
    }

    public int unread(String recipient) {
        return queries.unread(recipient);
    }

    public int markRead(String recipient) {
        return marks.markRead(recipient, Times.now(clock));
    }
}

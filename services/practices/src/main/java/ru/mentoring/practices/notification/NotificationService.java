package ru.mentoring.practices.notification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ru.mentoring.practices.library.Times;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Tells people what happened to their practices (a rating, a comment, a decision of the review), in the
 * portal; written in the transaction of the change itself, so a rolled-back comment tells nobody.
 */
@Singleton
public class NotificationService {

    private final NotificationRepository notifications;
    private final NotificationQueries queries;
    private final ReadMarkRepository marks;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, NotificationQueries queries, ReadMarkRepository marks,
                        Clock clock) {
        this.notifications = notifications;
        this.queries = queries;
        this.marks = marks;
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
        }
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

package ru.mentoring.practices.comment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ru.mentoring.practices.access.Actor;
import ru.mentoring.practices.library.Times;
import ru.mentoring.practices.notification.NotificationService;
import ru.mentoring.practices.practice.PracticeService;
import ru.mentoring.practices.practice.VersionRef;
import ru.mentoring.support.web.BusinessRuleException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Comments from mentors of every school on published practices; the authors are told. */
@Singleton
public class CommentService {

    static final int MAX = 4000;

    private final PracticeService practices;
    private final PracticeCommentRepository comments;
    private final NotificationService notifications;
    private final Clock clock;

    CommentService(PracticeService practices, PracticeCommentRepository comments, NotificationService notifications,
                   Clock clock) {
        this.practices = practices;
        this.comments = comments;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Serdeable
    public record CommentView(UUID id, String authorName, @Nullable String authorSchoolId, String text, Instant createdAt) {
        static CommentView of(PracticeComment c) {
            return new CommentView(c.id(), c.authorName(), c.authorSchoolId(), c.body(), c.createdAt());
        }
    }

    @Transactional
    CommentView add(UUID practiceId, @Nullable String text, Actor actor) {
        if (text == null || text.isBlank()) {
            throw new BusinessRuleException("Напишите текст комментария");
        }
        if (text.strip().length() > MAX) {
            throw new BusinessRuleException("Комментарий не длиннее 4000 символов");
        }
        VersionRef practice = practices.published(practiceId, actor);
        PracticeComment saved = comments.save(new PracticeComment(UUID.randomUUID(), practiceId, actor.subject(),
                actor.displayName(), actor.schoolId().orElse(null), text.strip(), Times.now(clock)));
        String preview = saved.body().length() > 120 ? saved.body().substring(0, 120) + "…" : saved.body();
        notifications.tell(practice.authorEmails(), actor.email().orElse(null), practiceId,
                actor.displayName() + " прокомментировал(а) практику «" + practice.title() + "»: " + preview);
        return CommentView.of(saved);
    }

    @Transactional(readOnly = true)
    public List<CommentView> of(UUID practiceId, Actor actor) {
        practices.published(practiceId, actor);
        return comments.findByPracticeIdOrderByCreatedAt(practiceId).stream().map(CommentView::of).toList();
    }
}

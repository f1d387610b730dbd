package ru.mentoring.practices.rating;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ru.mentoring.practices.access.Actor;
import ru.mentoring.practices.library.PracticeChanged;
import ru.mentoring.practices.library.Times;
import ru.mentoring.practices.notification.NotificationService;
import ru.mentoring.practices.practice.PracticeService;
import ru.mentoring.practices.practice.VersionRef;
import ru.mentoring.support.web.BusinessRuleException;

import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Stars from mentors of every school for published practices; the authors are told, the index re-ranks. */
@Singleton
public class RatingService {

    private final PracticeService practices;
    private final RatingRepository ratings;
    private final RatingQueries queries;
    private final NotificationService notifications;
    private final ApplicationEventPublisher<PracticeChanged> changes;
    private final Clock clock;

    RatingService(PracticeService practices, RatingRepository ratings, RatingQueries queries,
                  NotificationService notifications, ApplicationEventPublisher<PracticeChanged> changes, Clock clock) {
        this.practices = practices;
        this.ratings = ratings;
        this.queries = queries;
        this.notifications = notifications;
        this.changes = changes;
        this.clock = clock;
    }

    @Transactional
    RatingSummary rate(UUID practiceId, Integer stars, Actor actor) {
        if (stars == null || stars < 1 || stars > 5) {
            throw new BusinessRuleException("Оценка — от 1 до 5 звёзд");
        }
        VersionRef practice = practices.published(practiceId, actor);
        if (actor.email().map(practice.authorEmails()::contains).orElse(false)) {
            throw new BusinessRuleException("Свою практику оценить нельзя");
        }
        ratings.upsert(practiceId, actor.subject(), stars, Times.now(clock));
        changes.publishEvent(new PracticeChanged(practiceId));
        notifications.tell(practice.authorEmails(), actor.email().orElse(null), practiceId,
                actor.displayName() + " оценил(а) практику «" + practice.title() + "»: " + stars + " из 5");
        return summary(practiceId);
    }

    @Transactional
    RatingSummary withdraw(UUID practiceId, Actor actor) {
        practices.published(practiceId, actor);
        if (ratings.delete(practiceId, actor.subject()) > 0) {
            changes.publishEvent(new PracticeChanged(practiceId));
        }
        return summary(practiceId);
    }

    public RatingSummary summary(UUID practiceId) {
        return queries.summaries(java.util.List.of(practiceId)).getOrDefault(practiceId, RatingSummary.NONE);
    }

    public Map<UUID, RatingSummary> summaries(Collection<UUID> practiceIds) {
        return queries.summaries(practiceIds);
    }

    public Optional<Integer> starsOf(UUID practiceId, Actor actor) {
        return queries.starsOf(practiceId, actor.subject());
    }
}

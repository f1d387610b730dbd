package ru.mentoring.practices.usage;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.mentoring.model.practice.PracticeUsageV1;
import ru.mentoring.practices.access.Actor;
import ru.mentoring.practices.library.Times;
import ru.mentoring.practices.practice.PracticeService;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Which schools use a practice: a plan task of the school service that links it (school.practice-usage.v1),
 * or the school's curator saying so on the practice page.
 */
@Singleton
public class UsageService {

    static final String CURATOR_MARK = "curator";
    private static final Logger LOG = LoggerFactory.getLogger(UsageService.class);

    private final PracticeService practices;
    private final UsageRepository usage;
    private final UsageQueries queries;
    private final Clock clock;

    UsageService(PracticeService practices, UsageRepository usage, UsageQueries queries, Clock clock) {
        this.practices = practices;
        this.usage = usage;
        this.queries = queries;
        this.clock = clock;
    }

    @Transactional
    List<String> mark(UUID practiceId, boolean used, Actor actor) {
        practices.published(practiceId, actor);
        usage.record(practiceId, actor.requireSchool(), CURATOR_MARK, used, Times.now(clock));
        return queries.schoolsUsing(practiceId);
    }

    /** A task linking a practice the library does not hold as published is noted and skipped. */
    @Transactional(propagation = io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY)
    void apply(PracticeUsageV1 change) {
        if (!practices.isPublished(change.practiceId())) {
            LOG.warn("usage of practice {} by school {} ignored: the library holds no such published practice",
                    change.practiceId(), change.schoolId());
            return;
        }
        usage.record(change.practiceId(), change.schoolId(), "task:" + change.taskRef(), change.linked(), change.changedAt());
    }

    public List<String> schoolsUsing(UUID practiceId) {
        return queries.schoolsUsing(practiceId);
    }
}

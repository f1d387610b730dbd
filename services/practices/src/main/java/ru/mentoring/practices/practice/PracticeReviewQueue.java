package ru.mentoring.practices.practice;

import jakarta.inject.Singleton;
import ru.mentoring.practices.access.Actor;

import java.util.List;

/** Versions awaiting review: all of them for the methodist, an expert's own assignments for an expert. */
@Singleton
public class PracticeReviewQueue {

    private final PracticeQueries queries;

    PracticeReviewQueue(PracticeQueries queries) {
        this.queries = queries;
    }

    public List<PracticeSummary> of(Actor actor) {
        if (actor.isMethodist()) {
            return queries.reviewQueue();
        }
        return actor.isExpert() ? queries.assignedTo(actor.username()) : List.of();
    }
}

package ru.mentoring.events;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import ru.mentoring.support.testing.SchoolIsolation;

import java.sql.Connection;
import java.util.Map;

/**
 * ADR 0002 against the real catalogue: every table with a school column is school-scoped with forced
 * row-level security (or listed below with the reason it is not a school's data), and every
 * school-scoped table is written as one school and read as another in {@link SchoolIsolationIT}.
 */
@MicronautTest(transactional = false)
class RowLevelSecurityIT {

    static final Map<String, String> NOT_SCHOOL_DATA = Map.of(
            "event", "the catalogue: an event names its organising school and, for a network project, the member "
                    + "schools that see it; visibility (municipal, school, project) is applied per query, and an event "
                    + "holds no person's data",
            "school_places", "the organiser's allocation of places per school and the count each school holds: the "
                    + "organiser's data about the event, no person in it",
            "mentor_card", "the replicated municipal mentor base (professional profile, experience, home school), read "
                    + "to check eligibility; the same data every school's directory already receives",
            "competition_expert", "the jury roster of a municipal competition: who judges, with their own school only so "
                    + "that none is ever given an entry of it");

    @Inject ApplicationContext context;

    @Test
    void everyTableWithASchoolColumnIsScopedAndCovered() throws Exception {
        try (Connection owner = SchoolIsolation.ownerConnection(context)) {
            SchoolIsolation.assertEverySchoolTableIsScopedAndCovered(owner, NOT_SCHOOL_DATA, SchoolIsolationIT.COVERED);
        }
    }
}

package ru.mentoring.events;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import ru.mentoring.events.testing.CompetitionMother;
import ru.mentoring.events.testing.EventsApi;
import ru.mentoring.support.tenancy.Tenancy;
import ru.mentoring.support.tenancy.Tenant;
import ru.mentoring.support.tx.Transactions;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.mentoring.events.jooq.Tables.ENTRY_ASSIGNMENT;
import static ru.mentoring.events.jooq.Tables.ENTRY_SCORE;
import static ru.mentoring.support.testing.SchoolIsolation.assertVisibleOnlyTo;

/**
 * One test per school-scoped table: a row written as school 1 (through the API, as its curator or the
 * methodist would) is invisible to school 2 and to a connection bound to no school, through plain jOOQ
 * that does not filter by school at all. {@link RowLevelSecurityIT} fails when a table is missing here.
 */
@MicronautTest(transactional = false)
class SchoolIsolationIT {

    static final Set<String> COVERED = Set.of("registration", "competition_entry", "entry_assignment", "entry_score");

    @Inject @Client("/") HttpClient http;
    @Inject DSLContext sql;
    @Inject Transactions tx;
    @Inject Clock clock;

    @Test
    void registration() {
        EventsApi api = new EventsApi(http, clock);
        String event = api.createId("methodist", api.event("Изоляция", 5));
        String id = (String) api.apply(event, "curator1").get("id");
        assertVisibleOnlyTo("1", "2", sql, tx, "registration", UUID.fromString(id));
    }

    @Test
    void competitionEntryItsExpertsAndTheirScores() {
        var run = CompetitionMother.scoredEntryOfSchoolOne(new EventsApi(http, clock), clock);
        assertVisibleOnlyTo("1", "2", sql, tx, "competition_entry", UUID.fromString(run.entryId()));
        UUID entry = UUID.fromString(run.entryId());
        assertThat(count(Tenant.school("1"), () -> sql.fetchCount(ENTRY_ASSIGNMENT, ENTRY_ASSIGNMENT.ENTRY_ID.eq(entry)))).isEqualTo(1);
        assertThat(count(Tenant.school("2"), () -> sql.fetchCount(ENTRY_ASSIGNMENT, ENTRY_ASSIGNMENT.ENTRY_ID.eq(entry)))).isZero();
        assertThat(count(Tenant.NONE, () -> sql.fetchCount(ENTRY_ASSIGNMENT, ENTRY_ASSIGNMENT.ENTRY_ID.eq(entry)))).isZero();
        assertThat(count(Tenant.school("1"), () -> sql.fetchCount(ENTRY_SCORE, ENTRY_SCORE.ENTRY_ID.eq(entry)))).isPositive();
        assertThat(count(Tenant.school("2"), () -> sql.fetchCount(ENTRY_SCORE, ENTRY_SCORE.ENTRY_ID.eq(entry)))).isZero();
        assertThat(count(Tenant.NONE, () -> sql.fetchCount(ENTRY_SCORE, ENTRY_SCORE.ENTRY_ID.eq(entry)))).isZero();
    }

    private int count(Tenant tenant, java.util.function.Supplier<Integer> query) {
        return Tenancy.run(tenant, () -> tx.read(query));
    }

}

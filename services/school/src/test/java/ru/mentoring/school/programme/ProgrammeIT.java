package ru.mentoring.school.programme;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import ru.mentoring.support.time.AdjustableClock;
import ru.mentoring.support.time.Today;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static ru.mentoring.support.testing.Tokens.bearer;

/**
 * A programme per school year with its roadmap prefilled from the seven stages; overdue items stand
 * out once their deadline passes (the clock is moved, not waited for).
 */
@MicronautTest(transactional = false)
class ProgrammeIT {

    @Inject @Client("/") HttpClient http;
    @Inject AdjustableClock clock;
    @Inject Today today;

    @AfterEach
    void resetClock() {
        clock.setOffset(Duration.ZERO);
    }

    @Test
    void aNewProgrammeStartsWithTheSevenStagesAndMarksOverdueItems() {
        String year = futureYear();
        Map<?, ?> created = post("curator1", "/api/programmes", Map.of("schoolYear", year,
                "forms", List.of("PUPIL_PUPIL", "TEACHER_TEACHER"), "curators", List.of("Куратор Первый")));

        assertThat(stages(created)).hasSize(7);
        assertThat((Integer) created.get("items")).isGreaterThanOrEqualTo(14);
        assertThat(created.get("overdue")).isEqualTo(0);
        assertThat(String.valueOf(created.get("forms"))).contains("ученик – ученик", "учитель – учитель");
        Map<?, ?> first = firstItem(created);
        assertThat(LocalDate.parse((String) first.get("deadline"))).isAfter(Today.schoolYearStart(year));

        LocalDate firstDeadline = LocalDate.parse((String) first.get("deadline"));
        clock.setOffset(Duration.ofDays(java.time.temporal.ChronoUnit.DAYS.between(today.date(), firstDeadline) + 1));
        Map<?, ?> later = get("curator1", "/api/programmes/" + created.get("id"));
        assertThat((Integer) later.get("overdue")).isPositive();

        String id = (String) created.get("id");
        Map<?, ?> done = post("curator1", "/api/programmes/" + id + "/roadmap/" + first.get("id") + "/done", Map.of());
        assertThat(firstItem(done).get("doneOn")).isNotNull();
        assertThat((Integer) done.get("overdue")).isLessThan((Integer) later.get("overdue"));
    }

    @Test
    void oneProgrammePerYearAndOnlyKnownForms() {
        String year = futureYear();
        post("curator2", "/api/programmes", Map.of("schoolYear", year));

        var twice = assertThrows(HttpClientResponseException.class,
                () -> post("curator2", "/api/programmes", Map.of("schoolYear", year)));
        assertThat(twice.getStatus().getCode()).isEqualTo(409);
        var unknown = assertThrows(HttpClientResponseException.class,
                () -> post("curator2", "/api/programmes", Map.of("schoolYear", futureYear(), "forms", List.of("XYZ"))));
        assertThat(unknown.getStatus().getCode()).isEqualTo(422);
        assertThat(unknown.getResponse().getBody(String.class).orElse("")).contains("Неизвестная форма наставничества");
    }

    @Test
    void anotherSchoolsProgrammeIsNotFound() {
        Map<?, ?> created = post("curator1", "/api/programmes", Map.of("schoolYear", futureYear()));
        var foreign = assertThrows(HttpClientResponseException.class,
                () -> get("curator2", "/api/programmes/" + created.get("id")));
        assertThat(foreign.getStatus().getCode()).isEqualTo(404);
    }

    /**
     * A school year far ahead: each call of a run a year of its own (two drawn at random once collided, a
     * 409 for the second), the run's first one drawn at random so reruns on the same database rarely meet,
     * and clear of SchoolIsolationIT's years (100–600 ahead) and the demo's.
     */
    private String futureYear() {
        int start = Integer.parseInt(today.schoolYear().substring(0, 4)) + 700 + YEARS.getAndIncrement();
        return start + "/" + (start + 1);
    }

    private static final java.util.concurrent.atomic.AtomicInteger YEARS =
            new java.util.concurrent.atomic.AtomicInteger((int) (System.nanoTime() % 2000));

    @SuppressWarnings("unchecked")
    private static List<Map<?, ?>> stages(Map<?, ?> programme) {
        return (List<Map<?, ?>>) programme.get("stages");
    }

    @SuppressWarnings("unchecked")
    private static Map<?, ?> firstItem(Map<?, ?> programme) {
        return ((List<Map<?, ?>>) stages(programme).getFirst().get("items")).getFirst();
    }

    private Map<?, ?> post(String user, String path, Object body) {
        return http.toBlocking().retrieve(HttpRequest.POST(path, body).header("Authorization", bearer(user)), Map.class);
    }

    private Map<?, ?> get(String user, String path) {
        return http.toBlocking().retrieve(HttpRequest.GET(path).header("Authorization", bearer(user)), Map.class);
    }
}

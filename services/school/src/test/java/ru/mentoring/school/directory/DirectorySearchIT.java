package ru.mentoring.school.directory;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import ru.mentoring.model.event.EventEnvelope;
import ru.mentoring.model.mentor.MentorEvents;
import ru.mentoring.model.mentor.MentorKind;
import ru.mentoring.model.mentor.MentorProfileV1;
import ru.mentoring.model.mentor.MentorVisibility;
import ru.mentoring.support.tenancy.Tenancy;
import ru.mentoring.support.tenancy.Tenant;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static ru.mentoring.support.testing.Tokens.bearer;

/**
 * A curator searches the directory by strengths, form, subject, kind, free seats and text, in Russian
 * word forms, and each hit says what matched. Every search here also names this run's tag, so mentors
 * of other runs in the shared test database do not get in the way.
 */
@MicronautTest(transactional = false)
class DirectorySearchIT {

    @Inject ApplicationContext context;
    @Inject @Client("/") HttpClient http;

    private final String tag = "т" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aWordInAnotherFormFindsTheStrengthAndTheHitSaysWhatMatched() {
        UUID project = mentor("Проектова", List.of("проектная деятельность"), List.of(), "учитель физики", 2, 0, true);
        mentor("Оценкина", List.of("формирующее оценивание"), List.of(), "учитель химии", 2, 0, true);

        List<Map<String, Object>> hits = search("curator1", Map.of("strength", "проектная"));

        assertThat(hits).extracting(h -> h.get("id")).containsExactly(project.toString());
        assertThat(matches(hits.getFirst())).contains(Map.of("field", "strength", "text", "проектная деятельность",
                "label", "сильная сторона: проектная деятельность"));
        assertThat(search("curator1", Map.of("strength", "проектной деятельности"))).hasSize(1);
        assertThat(search("curator1", Map.of("strength", "проект"))).as("the beginning of a word").hasSize(1);
    }

    @Test
    void textFindsTheMentorByAnyWordFormOfTheirPositionOrOwnStrengths() {
        UUID byPosition = mentor("Наставникова", List.of(), List.of(), "педагог-наставник", 2, 0, true);
        UUID byOwn = mentor("Молодцова", List.of(), List.of("сопровождение молодых педагогов"), "учитель", 2, 0, true);

        List<Map<String, Object>> hits = search("curator1", Map.of("q", tag + " наставника"));
        assertThat(hits).extracting(h -> h.get("id")).containsExactly(byPosition.toString());
        assertThat(matches(hits.getFirst())).extracting(m -> m.get("field")).contains("position");

        List<Map<String, Object>> own = search("curator1", Map.of("strength", "молодой педагог"));
        assertThat(own).extracting(h -> h.get("id")).containsExactly(byOwn.toString());
        assertThat(matches(own.getFirst())).contains(Map.of("field", "ownStrength", "text", "сопровождение молодых педагогов",
                "label", "сильная сторона (своими словами): сопровождение молодых педагогов"));
    }

    @Test
    void formSubjectKindAndFreeSeatsNarrowTheSearch() {
        UUID free = mentor("Свободная", List.of("проектная деятельность"), List.of(), "учитель", 3, 1, true);
        mentor("Занятая", List.of("проектная деятельность"), List.of(), "учитель", 2, 2, true);
        mentor("Напаузе", List.of("проектная деятельность"), List.of(), "учитель", 3, 0, false);

        assertThat(search("curator1", Map.of("minFreeSeats", "1"))).extracting(h -> h.get("id"))
                .containsExactly(free.toString());
        assertThat(search("curator1", Map.of("minFreeSeats", "3"))).isEmpty();
        assertThat(search("curator1", Map.of("form", "teacher_pupil"))).hasSize(3);
        assertThat(search("curator1", Map.of("form", "PUPIL_PUPIL"))).isEmpty();
        assertThat(search("curator1", Map.of("subject", "математике"))).hasSize(3);
        assertThat(search("curator1", Map.of("subject", "химия"))).isEmpty();
        assertThat(search("curator1", Map.of("kind", "педагог"))).hasSize(3);
        assertThat(search("curator1", Map.of("kind", "PUPIL"))).isEmpty();
        assertThat(search("curator1", Map.of("format", "REVERSE"))).hasSize(3);
        Map<String, Object> paused = search("curator1", Map.of("q", tag + " Напаузе")).getFirst();
        assertThat(paused.get("acceptingRequests")).isEqualTo(false);
        assertThat(paused.get("freeCapacity")).as("no seat is offered while the mentor pauses").isEqualTo(0);
    }

    @Test
    void aMentorWhoLeftTheBankIsFoundByNobody() {
        UUID id = mentor("Ушедшая", List.of("проектная деятельность"), List.of(), "учитель", 2, 0, true);
        project(id, 2, "Ушедшая", List.of("проектная деятельность"), List.of(), "учитель", 2, 0, true, false);

        assertThat(search("curator1", Map.of())).isEmpty();
        assertThat(search("methodist", Map.of())).isEmpty();
    }

    @Test
    void theMethodistWithoutASchoolSeesEveryMentorAndIsToldSo() {
        UUID own = mentor("Своя", List.of(), List.of(), "учитель", 2, 0, true, MentorVisibility.SCHOOL, "2");

        Map<?, ?> methodist = page("methodist", Map.of("q", tag));
        Map<?, ?> curator = page("curator1", Map.of("q", tag));

        assertThat(methodist.get("scope")).isEqualTo("ALL");
        assertThat(ids(methodist)).contains(own.toString());
        assertThat(curator.get("scope")).isEqualTo("SCHOOL");
        assertThat(ids(curator)).doesNotContain(own.toString());
    }

    @Test
    void anUnknownKindOrABadNumberOfSeatsIsExplainedInRussian() {
        var kind = assertThrows(HttpClientResponseException.class, () -> page("curator1", Map.of("kind", "космонавт")));
        var seats = assertThrows(HttpClientResponseException.class, () -> page("curator1", Map.of("minFreeSeats", "много")));

        assertThat(kind.getStatus().getCode()).isEqualTo(400);
        assertThat(detail(kind)).contains("Неизвестная категория наставника «космонавт»");
        assertThat(seats.getStatus().getCode()).isEqualTo(400);
        assertThat(detail(seats)).contains("«много»");
    }

    private UUID mentor(String surname, List<String> strengths, List<String> own, String position, int capacity,
                        int taken, boolean accepting) {
        return mentor(surname, strengths, own, position, capacity, taken, accepting, MentorVisibility.MUNICIPAL, "2");
    }

    private UUID mentor(String surname, List<String> strengths, List<String> own, String position, int capacity,
                        int taken, boolean accepting, MentorVisibility visibility, String school) {
        UUID id = UUID.randomUUID();
        project(id, 1, surname, strengths, own, position, capacity, taken, accepting, true, visibility, school);
        return id;
    }

    private void project(UUID id, long revision, String surname, List<String> strengths, List<String> own, String position,
                         int capacity, int taken, boolean accepting, boolean active) {
        project(id, revision, surname, strengths, own, position, capacity, taken, accepting, active,
                MentorVisibility.MUNICIPAL, "2");
    }

    private void project(UUID id, long revision, String surname, List<String> strengths, List<String> own, String position,
                         int capacity, int taken, boolean accepting, boolean active, MentorVisibility visibility,
                         String school) {
        var profile = new MentorProfileV1(id, revision, surname + " Анна " + tag, MentorKind.TEACHER, school, null, position,
                List.of("математика"), strengths, capacity, taken, visibility, List.of(), active, List.of("TEACHER_PUPIL"),
                List.of(), 10, null, null, null, accepting, own, List.of("REVERSE"));
        Tenancy.runVoid(Tenant.NONE, () -> context.getBean(DirectoryProjection.class)
                .applyAll(List.of(EventEnvelope.of(MentorEvents.REGISTERED, school, profile))));
    }

    /** The search with this run's tag added to the text, so only this run's mentors answer. */
    private List<Map<String, Object>> search(String user, Map<String, String> params) {
        Map<String, String> withTag = new java.util.HashMap<>(params);
        withTag.merge("q", tag, (given, t) -> given.contains(t) ? given : t + " " + given);
        return items(page(user, withTag));
    }

    private Map<?, ?> page(String user, Map<String, String> params) {
        UriBuilder uri = UriBuilder.of("/api/directory/mentors");
        params.forEach(uri::queryParam);
        return http.toBlocking().retrieve(HttpRequest.GET(uri.build()).header("Authorization", bearer(user)),
                Argument.of(Map.class), Argument.of(Map.class));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<?, ?> page) {
        return (List<Map<String, Object>>) page.get("items");
    }

    private static List<Object> ids(Map<?, ?> page) {
        return items(page).stream().map(m -> m.get("id")).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> matches(Map<String, Object> hit) {
        return (List<Map<String, Object>>) hit.get("matches");
    }

    private static String detail(HttpClientResponseException e) {
        return String.valueOf(e.getResponse().getBody(Map.class).map(b -> b.get("detail")).orElse(""));
    }
}

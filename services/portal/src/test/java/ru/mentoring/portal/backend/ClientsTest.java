package ru.mentoring.portal.backend;

import io.micronaut.http.HttpAttributes;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.security.authentication.Authentication;
import org.junit.jupiter.api.Test;
import ru.mentoring.portal.backend.events.EventsClient;
import ru.mentoring.portal.backend.mentorbank.MentorBankClient;
import ru.mentoring.portal.backend.practices.Practices;
import ru.mentoring.portal.backend.practices.PracticesClient;
import ru.mentoring.portal.testing.Answers;
import ru.mentoring.portal.testing.Backends;
import ru.mentoring.portal.testing.BankMother;
import ru.mentoring.portal.testing.DeadClient;
import ru.mentoring.portal.testing.PortalHarness;
import ru.mentoring.portal.testing.PortalUsers;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The declarative clients against stub services: each call carries the token of the user whose page
 * made it, and every failure comes back as the {@link BackendException} the pages understand.
 */
class ClientsTest {

    private static final UUID EVENT = UUID.fromString("33330000-0000-4000-8000-000000000001");

    private final PortalHarness portal = PortalHarness.get();
    private final Backends backends = portal.backends();

    @Test
    void everyCallOfAPageCarriesTheSignedInUsersOwnToken() {
        Answers.catalogues(backends).answer("GET /mentor-bank/api/mentors", 200, "{\"items\":[]}");

        assertThat(portal.get("/bank", portal.signIn(PortalUsers.methodistLogin())).statusCode()).isEqualTo(200);

        // competencies, forms, kinds of mentoring, schools, mentors
        assertThat(backends.calls()).hasSize(5).allSatisfy(call -> {
            assertThat(call.authorization()).isEqualTo("Bearer " + PortalUsers.TOKEN + "-methodist");
            assertThat(call.accept()).isEqualTo("application/json");
        });
    }

    @Test
    void eventsClientAppliesAndCancelsAsTheUser() {
        backends.answer("GET /events/api/events", 200, """
                        {"items":[{"id":"%s","title":"Семинар наставников","kind":"SEMINAR","kindTitle":"Семинар",
                         "organiser":"MUNICIPALITY","organiserTitle":"Муниципальная методическая служба",
                         "format":"ONLINE","formatTitle":"Онлайн","startsAt":"2026-12-10T07:00:00Z",
                         "endsAt":"2026-12-10T09:00:00Z","capacity":30,"taken":29,"freePlaces":1,
                         "opensAt":"2026-11-01T00:00:00Z","closesAt":"2026-12-10T07:00:00Z","registrationOpen":true,
                         "requiresApproval":false,"participation":"INDIVIDUAL","manageable":false}]}"""
                        .formatted(EVENT))
                .answer("POST /events/api/events/" + EVENT + "/registrations", 201, """
                        {"id":"%s","arrival":0,"eventId":"%s","status":"WAITLISTED","statusTitle":"В листе ожидания",
                         "mode":"SELF","participantName":"Сергей Иванов","applicantName":"Сергей Иванов"}"""
                        .formatted(UUID.randomUUID(), EVENT))
                .answer("DELETE /events/api/events/" + EVENT + "/registrations/me", 204, "application/json",
                        new byte[0], java.util.Map.of());
        EventsClient events = portal.bean(EventsClient.class);
        Authentication mentor = PortalUsers.mentorLogin();

        assertThat(as(mentor, () -> events.events(null, null)).list()).singleElement()
                .satisfies(e -> assertThat(e.kindTitle()).isEqualTo("Семинар"));
        assertThat(as(mentor, () -> events.apply(EVENT, new ru.mentoring.portal.backend.events.Events.Application(null, null, null)))
                .statusTitle()).isEqualTo("В листе ожидания");
        as(mentor, () -> {
            events.cancel(EVENT);
            return null;
        });

        assertThat(backends.calls()).extracting(c -> c.method() + " " + c.path()).containsExactly(
                "GET /events/api/events", "POST /events/api/events/" + EVENT + "/registrations",
                "DELETE /events/api/events/" + EVENT + "/registrations/me");
        assertThat(backends.calls()).allSatisfy(c -> assertThat(c.authorization()).endsWith("-mentor1"));
    }

    @Test
    void practicesClientSearchesWithRepeatedFiltersAndSubmits() {
        backends.answer("GET /practices/api/practices/search", 200, "{\"items\":[],\"facets\":{},\"total\":0,\"page\":1,\"size\":20}")
                .answer("POST /practices/api/practices", 201, """
                        {"id":"%s","schoolId":"1","origin":"SUBMITTED","originTitle":"Подана","version":1,"status":"SUBMITTED",
                         "statusTitle":"Отправлена на экспертизу","latestVersion":1,"title":"Пара «учитель – учитель»",
                         "noPupilData":true,"recommended":false,"bookmarked":false,"comments":0}""".formatted(EVENT));
        PracticesClient practices = portal.bean(PracticesClient.class);
        Authentication curator = PortalUsers.curatorLogin("1");

        assertThat(as(curator, () -> practices.search("наставника", List.of("учитель – учитель", "ученик – ученик"),
                null, null, List.of("2025"), null, null, "date", 2)).hits()).isEmpty();
        var submitted = as(curator, () -> practices.create(new Practices.Submission("Пара «учитель – учитель»", null,
                "Опыт", null, null, null, null, null, List.of(), 2026, "SCHOOL", List.of(), true, false)));

        assertThat(submitted.statusTitle()).isEqualTo("Отправлена на экспертизу");
        assertThat(backends.calls("GET /practices/api/practices/search").getFirst().query())
                .contains("q=%D0%BD%D0%B0%D1%81%D1%82%D0%B0%D0%B2%D0%BD%D0%B8%D0%BA%D0%B0")
                .contains("form=%D1%83%D1%87%D0%B8%D1%82%D0%B5%D0%BB%D1%8C").contains("&form=").contains("year=2025")
                .contains("sort=date").contains("page=2");
        assertThat(backends.calls("POST /practices/api/practices").getFirst().body())
                .contains("\"title\":\"Пара «учитель – учитель»\"", "\"year\":2026", "\"draft\":false");
    }

    @Test
    void refusalsBecomeTheKindsThePagesUnderstand() {
        MentorBankClient bank = portal.bean(MentorBankClient.class);
        Authentication methodist = PortalUsers.methodistLogin();
        UUID id = BankMother.IVANOVA;

        backends.answer("GET /mentor-bank/api/mentors/" + id, 404, Answers.problem(404, "Не найдено",
                "Наставник не найден", "[]"));
        assertThatThrownBy(() -> as(methodist, () -> bank.mentor(id)))
                .as("a missing record is a refusal, never a null")
                .isInstanceOfSatisfying(BackendException.Rejected.class, r -> {
                    assertThat(r.status()).isEqualTo(404);
                    assertThat(r.problem().detail()).isEqualTo("Наставник не найден");
                    assertThat(r.service()).isEqualTo("Банк наставников");
                });

        backends.answer("GET /mentor-bank/api/mentors/" + id, 422, Answers.problem(422, "Данные не прошли проверку",
                null, "[{\"field\":null,\"message\":\"change.fullName: Укажите ФИО\"}]"));
        assertThatThrownBy(() -> as(methodist, () -> bank.mentor(id)))
                .isInstanceOfSatisfying(BackendException.Rejected.class, r -> assertThat(r.errors())
                        .containsExactly(new BackendProblem.FieldError("fullName", "Укажите ФИО")));

        backends.answer("GET /mentor-bank/api/mentors/" + id, 401, "{}");
        assertThatThrownBy(() -> as(methodist, () -> bank.mentor(id))).isInstanceOf(BackendException.Unauthorized.class);

        backends.answer("GET /mentor-bank/api/mentors/" + id, 403, "{}");
        assertThatThrownBy(() -> as(methodist, () -> bank.mentor(id))).isInstanceOf(BackendException.Forbidden.class);

        backends.answer("GET /mentor-bank/api/mentors/" + id, 500, "{}");
        assertThatThrownBy(() -> as(methodist, () -> bank.mentor(id))).isInstanceOf(BackendException.Unavailable.class);

        backends.answer("GET /mentor-bank/api/mentors/" + id, 200, "это не JSON");
        assertThatThrownBy(() -> as(methodist, () -> bank.mentor(id))).isInstanceOf(BackendException.Unavailable.class);
    }

    @Test
    void aServiceNobodyAnswersIsUnavailableUnderItsRussianName() {
        DeadClient dead = portal.bean(DeadClient.class);

        assertThatThrownBy(() -> as(PortalUsers.methodistLogin(), dead::anything))
                .isInstanceOfSatisfying(BackendException.Unavailable.class,
                        e -> assertThat(e.service()).isEqualTo("Недоступный сервис"));
    }

    @Test
    void withoutASignedInUserNothingIsSent() {
        assertThatThrownBy(() -> portal.bean(MentorBankClient.class).schools())
                .isInstanceOf(BackendException.Unauthorized.class);
        assertThat(backends.calls()).isEmpty();
    }

    /** The call as a page of this user would make it: inside that user's request. */
    private static <T> T as(Authentication user, Supplier<T> call) {
        MutableHttpRequest<?> page = HttpRequest.GET("/");
        page.setAttribute(HttpAttributes.PRINCIPAL, user);
        return ServerRequestContext.with(page, call);
    }
}

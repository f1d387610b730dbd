package ru.mentoring.portal.request;

import org.junit.jupiter.api.Test;
import ru.mentoring.portal.testing.Answers;
import ru.mentoring.portal.testing.Backends;
import ru.mentoring.portal.testing.BankMother;
import ru.mentoring.portal.testing.PortalHarness;
import ru.mentoring.portal.testing.PortalUsers;
import ru.mentoring.portal.testing.Rendered;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The small forms inside pages: their outcome is a notice on the page they came from. */
class RequestFlowTest {

    private static final UUID REQUEST = UUID.fromString("22220000-0000-4000-8000-000000000001");

    private final PortalHarness portal = PortalHarness.get();
    private final Backends backends = portal.backends();

    @Test
    void aRefusedAcceptIsSaidOnTheRequestsPage() {
        String mentor = portal.signIn(PortalUsers.mentorLogin());
        backends.answer("POST /mentor-bank/api/mentor-requests/" + REQUEST + "/accept", 409,
                        Answers.problem(409, "Конфликт с текущим состоянием", "У наставника нет свободных мест", "[]"))
                .answer("GET /mentor-bank/api/mentor-requests", 200, "{\"items\":[]}")
                .answer("GET /school/api/directory/mentors", 200, "{\"items\":[]}");
        Answers.catalogues(backends);

        HttpResponse<String> accept = portal.post("/requests/" + REQUEST + "/accept", mentor, Map.of());

        assertThat(accept.statusCode()).isEqualTo(303);
        assertThat(accept.headers().firstValue("Location")).hasValue("/requests");
        Rendered requests = new Rendered(portal.get("/requests", mentor).body()).assertRussianOnly();
        assertThat(requests.text()).contains("У наставника нет свободных мест.");
    }

    @Test
    void aDeclineWithoutReasonIsNotSent() {
        String mentor = portal.signIn(PortalUsers.mentorLogin());

        HttpResponse<String> decline = portal.post("/requests/" + REQUEST + "/decline", mentor, Map.of("reason", " "));

        assertThat(decline.headers().firstValue("Location")).hasValue("/requests");
        assertThat(backends.calls()).isEmpty();
        backends.answer("GET /mentor-bank/api/mentor-requests", 200, "{\"items\":[]}")
                .answer("GET /school/api/directory/mentors", 200, "{\"items\":[]}");
        Answers.catalogues(backends);
        assertThat(new Rendered(portal.get("/requests", mentor).body()).text())
                .contains("Укажите причину отказа: школа увидит её в своём запросе.");
    }

    @Test
    void aCuratorsRequestGoesBackToTheDirectoryWithTheMentorsName() {
        String curator = portal.signIn(PortalUsers.curatorLogin("2"));
        backends.answer("POST /mentor-bank/api/mentor-requests", 201, """
                {"id":"%s","mentorId":"%s","requestingSchoolId":"2","need":"ОГЭ","status":"PENDING"}"""
                .formatted(REQUEST, BankMother.IVANOVA));

        HttpResponse<String> ask = portal.post("/requests", curator, Map.of("mentorId", BankMother.IVANOVA.toString(),
                "mentorName", "Иванова Мария Петровна", "need", " подготовка к ОГЭ "));

        assertThat(ask.headers().firstValue("Location")).hasValue("/directory");
        assertThat(backends.calls("POST /mentor-bank/api/mentor-requests").getFirst().body())
                .contains("\"need\":\"подготовка к ОГЭ\"", "\"mentorId\":\"" + BankMother.IVANOVA + "\"");
        backends.answer("GET /school/api/directory/mentors", 200, "{\"items\":[]}");
        assertThat(new Rendered(portal.get("/directory", curator).body()).text())
                .contains("Запрос отправлен: Иванова Мария Петровна.");
    }
}

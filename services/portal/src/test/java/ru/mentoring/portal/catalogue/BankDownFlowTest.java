package ru.mentoring.portal.catalogue;

import org.junit.jupiter.api.Test;
import ru.mentoring.portal.testing.Answers;
import ru.mentoring.portal.testing.Backends;
import ru.mentoring.portal.testing.PortalHarness;
import ru.mentoring.portal.testing.PortalUsers;
import ru.mentoring.portal.testing.Rendered;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page whose own data lives in another service keeps working while the mentor bank is down: the bank's
 * lists are the ones it last gave, and schools it never named are shown by their codes.
 */
class BankDownFlowTest {

    private static final String EVENT = "7f3e2d1c-0b9a-4876-9543-210fedcba987";

    private final PortalHarness portal = PortalHarness.get();
    private final Backends backends = portal.backends();

    @Test
    void theEventsCalendarNamesTheOrganisingSchoolFromTheBanksLastAnswerWhileTheBankIsDown() {
        String mentor = portal.signIn(PortalUsers.mentorLogin());
        answerOneSchoolEvent();
        Answers.catalogues(backends);
        assertThat(list(mentor).text()).contains("Открытые уроки наставников", "Гимназия № 2");

        backends.answer("GET /mentor-bank/api/schools", 503, "{}");
        HttpResponse<String> down = portal.get("/events?month=2026-12&view=list", mentor);

        assertThat(down.statusCode()).isEqualTo(200);
        assertThat(new Rendered(down.body()).assertRussianOnly("iCal").text())
                .contains("Открытые уроки наставников", "Гимназия № 2")
                .doesNotContain("школа № 2", "не отвечает");
    }

    @Test
    void aBankThatHasNotAnsweredSinceThePortalStartedLeavesTheSchoolsCodesNotAFailedPage() {
        String mentor = portal.signIn(PortalUsers.mentorLogin());
        answerOneSchoolEvent();
        backends.answer("GET /mentor-bank/api/schools", 503, "{}");

        assertThat(list(mentor).text()).contains("Открытые уроки наставников", "школа № 2").doesNotContain("Гимназия № 2");
    }

    @Test
    void aFormThatPicksFromABankListKeepsTheLastListAndFailsClearlyWithoutOne() {
        String curator = portal.signIn(PortalUsers.curatorLogin("1"));
        backends.answer("GET /school/api/programmes/current", 404,
                        Answers.problem(404, "Не найдено", "Программы на текущий учебный год ещё нет", "[]"))
                .answer("GET /mentor-bank/api/forms", 503, "{}");
        HttpResponse<String> never = portal.get("/programme", curator);
        assertThat(never.statusCode()).isEqualTo(503);
        assertThat(new Rendered(never.body()).text()).contains("«Банк наставников» сейчас не отвечает");

        Answers.catalogues(backends);
        assertThat(portal.get("/programme", curator).statusCode()).isEqualTo(200);
        backends.answer("GET /mentor-bank/api/forms", 503, "{}");
        HttpResponse<String> remembered = portal.get("/programme", curator);

        assertThat(remembered.statusCode()).isEqualTo(200);
        assertThat(new Rendered(remembered.body()).text()).contains("учитель – учитель");
    }

    @Test
    void aCuratorsCalendarWithoutTheBankOnlyLacksTheProjectChoice() {
        String curator = portal.signIn(PortalUsers.curatorLogin("1"));
        answerOneSchoolEvent();
        Answers.catalogues(backends);
        backends.answer("GET /mentor-bank/api/network-projects", 200, """
                {"items":[{"id":"a0000000-0000-4000-8000-000000000001","name":"Наставник рядом","leadSchoolId":"1",
                 "memberSchools":["1","2"]}]}""");
        assertThat(list(curator).html()).contains("Сетевой проект", "Наставник рядом");

        backends.answer("GET /mentor-bank/api/network-projects", 503, "{}");
        Rendered down = list(curator);

        assertThat(down.text()).contains("Открытые уроки наставников").doesNotContain("Сетевой проект", "не отвечает");
    }

    private Rendered list(String cookie) {
        HttpResponse<String> page = portal.get("/events?month=2026-12&view=list", cookie);
        assertThat(page.statusCode()).isEqualTo(200);
        return new Rendered(page.body()).assertRussianOnly("iCal");
    }

    private void answerOneSchoolEvent() {
        backends.answer("GET /events/api/events", 200, """
                        {"items":[{"id":"%s","title":"Открытые уроки наставников","kind":"OPEN_LESSONS",
                         "kindTitle":"Фестиваль открытых уроков","organiser":"SCHOOL","organiserSchoolId":"2",
                         "organiserTitle":"Школа","format":"IN_PERSON","formatTitle":"Очно","venue":"Актовый зал",
                         "startsAt":"2026-12-10T07:00:00Z","endsAt":"2026-12-10T09:00:00Z","capacity":30,"taken":3,
                         "freePlaces":27,"opensAt":"2026-11-01T00:00:00Z","closesAt":"2026-12-10T07:00:00Z",
                         "registrationOpen":true,"requiresApproval":false,"participation":"INDIVIDUAL",
                         "manageable":false}]}""".formatted(EVENT))
                .answer("GET /events/api/me/registrations", 200, "{\"items\":[]}")
                .answer("GET /events/api/event-vocabulary", 200, """
                        {"kinds":[{"code":"OPEN_LESSONS","title":"Фестиваль открытых уроков"}],"formats":[],"audiences":[],
                         "fieldTypes":[]}""");
    }
}

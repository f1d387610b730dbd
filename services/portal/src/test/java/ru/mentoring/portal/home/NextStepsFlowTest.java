package ru.mentoring.portal.home;

import org.junit.jupiter.api.Test;
import ru.mentoring.portal.backend.events.Events;
import ru.mentoring.portal.testing.Answers;
import ru.mentoring.portal.testing.BankMother;
import ru.mentoring.portal.testing.EventsMother;
import ru.mentoring.portal.testing.Backends;
import ru.mentoring.portal.testing.PortalHarness;
import ru.mentoring.portal.testing.PortalUsers;
import ru.mentoring.portal.testing.Rendered;
import ru.mentoring.portal.testing.SchoolJson;
import ru.mentoring.portal.testing.SchoolMother;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The home page of each role says what that role does next, read from the services as that user. */
class NextStepsFlowTest {

    private final PortalHarness portal = PortalHarness.get();
    private final Backends backends = portal.backends();

    @Test
    void theCuratorSeesTheOverdueRoadmapMenteesWithoutConsentCandidatesWaitingPairsAndNotices() {
        backends.answer("GET /school/api/programmes/current", 200, SchoolJson.programme())
                .answer("GET /school/api/mentees", 200, SchoolJson.items(SchoolJson.pupil(), SchoolJson.teacher()))
                .answer("GET /school/api/mentees/" + SchoolMother.PUPIL + "/consents", 200,
                        SchoolJson.items(SchoolJson.processingConsent(SchoolMother.PUPIL)))
                .answer("GET /school/api/mentees/" + SchoolMother.TEACHER + "/consents", 200, SchoolJson.items())
                .answer("GET /school/api/pairs", 200, SchoolJson.items(SchoolJson.pair(SchoolMother.PAIR,
                        BankMother.PETROV, "Петров Пётр Андреевич", SchoolMother.PUPIL, "Петров Пётр Петрович",
                        "MATCHING", "AWAITING_CONFIRMATION", "ожидает подтверждения")))
                .answer("GET /school/api/notices", 200, """
                        {"items":[{"id":"55550000-0000-4000-8000-000000000001","kind":"SEATS_REFUSED",
                                   "text":"Банк наставников не закрепил наставника за парой","pairId":"%s",
                                   "menteeId":null,"createdAt":"2026-10-01T07:00:00Z","read":false}],"unread":1}"""
                        .formatted(SchoolMother.PAIR));

        Rendered home = new Rendered(portal.get("/", portal.signIn(PortalUsers.curatorLogin("1"))).body())
                .assertRussianOnly();

        assertThat(home.text()).contains("Что сделать дальше",
                "Просрочено мероприятий дорожной карты: 1 (выполнено 0 из 1) Открыть дорожную карту",
                "Наставляемых без согласия на обработку персональных данных: 1 База наставляемых Сидорова Анна Викторовна",
                "Кандидатов без пары: 1 Подобрать наставников",
                "Пар ждут ответа наставника или подтверждения банка наставников: 1",
                "Непрочитанных уведомлений: 1 Все уведомления Банк наставников не закрепил наставника за парой");
        assertThat(home.html()).contains("href=\"/mentees/" + SchoolMother.TEACHER + "#consents\"",
                "href=\"/matching?cohort=all\"", "href=\"/pairs/" + SchoolMother.PAIR + "\"");
        assertThat(backends.calls("GET /school/api/mentees").getFirst().query()).isEqualTo("status=CANDIDATE");
    }

    @Test
    void aServiceDownCostsOnlyItsOwnLines() {
        backends.answer("GET /school/api/programmes/current", 404,
                Answers.problem(404, "Не найдено", "Программы на текущий учебный год ещё нет", "[]"))
                .answer("GET /school/api/mentees", 503, "{}")
                .answer("GET /school/api/notices", 200, "{\"items\":[],\"unread\":0}");

        Rendered home = new Rendered(portal.get("/", portal.signIn(PortalUsers.curatorLogin("1"))).body())
                .assertRussianOnly();

        assertThat(home.text()).contains("учебный год ещё не создана Создать программу",
                "База наставляемых: сервис «Школьный сервис» сейчас не отвечает", "Непрочитанных уведомлений нет");
    }

    @Test
    void theExpertSeesThePracticesAndEntriesAssignedToThemAndTheirSections() {
        backends.answer("GET /events/api/me/expert-tasks", 200, "{\"items\":[],\"waiting\":0}")
                .answer("GET /events/api/me/notices", 200, """
                        {"items":[{"id":"%s","eventId":"%s","kind":"EXPERT_ASSIGNED","kindTitle":"Вам назначена работа на экспертизу",
                                   "text":"Вам назначена на экспертизу работа «Юные инженеры» (Конкурс «Наставник года»).",
                                   "createdAt":"2026-10-01T07:00:00Z","read":false}],"unread":1}"""
                        .formatted(SchoolMother.PAIR, SchoolMother.PAIR))
                .answer("GET /practices/api/practices/review/queue", 200, """
                        {"items":[{"id":"%s","schoolId":"1","title":"Клуб молодого учителя","version":2,
                                   "status":"IN_REVIEW","statusTitle":"На экспертизе","origin":"SUBMITTED",
                                   "reviewers":["expert1","expert2"],"submittedAt":"2026-10-01T07:00:00Z"}]}"""
                        .formatted(SchoolMother.PAIR));

        Rendered home = new Rendered(portal.get("/", portal.signIn(
                PortalUsers.login("expert1", "Морозова Татьяна Сергеевна", "expert", null))).body()).assertRussianOnly();

        assertThat(home.text()).contains("Работ, ждущих вашей оценки, нет",
                "Практик на вашей экспертизе: 1 Экспертиза практик «Клуб молодого учителя», версия 2",
                "Новых сообщений о мероприятиях: 1 Мои заявки Вам назначена на экспертизу работа «Юные инженеры» (Конкурс «Наставник года»)",
                "Экспертиза практик", "Конкурсы", "Мероприятия", "Банк практик");
        assertThat(home.html()).contains("href=\"/practices/" + SchoolMother.PAIR + "/review\"");
    }

    @Test
    void theMentorSeesOffersAndRequestsWaitingForThem() {
        backends.answer("GET /school/api/me/pair-offers", 200, """
                        {"items":[{"pairId":"%s","schoolId":"1","mentees":[{"firstName":"Пётр","grade":"9Б"}]}]}"""
                        .formatted(SchoolMother.PAIR))
                .answer("GET /mentor-bank/api/mentor-requests", 200, """
                        {"items":[{"id":"%s","mentorId":"%s","requestingSchoolId":"2","status":"PENDING"}]}"""
                        .formatted(SchoolMother.PAIR, BankMother.IVANOVA));

        Rendered home = new Rendered(portal.get("/", portal.signIn(PortalUsers.mentorLogin())).body()).assertRussianOnly();

        assertThat(home.text()).contains("Наставляемые выбрали вас наставником — ждут ответа: 1 Предложения",
                "Запросов школ ждут вашего решения: 1");
    }

    @Test
    void theMethodistSeesNominationsAndRequestsWaiting() {
        backends.answer("GET /mentor-bank/api/nominations", 200, """
                        {"items":[{"id":"%s","status":"PENDING"},{"id":"%s","status":"PENDING"}]}"""
                        .formatted(SchoolMother.PAIR, SchoolMother.TEACHER_PAIR))
                .answer("GET /mentor-bank/api/mentor-requests", 200, "{\"items\":[]}")
                .answer("GET /practices/api/practices/review/queue", 200, """
                        {"items":[{"id":"%s","schoolId":"1","title":"Клуб молодого учителя","version":2,
                                   "status":"IN_REVIEW","statusTitle":"На экспертизе","origin":"SUBMITTED",
                                   "reviewers":["expert1"],"submittedAt":"2026-10-01T07:00:00Z"},
                                  {"id":"%s","schoolId":"2","title":"Читаем вместе","version":1,
                                   "status":"IN_REVIEW","statusTitle":"На экспертизе","origin":"SUBMITTED",
                                   "reviewers":[],"submittedAt":"2026-10-02T07:00:00Z"}]}"""
                        .formatted(SchoolMother.PAIR, SchoolMother.TEACHER_PAIR))
                .answer("GET /events/api/competitions", 200, "{\"items\":[" + competition() + "]}")
                .answer("GET /events/api/competitions/" + EventsMother.COMPETITION + "/entries", 200, """
                        {"items":[%s,%s]}""".formatted(entry("Пара «учитель — молодой специалист»", "SUBMITTED"),
                        entry("Наставник года", "ADMITTED")));

        Rendered home = new Rendered(portal.get("/", portal.signIn(PortalUsers.methodistLogin())).body())
                .assertRussianOnly();

        assertThat(home.text()).contains("Выдвижений ждут решения: 2 Выдвижения", "Запросов, ждущих решения, нет",
                "Практик на экспертизе: 2, без назначенных экспертов: 1 Экспертиза практик «Читаем вместе», версия 1 — назначьте экспертов "
                        + "«Клуб молодого учителя», версия 2 — экспертов: 1",
                "Работ ждут технической экспертизы: 1 Конкурсы «Пара „учитель — молодой специалист“» — Семинар «Формирующее оценивание»");
        assertThat(home.html()).contains("href=\"/competitions/" + EventsMother.COMPETITION + "\"",
                "href=\"/practices/" + SchoolMother.TEACHER_PAIR + "/review\"");
        assertThat(backends.calls("GET /mentor-bank/api/nominations").getFirst().query()).isEqualTo("status=PENDING");
    }

    private String competition() {
        return portal.json(EventsMother.competition("TECHNICAL_CHECK", "Техническая экспертиза"));
    }

    private String entry(String title, String status) {
        var e = EventsMother.entry();
        return portal.json(new Events.Entry(UUID.randomUUID(), title, e.nomination(), e.authorName(), e.schoolId(), e.summary(),
                e.materialsUrl(), status, e.statusTitle(), null, null, null, e.createdAt(), null));
    }


    @Test
    void aVisitorGetsNoNextStepsAndNoCalls() {
        Rendered home = new Rendered(portal.get("/", null).body()).assertRussianOnly();

        assertThat(home.text()).doesNotContain("Что сделать дальше");
        assertThat(backends.calls()).isEmpty();
    }
}

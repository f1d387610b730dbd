package ru.mentoring.portal.home;

import org.junit.jupiter.api.Test;
import ru.mentoring.portal.testing.Backends;
import ru.mentoring.portal.testing.PairWorkJson;
import ru.mentoring.portal.testing.PortalHarness;
import ru.mentoring.portal.testing.PortalUsers;
import ru.mentoring.portal.testing.Rendered;
import ru.mentoring.portal.testing.SchoolMother;
import ru.mentoring.support.time.Today;

import static org.assertj.core.api.Assertions.assertThat;

/** «Что сделать дальше» about pairs at work: one call per role, the board's flags as lines with links. */
class PairWorkStepsFlowTest {

    private final PortalHarness portal = PortalHarness.get();
    private final Backends backends = portal.backends();

    @Test
    void theCuratorIsToldOfOverdueTasksSilentPairsWithdrawnConsentsAndPairsToComplete() {
        backends.answer("GET /school/api/oversight", 200, PairWorkJson.board());

        Rendered home = new Rendered(portal.get("/", portal.signIn(PortalUsers.curatorLogin("1"))).body())
                .assertRussianOnly();

        assertThat(home.text()).contains(
                "Просроченных задач в планах пар: 2 (пар: 1) Наблюдение за парами Петров Пётр Андреевич — Петров Пётр Петрович: просрочено 2",
                "Пар без встреч 3 нед. и дольше: 1",
                "Петров Пётр Андреевич — Петров Пётр Петрович: последняя встреча 08.10.2026",
                "Срок работы вышел, пару пора завершить: 1", "Пар, где отозвано согласие: 1");
        assertThat(home.html()).contains("href=\"/oversight?show=overdue\"", "href=\"/oversight?show=silent\"",
                "href=\"/pairs/" + SchoolMother.PAIR + "/completion\"", "href=\"/pairs/" + SchoolMother.PAIR + "#plan\"");
        assertThat(backends.calls("GET /school/api/oversight")).hasSize(1);
    }

    @Test
    void aMentorIsToldOfMeetingsToConfirmOverdueTasksAndPairsPastTheirEnd() {
        java.time.LocalDate today = portal.bean(Today.class).date();
        String ended = PairWorkJson.ownPair().replace("\"endsOn\":\"2027-05-31\"", "\"endsOn\":\"" + today.minusDays(3) + "\"")
                .replace("\"overdueTasks\":0,\"nextTaskDue\":\"2026-10-20\"", "\"overdueTasks\":2,\"nextTaskDue\":\""
                        + today.minusDays(10) + "\"");
        String later = PairWorkJson.otherSchoolPair().replace("\"endsOn\":\"2027-05-31\"", "\"endsOn\":\"" + today.plusMonths(3) + "\"")
                .replace("\"nextTaskDue\":\"2026-11-30\"", "\"nextTaskDue\":\"" + today.plusDays(5) + "\"");
        backends.answer("GET /school/api/me/pairs", 200, "{\"items\":[" + ended + "," + later + "]}");

        Rendered home = new Rendered(portal.get("/", portal.signIn(PortalUsers.mentorLogin())).body()).assertRussianOnly();

        assertThat(home.text()).contains("Встреч ждут вашего подтверждения: 1 Мои пары Сидорова Анна Викторовна, Школа № 1",
                "Пар с просроченными задачами плана: 1", "Срок работы вышел, пару пора завершить: 1")
                .doesNotContain("Пётр (7Б), Гимназия № 2");
        assertThat(home.html()).contains("href=\"/my-pairs/" + SchoolMother.TEACHER_PAIR + "#meetings\"",
                "href=\"/pairs/" + SchoolMother.TEACHER_PAIR + "/completion\"");
        assertThat(backends.calls("GET /school/api/me/pairs")).hasSize(1);
    }

    @Test
    void aMenteeSeesOnlyTheirOwnLines() {
        String late = PairWorkJson.ownPair().replace("\"overdueTasks\":0", "\"overdueTasks\":2");
        backends.answer("GET /school/api/me/pairs", 200, "{\"items\":[" + late + "]}");

        Rendered home = new Rendered(portal.get("/", portal.signIn(PortalUsers.login("mentee1",
                "Сидорова Анна Викторовна", "mentee", "1"))).body()).assertRussianOnly();

        assertThat(home.text()).contains(
                        "Встреч ждут вашего подтверждения: 1 Моё наставничество наставник Иванова Мария Петровна",
                        "Просроченных задач в вашем плане: 2 Моё наставничество наставник Иванова Мария Петровна")
                .doesNotContain("пора завершить", "Предложения", "Пар с просроченными", "Сидорова Анна Викторовна, Школа");
        assertThat(backends.calls()).extracting(Backends.Call::path).doesNotContain("/school/api/oversight",
                "/school/api/me/pair-offers");
    }
}

package ru.mentoring.portal.web.typography;

import org.junit.jupiter.api.Test;
import ru.mentoring.portal.testing.Backends;
import ru.mentoring.portal.testing.PortalHarness;
import ru.mentoring.portal.testing.PortalUsers;
import ru.mentoring.portal.testing.Rendered;

import static org.assertj.core.api.Assertions.assertThat;

/** The running portal sets quotes inside quotes in what a service wrote, as a user reads the page. */
class TypographyFlowTest {

    private final PortalHarness portal = PortalHarness.get();
    private final Backends backends = portal.backends();

    @Test
    void aServicesMessageQuotingATitleWithItsOwnQuotesReadsWithLowAndHighInnerQuotes() {
        backends.answer("GET /events/api/me/expert-tasks", 200, "{\"items\":[],\"waiting\":0}")
                .answer("GET /practices/api/practices/review/queue", 200, "{\"items\":[]}")
                .answer("GET /events/api/me/notices", 200, """
                        {"items":[{"id":"55550000-0000-4000-8000-000000000001","eventId":"55550000-0000-4000-8000-000000000002",
                                   "kind":"EXPERT_ASSIGNED","kindTitle":"Вам назначена работа на экспертизу",
                                   "text":"Вам назначена на экспертизу работа «Проектная команда «Юные инженеры»» (Конкурс «Наставник года»).",
                                   "createdAt":"2026-10-01T07:00:00Z","read":false}],"unread":1}""");

        Rendered home = new Rendered(portal.get("/", portal.signIn(
                PortalUsers.login("expert1", "Морозова Татьяна Сергеевна", "expert", null))).body()).assertRussianOnly();

        assertThat(home.text()).contains(
                        "работа «Проектная команда „Юные инженеры“» (Конкурс «Наставник года»)")
                .doesNotContain("«Проектная команда «Юные");
    }
}

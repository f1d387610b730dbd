package ru.mentoring.portal.request;

import org.junit.jupiter.api.Test;
import ru.mentoring.portal.backend.mentorbank.MentorRequests;
import ru.mentoring.portal.testing.BankMother;
import ru.mentoring.portal.testing.PortalUsers;
import ru.mentoring.portal.testing.Rendered;
import ru.mentoring.portal.testing.Templates;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** «Запросы наставников» for the mentor asked for, who decides, and for the curator, who follows. */
class RequestsPageTest {

    private static final UUID REQUEST = UUID.fromString("22220000-0000-4000-8000-000000000001");

    private static RequestRow row(String status, boolean mayDecide) {
        return RequestRow.of(new MentorRequests.Request(REQUEST, BankMother.IVANOVA, "2", "подготовка к ОГЭ", status,
                        "DECLINED".equals(status) ? "нет времени до декабря" : null, "curator2", null,
                        Instant.parse("2026-10-01T07:00:00Z"), null),
                Map.of(BankMother.IVANOVA, "Иванова Мария Петровна"), BankMother.schools(), mayDecide);
    }

    @Test
    void mentorDecidesOnAPendingRequest() {
        Rendered page = Templates.render(new RequestsPage(List.of(row("PENDING", true)), 1), PortalUsers.mentor())
                .assertRussianOnly("curator");

        assertThat(page.heading()).isEqualTo("Запросы наставников");
        assertThat(page.text()).contains("Школы, которые просят вас стать их наставником.", "Ожидают решения: 1",
                "Иванова Мария Петровна", "Гимназия № 2", "подготовка к ОГЭ", "ожидает решения", "Принять", "Отклонить");
        assertThat(page.html()).contains("action=\"/requests/" + REQUEST + "/accept\"",
                "action=\"/requests/" + REQUEST + "/decline\"");
    }

    @Test
    void curatorReadsTheAnswerWithItsReason() {
        Rendered page = Templates.render(new RequestsPage(List.of(row("DECLINED", false)), 0), PortalUsers.curator("2"))
                .assertRussianOnly("curator");

        assertThat(page.text()).contains("отклонён", "Причина: нет времени до декабря").doesNotContain("Принять")
                .doesNotContain("Ожидают решения");
        assertThat(Templates.render(new RequestsPage(List.of(), 0), PortalUsers.curator("2")).text())
                .contains("Запросов пока нет.");
    }
}

package ru.mentoring.portal.nomination;

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

/** An approval answers with the page itself: the temporary password is shown once and never cached. */
class ApproveFlowTest {

    private static final UUID NOMINATION = UUID.fromString("11110000-0000-4000-8000-000000000001");

    private final PortalHarness portal = PortalHarness.get();
    private final Backends backends = portal.backends();
    private final String methodist = portal.signIn(PortalUsers.methodistLogin());

    @Test
    void approvalShowsTheNewAccountsPasswordOnTheAnswerItself() {
        Answers.catalogues(backends)
                .answer("POST /mentor-bank/api/nominations/" + NOMINATION + "/approve", 200, """
                        {"id":"%s","mentorId":"%s","mentorName":"Иванова Мария Петровна","schoolId":"1",
                         "target":"MUNICIPAL","status":"APPROVED","nominatedBy":"curator1",
                         "accountUsername":"ivanova","temporaryPassword":"Zt5-pq9"}"""
                        .formatted(NOMINATION, BankMother.IVANOVA))
                .answer("GET /mentor-bank/api/network-projects", 200, "{\"items\":[]}")
                .answer("GET /mentor-bank/api/nominations", 200, "{\"items\":[]}");

        HttpResponse<String> answer = portal.post("/nominations/" + NOMINATION + "/approve", methodist, Map.of());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Cache-Control")).hasValue("no-store");
        Rendered page = new Rendered(answer.body()).assertRussianOnly("ivanova", "Zt", "pq");
        assertThat(page.text()).contains("Выдвижение одобрено: Иванова Мария Петровна в муниципальный банк.",
                "Zt5-pq9", "Новых выдвижений нет.");
        assertThat(backends.calls("GET /mentor-bank/api/nominations").getFirst().query()).isEqualTo("status=PENDING");
    }

    @Test
    void aRefusedApprovalIsANoticeOnTheQueue() {
        backends.answer("POST /mentor-bank/api/nominations/" + NOMINATION + "/approve", 409,
                Answers.problem(409, "Конфликт с текущим состоянием", "Выдвижение уже рассмотрено", "[]"));

        HttpResponse<String> answer = portal.post("/nominations/" + NOMINATION + "/approve", methodist, Map.of());

        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(answer.headers().firstValue("Location")).hasValue("/nominations");
    }
}

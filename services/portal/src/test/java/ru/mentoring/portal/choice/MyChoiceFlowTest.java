package ru.mentoring.portal.choice;

import org.junit.jupiter.api.Test;
import ru.mentoring.portal.testing.Answers;
import ru.mentoring.portal.testing.BankMother;
import ru.mentoring.portal.testing.Backends;
import ru.mentoring.portal.testing.PortalHarness;
import ru.mentoring.portal.testing.PortalUsers;
import ru.mentoring.portal.testing.Rendered;
import ru.mentoring.portal.testing.SchoolMother;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Mutual choice, the mentee's own side: their explained shortlist, the pick, and why they cannot pick. */
class MyChoiceFlowTest {

    private static final String SHORTLIST = """
            {"fullName":"Лебедева Ася Игоревна","closed":null,
             "offers":[{"candidate":{"mentorId":"%s","mentorName":"Петров Пётр Андреевич","score":42,
                            "reasons":[{"factor":"strengths","points":30,"text":"совпадает «шахматная композиция»"}]},
                        "forms":[{"code":"PUPIL_PUPIL","title":"ученик – ученик"},{"code":"TEACHER_PUPIL","title":"учитель – ученик"}]}]}"""
            .formatted(BankMother.PETROV);

    private final PortalHarness portal = PortalHarness.get();
    private final Backends backends = portal.backends();

    @Test
    void theMenteeSeesTheirShortlistExplainedAndTheirPickWaitsForTheMentor() {
        String mentee = portal.signIn(PortalUsers.login("mentee1", "Лебедева Ася Игоревна", "mentee", "1"));
        Answers.catalogues(backends)
                .answer("GET /school/api/me/choice", 200, SHORTLIST)
                .answer("POST /school/api/me/choice", 200, """
                        {"pairId":"%s","mentorName":"Петров Пётр Андреевич","formTitle":"ученик – ученик"}"""
                        .formatted(SchoolMother.PAIR));

        Rendered home = new Rendered(portal.get("/", mentee).body()).assertRussianOnly();
        Rendered page = new Rendered(portal.get("/my-choice", mentee).body()).assertRussianOnly();
        HttpResponse<String> chosen = portal.post("/my-choice", mentee, Map.of("mentorId", BankMother.PETROV.toString(),
                "form", "PUPIL_PUPIL"));

        assertThat(home.text()).as("the home page's next step").contains("Выберите наставника: подходящих вам наставников — 1");
        assertThat(page.heading()).isEqualTo("Выбор наставника");
        assertThat(page.text()).contains("Петров Пётр Андреевич 42", "Сильные стороны и запрос +30 совпадает «шахматная композиция»",
                "ученик – ученик", "учитель – ученик", "Выбрать");
        assertThat(chosen.headers().firstValue("Location")).hasValue("/my-pairs");
        assertThat(backends.calls("POST /school/api/me/choice").getFirst().body())
                .contains("\"mentorId\":\"" + BankMother.PETROV + "\"", "\"form\":\"PUPIL_PUPIL\"");
    }

    @Test
    void aRefusedPickIsSaidOnThePageAndAClosedShortlistSaysWhy() {
        String mentee = portal.signIn(PortalUsers.login("mentee1", "Лебедева Ася Игоревна", "mentee", "1"));
        Answers.catalogues(backends)
                .answer("GET /school/api/me/choice", 200, SHORTLIST)
                .answer("POST /school/api/me/choice", 422, """
                        {"type":"about:blank","title":"Запрос отклонён","status":422,
                         "detail":"У наставника Петров Пётр Андреевич свободно мест: 0, а наставляемых: 1"}""");

        HttpResponse<String> refused = portal.post("/my-choice", mentee, Map.of("mentorId", BankMother.PETROV.toString(),
                "form", "PUPIL_PUPIL"));
        Rendered again = new Rendered(refused.body()).assertRussianOnly();
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(again.summary()).containsExactly("У наставника Петров Пётр Андреевич свободно мест: 0, а наставляемых: 1");

        backends.answer("GET /school/api/me/choice", 200, """
                {"fullName":"Лебедева Ася Игоревна","closed":"У вас уже есть наставник: Петров Пётр Андреевич","offers":[]}""");
        Rendered closed = new Rendered(portal.get("/my-choice", mentee).body()).assertRussianOnly();
        assertThat(closed.text()).contains("У вас уже есть наставник: Петров Пётр Андреевич").doesNotContain("Выбрать");
        assertThat(new Rendered(portal.get("/my-choice", portal.signIn(PortalUsers.curatorLogin("1"))).body()).text())
                .as("a curator picks on the mentee's card, not here").doesNotContain("Петров Пётр Андреевич 42");
    }
}

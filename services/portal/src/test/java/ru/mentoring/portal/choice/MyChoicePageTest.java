package ru.mentoring.portal.choice;

import org.junit.jupiter.api.Test;
import ru.mentoring.portal.backend.school.Matching;
import ru.mentoring.portal.backend.school.MyChoice;
import ru.mentoring.portal.testing.BankMother;
import ru.mentoring.portal.testing.PortalUsers;
import ru.mentoring.portal.testing.Rendered;
import ru.mentoring.portal.testing.Templates;
import ru.mentoring.portal.web.form.FormErrors;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** «Выбор наставника» as the mentee reads it: each mentor's score explained, the forms the two can work in, the pick kept. */
class MyChoicePageTest {

    private static final MyChoice.Shortlist SHORTLIST = new MyChoice.Shortlist("Лебедева Ася Игоревна", null, List.of(
            new MyChoice.Offer(new Matching.Candidate(BankMother.PETROV, "Петров Пётр Андреевич", 42, List.of(
                    new Matching.Reason("strengths", 30, "совпадает «шахматная композиция»"),
                    new Matching.Reason("form", 5, "ведёт форму «учитель – ученик»"))),
                    List.of(new MyChoice.Form("PUPIL_PUPIL", "ученик – ученик"), new MyChoice.Form("TEACHER_PUPIL", "учитель – ученик"))),
            new MyChoice.Offer(new Matching.Candidate(BankMother.IVANOVA, "Иванова Мария Петровна", 20, List.of()),
                    List.of(new MyChoice.Form("TEACHER_PUPIL", "учитель – ученик")))));

    @Test
    void eachMentorIsExplainedWithTheFormsTheTwoCanWorkIn() {
        Rendered page = Templates.render(MyChoiceController.page(SHORTLIST, new ChooseForm("", "TEACHER_PUPIL"), FormErrors.none()),
                ru.mentoring.portal.web.PortalUser.of(PortalUsers.login("mentee1", "Лебедева Ася Игоревна", "mentee", "1"))).assertRussianOnly();

        assertThat(page.heading()).isEqualTo("Выбор наставника");
        assertThat(page.text()).contains("Петров Пётр Андреевич 42", "Сильные стороны и запрос +30 совпадает «шахматная композиция»",
                "Иванова Мария Петровна 20");
        assertThat(page.html()).as("the form chosen before stays chosen")
                .contains("<option value=\"TEACHER_PUPIL\" selected=\"selected\">учитель – ученик</option>")
                .as("one form: no choice to make").contains("<input type=\"hidden\" name=\"form\" value=\"TEACHER_PUPIL\">");
    }

    @Test
    void aClosedShortlistSaysWhyAndOffersNoOne() {
        var closed = new MyChoice.Shortlist("Лебедева Ася Игоревна",
                "Ваш выбор — Петров Пётр Андреевич — ждёт ответа: пока он не получен, выбрать другого наставника нельзя", List.of());
        Rendered page = Templates.render(MyChoiceController.page(closed, ChooseForm.EMPTY, FormErrors.none()),
                ru.mentoring.portal.web.PortalUser.of(PortalUsers.login("mentee1", "Лебедева Ася Игоревна", "mentee", "1"))).assertRussianOnly();

        assertThat(page.text()).contains("ждёт ответа").doesNotContain("Выбрать").doesNotContain("Подходящих наставников");
    }
}

package ru.mentoring.portal.pair;

import org.junit.jupiter.api.Test;
import ru.mentoring.portal.testing.BankMother;
import ru.mentoring.portal.testing.PortalUsers;
import ru.mentoring.portal.testing.Rendered;
import ru.mentoring.portal.testing.SchoolMother;
import ru.mentoring.portal.testing.Templates;
import ru.mentoring.portal.web.form.FormErrors;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Assignment, the list of pairs and a pair's page as the curator reads them. */
class PairPagesTest {

    @Test
    void assignmentOffersOnlyMentorsWithFreeSeatsAndEveryMentee() {
        var form = AssignmentForm.empty(SchoolMother.PUPIL.toString(), LocalDate.of(2026, 10, 1), LocalDate.of(2027, 5, 31));
        var page = AssignmentPage.of(form, FormErrors.none(), List.of(SchoolMother.ivanovaInDirectory(2),
                SchoolMother.petrovInDirectory(0)), List.of(SchoolMother.pupil(), SchoolMother.teacher()), BankMother.forms(),
                BankMother.schools());

        Rendered assign = Templates.render(page, PortalUsers.curator("1")).assertRussianOnly();

        assertThat(assign.heading()).isEqualTo("Назначение наставника");
        assertThat(assign.field("mentorId").html())
                .contains("Иванова Мария Петровна — учитель математики, МАОУ СОШ № 1, свободно мест: 2")
                .doesNotContain("Петров Пётр Андреевич");
        assertThat(assign.field("menteeIds").html())
                .contains("value=\"" + SchoolMother.PUPIL + "\" checked=\"checked\"", "Петров Пётр Петрович — 9Б класс",
                        "Сидорова Анна Викторовна — учитель математики");
        assertThat(assign.field("startsOn").html()).contains("value=\"2026-10-01\"");
        assertThat(assign.field("endsOn").html()).contains("value=\"2027-05-31\"");
        assertThat(assign.field("form").html()).contains("учитель – учитель");
    }

    @Test
    void allProblemsAreSaidAtOnceNextToTheirFields() {
        var typed = new AssignmentForm(BankMother.IVANOVA.toString(), List.of(SchoolMother.PUPIL.toString(),
                SchoolMother.TEACHER.toString()), "", "", "2026-10-01", "2026-09-01", null, null)
                .knowing(1, List.of("Петров Пётр Петрович"));
        var errors = FormErrors.found(AssignmentForm.class, typed.check());
        var page = AssignmentPage.of(typed, errors, List.of(SchoolMother.ivanovaInDirectory(1)),
                List.of(SchoolMother.pupil(), SchoolMother.teacher()), BankMother.forms(),
                BankMother.schools());

        Rendered assign = Templates.render(page, PortalUsers.curator("1")).assertRussianOnly();

        assertThat(assign.field("mentorId").errors()).containsExactly("У наставника свободно мест: 1, а выбрано наставляемых: 2");
        assertThat(assign.field("menteeIds").errors())
                .containsExactly("Нет согласия на обработку персональных данных: Петров Пётр Петрович");
        assertThat(assign.field("endsOn").errors()).containsExactly("Дата окончания работы раньше даты начала");
        assertThat(assign.summary()).hasSize(3);
        assertThat(assign.field("menteeIds").html()).contains("value=\"" + SchoolMother.TEACHER + "\" checked=\"checked\"");
    }

    @Test
    void theServicesJoinedRefusalGoesUnderTheFieldsItIsAbout() {
        var refused = new ru.mentoring.portal.backend.BackendException.Rejected("Школьный сервис", 422,
                new ru.mentoring.portal.backend.BackendProblem("Данные не прошли проверку",
                        "Дата окончания работы пары раньше даты начала; Нет согласия на обработку персональных данных: "
                                + "Петров Пётр; У наставника Иванова Мария свободно мест: 0, а наставляемых: 1; "
                                + "Неизвестная форма наставничества «X»", null));

        assertThat(PairRefusals.split(refused)).extracting(e -> e.field())
                .containsExactly("endsOn", "menteeIds", "mentorId", "form");
    }

    @Test
    void pairsListSaysTheStatusInRussianWithTheReasonOfARefusal() {
        var refused = new ru.mentoring.portal.backend.school.Pairs.Pair(SchoolMother.PAIR, BankMother.PETROV,
                "Петров Пётр Андреевич", null, "STUDENT_PUPIL", "студент – ученик", null, "CHOICE", "взаимный выбор",
                "REFUSED", null, LocalDate.of(2026, 10, 1), LocalDate.of(2027, 5, 31), "наставник отказался: нет времени",
                List.of(new ru.mentoring.portal.backend.school.Pairs.Member(SchoolMother.PUPIL, "Петров Пётр Петрович",
                        "9Б", null)), false, false, null);
        var page = PairsPage.of("", List.of(SchoolMother.waitingPair(), SchoolMother.teacherPair(), refused));

        Rendered list = Templates.render(page, PortalUsers.curator("1")).assertRussianOnly();

        assertThat(list.heading()).isEqualTo("Пары и группы");
        assertThat(list.text()).contains("Ожидают ответа наставника или подтверждения банка: 1",
                "пара Петров Пётр Андреевич Петров Пётр Петрович (9Б) студент – ученик 01.10.2026 — 31.05.2027 ожидает подтверждения подбор по анкетам",
                "Иванова Мария Петровна Сидорова Анна Викторовна (учитель математики) учитель – учитель",
                "не состоялась Причина: наставник отказался: нет времени");
    }

    @Test
    void aWaitingPairSaysWhatItWaitsFor() {
        Rendered page = Templates.render(PairPage.of(SchoolMother.waitingPair(), ChecklistForm.of(null),
                FormErrors.none(), BankMother.schools()), PortalUsers.curator("1")).assertRussianOnly();

        assertThat(page.heading()).isEqualTo("Наставническая пара: Петров Пётр Андреевич");
        assertThat(page.text()).contains("ожидает подтверждения", "Банк наставников ещё не подтвердил места наставника",
                "Форма наставничества студент – ученик", "Вариант взаимодействия успевающий – неуспевающий",
                "Как сформирована подбор по анкетам", "Петров Пётр Петрович (9Б)")
                .doesNotContain("ТК ст. 351.8");
    }

    @Test
    void aTeacherPairHasTheLabourLawChecklist() {
        Rendered page = Templates.render(PairPage.of(SchoolMother.teacherPair(),
                ChecklistForm.of(SchoolMother.teacherPair().labourChecklist()), FormErrors.none(), BankMother.schools()),
                PortalUsers.curator("1")).assertRussianOnly();

        assertThat(page.text()).contains("работает", "Наставник Иванова Мария Петровна (МАОУ СОШ № 1)",
                "Шаг не завершён: нужны письменное согласие наставника по ТК ст. 351.8 и дополнительное соглашение",
                "Содержание наставничества", "Доплата за наставничество");
        assertThat(page.field("labourConsentRef").html()).contains("value=\"С-12\"");
        assertThat(page.field("labourConsentOn").html()).contains("value=\"2026-09-14\"");
    }
}

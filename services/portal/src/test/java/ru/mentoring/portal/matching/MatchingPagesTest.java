package ru.mentoring.portal.matching;

import org.junit.jupiter.api.Test;
import ru.mentoring.portal.backend.school.Matching;
import ru.mentoring.portal.testing.BankMother;
import ru.mentoring.portal.testing.PortalUsers;
import ru.mentoring.portal.testing.Rendered;
import ru.mentoring.portal.testing.SchoolMother;
import ru.mentoring.portal.testing.Templates;
import ru.mentoring.portal.web.Option;
import ru.mentoring.portal.web.form.FormErrors;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The matching screen and the shortlists as the curator reads them: every score explained. */
class MatchingPagesTest {

    private static final WeightsForm WEIGHTS = WeightsForm.of(new Matching.Weights(40, 20, 15, 10, 5, 5, 5));

    @Test
    void proposalsShowTheScoreAndEachFactorsPointsAndReasonWithTheirDecisions() {
        Explained ivanova = Explained.of(BankMother.IVANOVA, "Иванова Мария Петровна", 45, SchoolMother.reasons());
        Offered offered = Offered.of(SchoolMother.TEACHER, "Сидорова Анна Викторовна", "учитель математики", ivanova,
                "TEACHER", "TEACHER", BankMother.forms());
        var page = new MatchingPage("all", List.of(new Option(SchoolMother.TEACHER.toString(), "Сидорова Анна", false)),
                true, List.of(offered), List.of(new MatchingPage.Left(SchoolMother.PUPIL, "Петров Пётр Петрович",
                "Нет наставника со свободным местом по форме «ученик – ученик»")), "45", null, null,
                "/matching?cohort=all", "2026-10-01", "2027-05-31", WEIGHTS, FormErrors.none());

        Rendered matching = Templates.render(page, PortalUsers.curator("1")).assertRussianOnly();

        assertThat(matching.heading()).isEqualTo("Подбор наставников по анкетам");
        assertThat(matching.text()).contains("Предложений: 1, суммарная оценка: 45",
                "Сидорова Анна Викторовна учитель математики Иванова Мария Петровна 45",
                "Сильные стороны и запрос +30 Совпадает «подготовка к ГИА»", "Предмет +15 Тот же предмет: математика",
                "Желаемый возраст 0 Желаемый возраст не указан", "Принять", "Отклонить", "Другой наставник",
                "Остались без наставника", "Петров Пётр Петрович Нет наставника со свободным местом");
        assertThat(matching.html()).contains("<option value=\"TEACHER_TEACHER\" selected=\"selected\">учитель – учитель</option>",
                "name=\"how\" value=\"MATCHING\"", "name=\"back\" value=\"/matching?cohort=all\"",
                "name=\"startsOn\" value=\"2026-10-01\"", "action=\"/matching/reject\"",
                "href=\"/matching/mentees/" + SchoolMother.TEACHER + "\"", "href=\"/pairs/new?mentee=" + SchoolMother.PUPIL + "\"");
        assertThat(matching.field("strengths").html()).contains("value=\"40\"");
    }

    @Test
    void beforeAnythingIsAskedOnlyTheChoiceAndTheWeightsShowWithTheirErrors() {
        var typed = new WeightsForm("40", "200", "", "10", "5", "5", "5");
        var errors = FormErrors.found(WeightsForm.class, List.of(
                new FormErrors.FieldError("form", "Вес — целое число от 0 до 100"),
                new FormErrors.FieldError("subject", "Укажите вес")));
        var page = new MatchingPage("", List.of(), false, List.of(), List.of(), "0", null, null, "/matching",
                "2026-10-01", "2027-05-31", typed, errors);

        Rendered matching = Templates.render(page, PortalUsers.curator("1")).assertRussianOnly();

        assertThat(matching.text()).contains("Подобрать всем кандидатам с согласием").doesNotContain("Предложения");
        assertThat(matching.field("form").errors()).containsExactly("Вес — целое число от 0 до 100");
        assertThat(matching.field("form").html()).contains("value=\"200\"");
        assertThat(matching.field("subject").errors()).containsExactly("Укажите вес");
    }

    @Test
    void anEngineNotYetDeployedIsSaidPlainly() {
        var page = new MatchingPage("all", List.of(), true, List.of(), List.of(), "0", Shortlists.NOT_YET, null,
                "/matching?cohort=all", "2026-10-01", "2027-05-31", WEIGHTS, FormErrors.none());

        Rendered matching = Templates.render(page, PortalUsers.curator("1")).assertRussianOnly();

        assertThat(matching.text()).contains("Подбор наставников по анкетам пока недоступен в школьном сервисе")
                .doesNotContain("Предложений нет");
    }

    @Test
    void mutualChoiceShowsTheExplainedShortlistWithTheChooseButton() {
        Explained petrov = Explained.of(new Matching.Candidate(BankMother.PETROV, "Петров Пётр Андреевич", 32.5,
                List.of(new Matching.Reason("form", 20, "Ведёт форму «студент – ученик»"),
                        new Matching.Reason("time", -2.5, "Мало свободного времени"))));
        var page = new CandidatesPage("Взаимный выбор: Петров Пётр Петрович", "Выберите наставника вместе с наставляемым.",
                SchoolMother.PUPIL, "Петров Пётр Петрович", "CHOICE", "/choice/" + SchoolMother.PUPIL,
                "Выбрать этого наставника", List.of(Offered.of(SchoolMother.PUPIL, "Петров Пётр Петрович", "9Б класс",
                petrov, "PUPIL", "UNIVERSITY_STUDENT", BankMother.forms())), "2026-10-01", "2027-05-31", null);

        Rendered choice = Templates.render(page, PortalUsers.curator("1")).assertRussianOnly();

        assertThat(choice.heading()).isEqualTo("Взаимный выбор: Петров Пётр Петрович");
        assertThat(choice.text()).contains("Петров Пётр Андреевич 32,5", "Форма наставничества +20",
                "Свободное время −2,5 Мало свободного времени", "Выбрать этого наставника");
        assertThat(choice.html()).contains("name=\"how\" value=\"CHOICE\"",
                "<option value=\"STUDENT_PUPIL\" selected=\"selected\">студент – ученик</option>");
    }

    @Test
    void theLikelyFormIsGuessedFromWhoTheyAre() {
        Set<String> all = Set.of("PUPIL_PUPIL", "TEACHER_TEACHER", "TEACHER_PUPIL", "STUDENT_PUPIL", "EMPLOYER_PUPIL",
                "EMPLOYER_STUDENT", "TEACHER_UNIVERSITY_STUDENT");
        assertThat(FormGuess.of("TEACHER", "TEACHER", all)).isEqualTo("TEACHER_TEACHER");
        assertThat(FormGuess.of("PUPIL", "PUPIL", all)).isEqualTo("PUPIL_PUPIL");
        assertThat(FormGuess.of("PUPIL", "EMPLOYER", all)).isEqualTo("EMPLOYER_PUPIL");
        assertThat(FormGuess.of("STUDENT", "TEACHER", all)).isEqualTo("TEACHER_UNIVERSITY_STUDENT");
        assertThat(FormGuess.of("PUPIL", "TEACHER", all)).isEqualTo("TEACHER_PUPIL");
        assertThat(FormGuess.of("PUPIL", "TEACHER", Set.of("PUPIL_PUPIL"))).as("no such form: the curator picks").isEmpty();
        assertThat(FormGuess.of("OTHER", "TEACHER", all)).as("nothing to go by: the curator picks").isEmpty();
        assertThat(FormGuess.of("TEACHER", "TEACHER", Set.of("PUPIL_PUPIL"))).as("not in the catalogue").isEmpty();
    }
}

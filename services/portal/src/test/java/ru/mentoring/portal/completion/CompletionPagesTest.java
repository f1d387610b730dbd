package ru.mentoring.portal.completion;

import org.junit.jupiter.api.Test;
import ru.mentoring.portal.backend.school.Completions;
import ru.mentoring.portal.pairwork.PairHeaders;
import ru.mentoring.portal.pairwork.Side;
import ru.mentoring.portal.testing.PairWorkMother;
import ru.mentoring.portal.testing.PortalUsers;
import ru.mentoring.portal.testing.Rendered;
import ru.mentoring.portal.testing.SchoolMother;
import ru.mentoring.portal.testing.Templates;
import ru.mentoring.portal.web.Option;
import ru.mentoring.portal.web.PortalUser;
import ru.mentoring.portal.web.form.FormErrors;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The forms that end a pair or look back on it, as their users read them. */
class CompletionPagesTest {

    @Test
    void theMenteesOwnAssessmentIsAScoreAndAFewWords() {
        var header = PairHeaders.of(PairWorkMother.ownPair(), Side.MENTEE);
        PortalUser mentee = PortalUser.of(PortalUsers.login("mentee1", "Сидорова Анна Викторовна", "mentee", "1"));

        Rendered page = Templates.render(new AssessmentPage(header, new AssessmentForm("11", "хорошо"),
                FormErrors.found(AssessmentForm.class, List.of(new FormErrors.FieldError("score",
                        "Оценка — целое число от 1 до 10")))), mentee).assertRussianOnly();

        assertThat(page.heading()).isEqualTo("Моя оценка работы с наставником");
        assertThat(page.field("score").errors()).containsExactly("Оценка — целое число от 1 до 10");
        assertThat(page.field("score").html()).contains("value=\"11\"");
        assertThat(page.field("text").html()).contains("хорошо");
    }

    @Test
    void aTeacherPairsCompletionAsksForTheReadinessVerdict() {
        var header = PairHeaders.of(SchoolMother.teacherPair());

        Rendered page = Templates.render(CompletionPage.of(header, CompletionForm.empty(), FormErrors.none()),
                PortalUsers.curator("1")).assertRussianOnly();

        assertThat(page.heading()).isEqualTo("Завершение наставничества");
        assertThat(page.field("decision").html()).contains("завершить наставничество", "продолжить с новой темой и сроком");
        assertThat(page.field("readiness").html()).contains("готов", "готов при условии дополнительного сопровождения",
                "не готов");
        assertThat(page.field("results").html()).contains("Результаты наставничества");
    }

    @Test
    void aMentorCompletesWithoutGivingTheMenteesScore() {
        var header = PairHeaders.of(PairWorkMother.otherSchoolPair(), Side.MENTOR);

        Rendered page = Templates.render(CompletionPage.of(header, CompletionForm.empty(), FormErrors.none()),
                PortalUsers.mentor()).assertRussianOnly();

        assertThat(page.html()).contains("data-field=\"mentorScore\"").doesNotContain("data-field=\"menteeScore\"");
        assertThat(page.text()).contains("Свою оценку наставляемый ставит сам");
    }

    @Test
    void aPupilPairsCompletionHasNoReadinessVerdict() {
        var header = PairHeaders.of(PairWorkMother.activePupilPair());

        Rendered page = Templates.render(CompletionPage.of(header, CompletionForm.empty(), FormErrors.none()),
                PortalUsers.curator("1")).assertRussianOnly();

        assertThat(page.html()).doesNotContain("data-field=\"readiness\"");
    }

    @Test
    void terminationOffersTheInitiatorsAndOnlyTheActiveReasons() {
        var header = PairHeaders.of(SchoolMother.teacherPair());
        var reasons = List.of(new Completions.Reason("moved", "Переезд", true),
                new Completions.Reason("old", "Устаревшая причина", false));

        Rendered page = Templates.render(TerminationPage.of(header, new TerminationForm("MENTEE", "moved", "", null),
                FormErrors.none(), reasons), PortalUsers.curator("1")).assertRussianOnly();

        assertThat(page.field("initiator").html()).contains("value=\"MENTEE\" checked=\"checked\"",
                "родитель (законный представитель)");
        assertThat(page.field("reason").html()).contains("<option value=\"moved\" selected=\"selected\">Переезд</option>")
                .doesNotContain("Устаревшая причина");
    }

    @Test
    void theCuratorChoosesWhomThePracticeNamesByTheirDistributionConsent() {
        var header = PairHeaders.of(PairWorkMother.completedPupilPair());
        var participants = List.of(new Option("missing:Петров Пётр Петрович (9Б)",
                "Петров Пётр Петрович (9Б) — согласия на распространение нет", true));

        Rendered page = Templates.render(new ProposalPage(header, new ProposalForm("Математика без страха",
                List.of("missing:Петров Пётр Петрович (9Б)"), "Петров Пётр Петрович (9Б)"),
                FormErrors.found(ProposalForm.class, new ProposalForm("x", List.of(), "Петров Пётр Петрович (9Б)").check()),
                participants, null), PortalUsers.curator("1")).assertRussianOnly();

        assertThat(page.heading()).isEqualTo("Предложить в библиотеку практик");
        assertThat(page.field("participants").errors()).containsExactly("Нет согласия на распространение персональных "
                + "данных: Петров Пётр Петрович (9Б). Запишите согласие или не называйте этого человека в практике");
        assertThat(page.field("title").html()).contains("Математика без страха");
    }

    @Test
    void aPairThatCannotBeProposedSaysWhyInsteadOfTheForm() {
        var header = PairHeaders.of(PairWorkMother.otherSchoolPair(), Side.MENTOR);
        var candidates = new Completions.Candidates(false, null, "Пара уже предложена в библиотеку практик", List.of());

        Rendered page = Templates.render(ProposalController.page(header, ProposalForm.empty(""), FormErrors.none(),
                candidates), PortalUsers.mentor()).assertRussianOnly();

        assertThat(page.text()).contains("Пара уже предложена в библиотеку практик");
        assertThat(page.html()).doesNotContain("data-field=\"title\"");
    }

    @Test
    void theSchoolsReasonsAreRenamedRetiredAndRestored() {
        var reasons = List.of(new Completions.Reason("moved", "Переезд", true),
                new Completions.Reason("old", "Устаревшая причина", false));

        Rendered page = Templates.render(new ReasonsPage(reasons, ReasonForm.empty(), FormErrors.none()),
                PortalUsers.curator("1")).assertRussianOnly();

        assertThat(page.heading()).isEqualTo("Причины досрочного прекращения");
        assertThat(page.text()).contains("Переезд предлагается", "Устаревшая причина не используется",
                "Вывести из списка", "Вернуть в список");
        assertThat(page.html()).contains("action=\"/termination-reasons/moved/retire\"",
                "action=\"/termination-reasons/old/restore\"");
    }
}

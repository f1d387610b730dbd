package ru.mentoring.practices.practice;

import org.junit.jupiter.api.Test;
import ru.mentoring.model.practice.PracticeLevel;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SubmissionCheckTest {

    private final Clock clock = Clock.systemUTC();

    @Test
    void aCompletePracticePasses() {
        assertThat(SubmissionCheck.problems(PracticeContent.of(VersionMother.of(VersionStatus.DRAFT)), clock)).isEmpty();
    }

    @Test
    void everyGapIsNamedAtOnceInTheOrderOfTheForm() {
        var empty = new PracticeContent("Название", null, " ", null, null, null, null, null, List.of(), null, null,
                List.of(), false);
        assertThat(SubmissionCheck.problems(empty, clock)).containsExactly(
                "Опишите проблему, которую решает практика",
                "Опишите практику",
                "Перечислите методы и приёмы",
                "Опишите результаты и их подтверждение",
                "Укажите форму наставничества",
                "Укажите целевую группу",
                "Укажите хотя бы одну компетенцию",
                "Укажите год реализации практики",
                "Укажите уровень практики: школьный, муниципальный или региональный",
                "Укажите хотя бы одного автора",
                "Подтвердите, что в описании и файлах нет персональных данных обучающихся");
    }

    @Test
    void aYearAfterThisOneIsRefused() {
        int nextYear = LocalDate.now(clock.withZone(ZoneOffset.UTC)).getYear() + 1;
        var v = PracticeContent.of(VersionMother.of(VersionStatus.DRAFT));
        var future = new PracticeContent(v.title(), v.problem(), v.description(), v.methods(), v.results(), v.form(),
                v.formVariant(), v.targetGroup(), v.competencies(), nextYear, PracticeLevel.REGIONAL, v.authors(), true);
        assertThat(SubmissionCheck.problems(future, clock)).containsExactly("Год реализации не может быть позже текущего");
    }
}

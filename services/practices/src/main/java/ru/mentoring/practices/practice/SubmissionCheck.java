package ru.mentoring.practices.practice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a practice needs before experts see it, listed all at once in the order of the form, so the
 * authors fix everything in one go. A draft may lack any of it.
 */
final class SubmissionCheck {

    private SubmissionCheck() {
    }

    static List<String> problems(PracticeContent c, Clock clock) {
        List<String> missing = new ArrayList<>();
        require(missing, c.problem(), "Опишите проблему, которую решает практика");
        require(missing, c.description(), "Опишите практику");
        require(missing, c.methods(), "Перечислите методы и приёмы");
        require(missing, c.results(), "Опишите результаты и их подтверждение");
        require(missing, c.form(), "Укажите форму наставничества");
        require(missing, c.targetGroup(), "Укажите целевую группу");
        if (c.competencies().isEmpty()) {
            missing.add("Укажите хотя бы одну компетенцию");
        }
        if (c.year() == null) {
            missing.add("Укажите год реализации практики");
        } else if (c.year() > LocalDate.now(clock).getYear()) {
            missing.add("Год реализации не может быть позже текущего");
        }
        if (c.level() == null) {
            missing.add("Укажите уровень практики: школьный, муниципальный или региональный");
        }
        if (c.authors().isEmpty()) {
            missing.add("Укажите хотя бы одного автора");
        }
        if (!c.noPupilData()) {
            missing.add("Подтвердите, что в описании и файлах нет персональных данных обучающихся");
        }
        return missing;
    }

    private static void require(List<String> missing, String value, String message) {
        if (value == null || value.isBlank()) {
            missing.add(message);
        }
    }
}

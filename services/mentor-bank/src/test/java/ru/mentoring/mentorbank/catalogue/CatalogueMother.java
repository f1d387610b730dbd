package ru.mentoring.mentorbank.catalogue;

import java.util.List;
import java.util.Map;

/** The catalogues as the migrations seed them, built by hand: no database. */
public final class CatalogueMother {

    private CatalogueMother() {
    }

    public static List<Catalogue.Entry> competencies() {
        return entries(Map.ofEntries(
                Map.entry("modern_lesson", "организация современного урока"),
                Map.entry("formative_assessment", "формирующее оценивание"),
                Map.entry("project_activity", "проектная деятельность"),
                Map.entry("special_needs", "работа с детьми с ОВЗ"),
                Map.entry("functional_literacy", "функциональная грамотность"),
                Map.entry("exam_preparation", "подготовка к ГИА"),
                Map.entry("digital_tools", "цифровые образовательные технологии"),
                Map.entry("class_teacher", "классное руководство"),
                Map.entry("olympiad_preparation", "олимпиадная подготовка"),
                Map.entry("career_guidance", "профориентация"),
                Map.entry("gifted_children", "работа с одарёнными детьми"),
                Map.entry("difficult_situations", "сопровождение детей в трудной жизненной ситуации")));
    }

    public static Map<String, String> competencySynonyms() {
        return Map.of("подготовка к огэ", "exam_preparation", "развитие детской одаренности", "gifted_children",
                "современный урок", "modern_lesson");
    }

    public static List<Catalogue.Entry> forms() {
        return entries(Map.of("PUPIL_PUPIL", "ученик – ученик", "TEACHER_TEACHER", "учитель – учитель",
                "TEACHER_PUPIL", "учитель – ученик", "STUDENT_PUPIL", "студент – ученик",
                "EMPLOYER_PUPIL", "работодатель – ученик", "LEADER_PROJECT_TEAM", "лидер – проектная команда"));
    }

    public static Map<String, String> formSynonyms() {
        return Map.of("педагог – педагог", "TEACHER_TEACHER");
    }

    public static List<Catalogue.Entry> formats() {
        return entries(Map.of("TRADITIONAL", "традиционное (один на один, долгосрочное)",
                "GROUP", "наставничество в группе", "VIRTUAL", "виртуальное (дистанционное)",
                "REVERSE", "реверсивное", "FLASH", "флеш-наставничество"));
    }

    private static List<Catalogue.Entry> entries(Map<String, String> titles) {
        return titles.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> Catalogue.Entry.of(e.getKey(), e.getValue())).toList();
    }
}

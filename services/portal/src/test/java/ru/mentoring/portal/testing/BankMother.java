package ru.mentoring.portal.testing;

import ru.mentoring.portal.backend.mentorbank.Catalogue;
import ru.mentoring.portal.backend.mentorbank.Mentors;
import ru.mentoring.portal.catalogue.Schools;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Object Mother of what the mentor bank answers: schools, catalogues, mentors. */
public final class BankMother {

    public static final UUID IVANOVA = UUID.fromString("0c1d2e3f-4a5b-4c6d-8e7f-001122334455");
    public static final UUID PETROV = UUID.fromString("9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d");

    private BankMother() {
    }

    public static List<Catalogue.School> schoolList() {
        return List.of(new Catalogue.School("1", "Средняя общеобразовательная школа № 1", "МАОУ СОШ № 1"),
                new Catalogue.School("2", "Гимназия № 2", "Гимназия № 2"));
    }

    public static Schools schools() {
        return new Schools(schoolList());
    }

    public static List<Catalogue.Entry> competencies() {
        return List.of(new Catalogue.Entry("exam_preparation", "подготовка к ГИА", null),
                new Catalogue.Entry("projects", "проектная деятельность", null),
                new Catalogue.Entry("special_needs", "работа с детьми с ОВЗ", null));
    }

    public static List<Catalogue.Entry> formats() {
        return List.of(new Catalogue.Entry("TRADITIONAL", "традиционное (один на один, долгосрочное)", null),
                new Catalogue.Entry("REVERSE", "реверсивное", null));
    }

    public static List<Catalogue.Entry> forms() {
        return List.of(new Catalogue.Entry("TEACHER_TEACHER", "учитель – учитель", null),
                new Catalogue.Entry("STUDENT_PUPIL", "студент – ученик", null));
    }

    /** A teacher of school 1 in a network project, one seat busy and one held by a pending request. */
    public static Mentors.Mentor ivanova() {
        return new Mentors.Mentor(IVANOVA, "Иванова Мария Петровна", "TEACHER", "1", null, "учитель математики",
                "ivanova@school1.ru", null, LocalDate.of(1980, 4, 5), List.of("математика", "информатика"),
                List.of("подготовка к ГИА", "проектная деятельность"), List.of("TEACHER_TEACHER", "STUDENT_PUPIL"),
                "высшая", 12, "вторник после 15:00", "шахматы", "молодые педагоги", "Почётная грамота",
                "курсы ТОИПКРО", true, 3, 1, 1, 1, "NETWORK");
    }

    /** An external employer with no free seats and few details. */
    public static Mentors.Mentor petrov() {
        return new Mentors.Mentor(PETROV, "Петров Пётр Андреевич", "EMPLOYER", null, "ООО «Завод»", null, null, null,
                null, null, List.of("профориентация"), null, null, null, null, null, null, null, null, false, 2, 2, 0,
                0, "MUNICIPAL");
    }
}

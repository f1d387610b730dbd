package ru.mentoring.portal.testing;

import ru.mentoring.portal.backend.school.Consents;
import ru.mentoring.portal.backend.school.DirectoryEntry;
import ru.mentoring.portal.backend.school.Matching;
import ru.mentoring.portal.backend.school.Mentees;
import ru.mentoring.portal.backend.school.Pairs;
import ru.mentoring.portal.backend.school.Programmes;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Object Mother of what the school service answers for issue 8's pages: a programme with its roadmap, a
 * pupil and a young teacher of the mentee base, consents, pairs, proposals. Dates are fixed: they are only
 * shown, never compared with today (the service says what is overdue).
 */
public final class SchoolMother {

    public static final UUID PROGRAMME = UUID.fromString("11110000-0000-4000-8000-000000000001");
    public static final UUID ITEM_DONE = UUID.fromString("11110000-0000-4000-8000-000000000011");
    public static final UUID ITEM_OVERDUE = UUID.fromString("11110000-0000-4000-8000-000000000012");
    public static final UUID PUPIL = UUID.fromString("22220000-0000-4000-8000-000000000001");
    public static final UUID TEACHER = UUID.fromString("22220000-0000-4000-8000-000000000002");
    public static final UUID CONSENT = UUID.fromString("33330000-0000-4000-8000-000000000001");
    public static final UUID PAIR = UUID.fromString("44440000-0000-4000-8000-000000000001");
    public static final UUID TEACHER_PAIR = UUID.fromString("44440000-0000-4000-8000-000000000002");

    private SchoolMother() {
    }

    /** The 2026/2027 programme: stage 1 has one activity done and one overdue, the others are empty. */
    public static Programmes.Programme programme() {
        List<Programmes.Stage> stages = List.of(
                new Programmes.Stage(1, "Подготовка условий для запуска программы", List.of(
                        new Programmes.Item(ITEM_DONE, "Приказ о внедрении целевой модели", LocalDate.of(2026, 9, 10),
                                "директор", "приказ", LocalDate.of(2026, 9, 8), false),
                        new Programmes.Item(ITEM_OVERDUE, "Информирование родителей", LocalDate.of(2026, 9, 20),
                                "куратор", "собрание проведено", null, true)), 1, 1),
                new Programmes.Stage(2, "Формирование базы наставляемых", List.of(), 0, 0));
        return new Programmes.Programme(PROGRAMME, "2026/2027", "Программа наставничества школы № 1",
                List.of(new Programmes.Form("TEACHER_TEACHER", "учитель – учитель"),
                        new Programmes.Form("STUDENT_PUPIL", "студент – ученик")),
                List.of("Кузнецова Ольга Ивановна"), "Адаптация молодых педагогов", 3, stages, 2, 1, 1,
                LocalDate.of(2026, 10, 1));
    }

    /** A pupil of 15 in 9Б: a minor whose parent signs, old enough to co-sign. */
    public static Mentees.Mentee pupil() {
        return new Mentees.Mentee(PUPIL, "Петров Пётр Петрович", "PUPIL", "обучающийся", LocalDate.of(2011, 3, 2), 15,
                true, "9Б", null, null, null, "МАОУ СОШ № 1", null, "Петрова Анна Сергеевна", "+7 900 000-00-01",
                "c1", "Успеваемость", "подтянуть математику к ОГЭ", LocalDate.of(2026, 9, 5), "QUESTIONNAIRE",
                "анкетирование", "CANDIDATE", "кандидат", "вторник после уроков",
                new Mentees.Restricted(false, true, false, true));
    }

    /** A young teacher of mathematics in her second year. */
    public static Mentees.Mentee teacher() {
        return new Mentees.Mentee(TEACHER, "Сидорова Анна Викторовна", "TEACHER", "педагог", LocalDate.of(2001, 6, 1),
                25, false, null, "учитель математики", "математика", 1, "МАОУ СОШ № 1", "sidorova@school1.ru", null,
                null, "c2", "Адаптация", "классное руководство", LocalDate.of(2026, 9, 1), "CURATOR",
                "внесён куратором", "CANDIDATE", "кандидат", null, new Mentees.Restricted(false, false, false, false));
    }

    public static List<Mentees.Category> categories() {
        return List.of(new Mentees.Category("c1", "Успеваемость", true), new Mentees.Category("c2", "Адаптация", true),
                new Mentees.Category("c3", "Профориентация", false));
    }

    /** The parent's processing consent of the pupil, in force. */
    public static Consents.Consent processing() {
        return new Consents.Consent(CONSENT, PUPIL, "PROCESSING", "на обработку персональных данных", "processing-v1",
                "GUARDIAN", "родитель (законный представитель)", "Петрова Анна Сергеевна", true, null,
                LocalDate.of(2026, 9, 6), null, null, true);
    }

    /** A distribution consent withdrawn with a reason. */
    public static Consents.Consent withdrawnDistribution() {
        return new Consents.Consent(UUID.fromString("33330000-0000-4000-8000-000000000002"), PUPIL, "DISTRIBUTION",
                "на распространение (публикацию)", "distribution-v1", "GUARDIAN", "родитель (законный представитель)",
                "Петрова Анна Сергеевна", false, null, LocalDate.of(2026, 9, 6), LocalDate.of(2026, 9, 30),
                "не хотим публикаций", false);
    }

    /** The pupil's pair with a student mentor, waiting for the mentor bank. */
    public static Pairs.Pair waitingPair() {
        return new Pairs.Pair(PAIR, BankMother.PETROV, "Петров Пётр Андреевич", null, "STUDENT_PUPIL",
                "студент – ученик", "успевающий – неуспевающий", "MATCHING", "подбор по анкетам",
                "AWAITING_CONFIRMATION", "ожидает подтверждения", LocalDate.of(2026, 10, 1), LocalDate.of(2027, 5, 31),
                null, List.of(new Pairs.Member(PUPIL, "Петров Пётр Петрович", "9Б", null)), false, false, null);
    }

    /** The young teacher's working pair with a teacher of the school; the labour-law step half done. */
    public static Pairs.Pair teacherPair() {
        return new Pairs.Pair(TEACHER_PAIR, BankMother.IVANOVA, "Иванова Мария Петровна", "1", "TEACHER_TEACHER",
                "учитель – учитель", null, "ASSIGNMENT", "назначение куратором", "ACTIVE", "работает",
                LocalDate.of(2026, 9, 15), LocalDate.of(2027, 5, 31), null,
                List.of(new Pairs.Member(TEACHER, "Сидорова Анна Викторовна", null, "учитель математики")), false, true,
                new Pairs.LabourChecklist(false, "С-12", LocalDate.of(2026, 9, 14), null, null, null, null, null, null));
    }

    public static DirectoryEntry ivanovaInDirectory(int free) {
        return new DirectoryEntry(BankMother.IVANOVA, "Иванова Мария Петровна", "TEACHER", "NETWORK", free, "1", null,
                "учитель математики", List.of("подготовка к ГИА"), List.of("математика"));
    }

    public static DirectoryEntry petrovInDirectory(int free) {
        return new DirectoryEntry(BankMother.PETROV, "Петров Пётр Андреевич", "UNIVERSITY_STUDENT", "MUNICIPAL", free,
                null, "ТГПУ", null, List.of("проектная деятельность"), List.of());
    }

    public static List<Matching.Reason> reasons() {
        return List.of(new Matching.Reason("strengths", 30, "Совпадает «подготовка к ГИА»"),
                new Matching.Reason("subject", 15, "Тот же предмет: математика"),
                new Matching.Reason("age", 0, "Желаемый возраст не указан"));
    }
}

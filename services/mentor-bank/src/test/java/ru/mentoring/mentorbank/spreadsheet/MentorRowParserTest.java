package ru.mentoring.mentorbank.spreadsheet;

import org.junit.jupiter.api.Test;
import ru.mentoring.mentorbank.mentor.MentorProfileCommand;
import ru.mentoring.model.mentor.MentorKind;
import ru.mentoring.model.mentor.MentorVisibility;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** One sheet row to one mentor profile, or the Russian reasons why it cannot be one. */
class MentorRowParserTest {

    @Test
    void theCategoriesSchoolsWriteMapToTheMentorKinds() {
        Map<String, MentorKind> written = Map.of("педагог", MentorKind.TEACHER, "Учитель", MentorKind.TEACHER,
                "обучающийся", MentorKind.PUPIL, "ученик", MentorKind.PUPIL, "Родитель", MentorKind.PARENT,
                "студент", MentorKind.UNIVERSITY_STUDENT, "работодатель", MentorKind.EMPLOYER,
                "Представитель работодателя", MentorKind.EMPLOYER, "выпускник", MentorKind.GRADUATE);

        written.forEach((category, kind) -> assertThat(profile(Map.of(Column.FULL_NAME, "Иванова Ирина", Column.KIND, category))
                .kind()).as(category).isEqualTo(kind));
    }

    @Test
    void anUnknownCategoryIsNamedInTheReason() {
        var parsed = MentorRowParser.parse(row(Map.of(Column.FULL_NAME, "Иванова Ирина", Column.KIND, "космонавт")));

        assertThat(parsed.command()).isEmpty();
        assertThat(parsed.problems()).singleElement().asString().contains("неизвестная категория наставника «космонавт»");
    }

    @Test
    void aRowWithoutAFullNameIsRefused() {
        var parsed = MentorRowParser.parse(row(Map.of(Column.KIND, "педагог", Column.POSITION, "учитель")));

        assertThat(parsed.command()).isEmpty();
        assertThat(parsed.problems()).containsExactly("не указано ФИО наставника");
    }

    @Test
    void everyProblemOfARowIsReportedAtOnce() {
        var parsed = MentorRowParser.parse(row(Map.of(Column.EXPERIENCE, "давно", Column.BIRTH_DATE, "15.13.2001",
                Column.CAPACITY, "много")));

        assertThat(parsed.problems()).hasSize(4);
    }

    @Test
    void capacityIsTwoWhenTheSheetDoesNotSayAndTheGivenNumberOtherwise() {
        assertThat(MentorRowParser.DEFAULT_CAPACITY).isEqualTo(2);
        assertThat(profile(Map.of(Column.FULL_NAME, "Иванова Ирина")).capacity()).isEqualTo(2);
        assertThat(profile(Map.of(Column.FULL_NAME, "Иванова Ирина", Column.CAPACITY, " ")).capacity()).isEqualTo(2);
        assertThat(profile(Map.of(Column.FULL_NAME, "Иванова Ирина", Column.CAPACITY, "4")).capacity()).isEqualTo(4);
    }

    @Test
    void aNonNumericCapacityOrExperienceIsExplained() {
        var parsed = MentorRowParser.parse(row(Map.of(Column.FULL_NAME, "Иванова Ирина", Column.EXPERIENCE, "много")));

        assertThat(parsed.problems()).singleElement().asString().contains("«Стаж»").contains("число").contains("«много»");
    }

    @Test
    void listsAreSplitAtSemicolonsCommasAndLineBreaks() {
        MentorProfileCommand command = profile(Map.of(Column.FULL_NAME, "Иванова Ирина",
                Column.STRENGTHS, "формирующее оценивание; подготовка к ГИА,проектная деятельность\nпрофориентация;",
                Column.SUBJECTS, "математика, физика"));

        assertThat(command.strengths()).containsExactly("формирующее оценивание", "подготовка к ГИА",
                "проектная деятельность", "профориентация");
        assertThat(command.subjects()).containsExactly("математика", "физика");
    }

    @Test
    void aTextDateIsReadAsDayMonthYear() {
        assertThat(profile(Map.of(Column.FULL_NAME, "Иванова Ирина", Column.BIRTH_DATE, "01.02.1980")).birthDate())
                .isEqualTo(LocalDate.of(1980, 2, 1));
        assertThat(profile(Map.of(Column.FULL_NAME, "Иванова Ирина", Column.BIRTH_DATE, "1.2.1980")).birthDate())
                .isEqualTo(LocalDate.of(1980, 2, 1));
    }

    @Test
    void aRealExcelDateIsTakenAsItIs() {
        var text = new EnumMap<Column, String>(Map.of(Column.FULL_NAME, "Иванова Ирина", Column.BIRTH_DATE, "08.03.85"));
        var dates = new EnumMap<Column, LocalDate>(Map.of(Column.BIRTH_DATE, LocalDate.of(1985, 3, 8)));

        var parsed = MentorRowParser.parse(new SheetRow(5, text, dates));

        assertThat(parsed.command().orElseThrow().birthDate()).isEqualTo(LocalDate.of(1985, 3, 8));
    }

    @Test
    void anImpossibleDateIsExplained() {
        var parsed = MentorRowParser.parse(row(Map.of(Column.FULL_NAME, "Иванова Ирина", Column.BIRTH_DATE, "15.13.2001")));

        assertThat(parsed.problems()).singleElement().asString().contains("дд.мм.гггг").contains("«15.13.2001»");
    }

    @Test
    void aDayThatTheMonthDoesNotHaveIsRefusedNotMovedToTheMonthsEnd() {
        var parsed = MentorRowParser.parse(row(Map.of(Column.FULL_NAME, "Иванова Ирина", Column.BIRTH_DATE, "31.02.1980")));

        assertThat(parsed.problems()).singleElement().asString().contains("«31.02.1980»");
    }

    @Test
    void associationMembershipIsYesOnlyWhenTheSheetSaysSo() {
        assertThat(profile(Map.of(Column.FULL_NAME, "Иванова Ирина", Column.ASSOCIATION, "Да")).associationMember()).isTrue();
        assertThat(profile(Map.of(Column.FULL_NAME, "Иванова Ирина", Column.ASSOCIATION, "нет")).associationMember()).isFalse();
        assertThat(profile(Map.of(Column.FULL_NAME, "Иванова Ирина")).associationMember()).isFalse();
    }

    @Test
    void availabilityIsReadInRussianAndIsMunicipalWhenNotGiven() {
        assertThat(profile(Map.of(Column.FULL_NAME, "Иванова Ирина", Column.VISIBILITY, "Школа")).visibility())
                .isEqualTo(MentorVisibility.SCHOOL);
        assertThat(profile(Map.of(Column.FULL_NAME, "Иванова Ирина", Column.VISIBILITY, "сетевой")).visibility())
                .isEqualTo(MentorVisibility.NETWORK);
        assertThat(profile(Map.of(Column.FULL_NAME, "Иванова Ирина")).visibility()).isEqualTo(MentorVisibility.MUNICIPAL);
    }

    @Test
    void anUnknownAvailabilityIsNamedInTheReason() {
        assertThat(MentorRowParser.parse(row(Map.of(Column.FULL_NAME, "Иванова Ирина", Column.VISIBILITY, "всем")))
                .problems()).singleElement().asString().contains("неизвестная доступность «всем»");
    }

    @Test
    void theOtherColumnsGoToTheProfileAsWritten() {
        MentorProfileCommand command = profile(Map.ofEntries(Map.entry(Column.FULL_NAME, " Иванова Ирина Петровна "),
                Map.entry(Column.SCHOOL, "1"), Map.entry(Column.ORGANISATION, "МАОУ СОШ № 1"),
                Map.entry(Column.POSITION, "учитель физики"), Map.entry(Column.EMAIL, "i@example.ru"),
                Map.entry(Column.PHONE, "+7 900 000-00-00"), Map.entry(Column.QUALIFICATION, "высшая"),
                Map.entry(Column.EXPERIENCE, "12"), Map.entry(Column.TIME, "2 часа в неделю"),
                Map.entry(Column.INTERESTS, "робототехника"), Map.entry(Column.PREFERRED_AGE, "25–35 лет"),
                Map.entry(Column.ACHIEVEMENTS, "победитель конкурса «Учитель года»"),
                Map.entry(Column.TRAINING, "ДПП «Наставничество в ОО», 36 ч"), Map.entry(Column.FORMS, "учитель – учитель")));

        assertThat(command.fullName()).isEqualTo("Иванова Ирина Петровна");
        assertThat(command.homeSchoolId()).isEqualTo("1");
        assertThat(command.organisation()).isEqualTo("МАОУ СОШ № 1");
        assertThat(command.position()).isEqualTo("учитель физики");
        assertThat(command.email()).isEqualTo("i@example.ru");
        assertThat(command.phone()).isEqualTo("+7 900 000-00-00");
        assertThat(command.qualificationCategory()).isEqualTo("высшая");
        assertThat(command.experienceYears()).isEqualTo(12);
        assertThat(command.timeAvailable()).isEqualTo("2 часа в неделю");
        assertThat(command.interests()).isEqualTo("робототехника");
        assertThat(command.preferredMenteeAge()).isEqualTo("25–35 лет");
        assertThat(command.achievements()).isEqualTo("победитель конкурса «Учитель года»");
        assertThat(command.trainingCompleted()).isEqualTo("ДПП «Наставничество в ОО», 36 ч");
        assertThat(command.forms()).containsExactly("учитель – учитель");
        assertThat(command.kind()).as("a sheet without a category column lists teachers").isEqualTo(MentorKind.TEACHER);
    }

    @Test
    void unitsAfterANumberDoNotMatter() {
        MentorProfileCommand command = profile(Map.of(Column.FULL_NAME, "Иванова Ирина", Column.EXPERIENCE, "15 лет",
                Column.CAPACITY, "3 чел."));

        assertThat(command.experienceYears()).isEqualTo(15);
        assertThat(command.capacity()).isEqualTo(3);
    }

    @Test
    void aHyphenInAFormIsReadAsTheCataloguesDash() {
        assertThat(profile(Map.of(Column.FULL_NAME, "Иванова Ирина", Column.FORMS, "учитель - учитель; ученик — ученик")).forms())
                .containsExactly("учитель – учитель", "ученик – ученик");
    }

    @Test
    void aContactsCellIsSplitIntoTheEmailAndThePhone() {
        MentorProfileCommand both = profile(Map.of(Column.FULL_NAME, "Иванова Ирина",
                Column.CONTACTS, "+7 900 123-45-67, ivanova@example.ru"));
        MentorProfileCommand phoneOnly = profile(Map.of(Column.FULL_NAME, "Иванова Ирина", Column.CONTACTS, "тел. 8 (34385) 2-11-11"));
        MentorProfileCommand ownColumnsWin = profile(Map.of(Column.FULL_NAME, "Иванова Ирина", Column.EMAIL, "own@example.ru",
                Column.PHONE, "+7 911 000-00-00", Column.CONTACTS, "other@example.ru; +7 999 999-99-99"));

        assertThat(both.email()).isEqualTo("ivanova@example.ru");
        assertThat(both.phone()).isEqualTo("+7 900 123-45-67");
        assertThat(phoneOnly.email()).isNull();
        assertThat(phoneOnly.phone()).isEqualTo("8 (34385) 2-11-11");
        assertThat(ownColumnsWin.email()).isEqualTo("own@example.ru");
        assertThat(ownColumnsWin.phone()).isEqualTo("+7 911 000-00-00");
    }

    private static MentorProfileCommand profile(Map<Column, String> cells) {
        var parsed = MentorRowParser.parse(row(cells));
        assertThat(parsed.problems()).isEmpty();
        return parsed.command().orElseThrow();
    }

    private static SheetRow row(Map<Column, String> cells) {
        return new SheetRow(4, new EnumMap<>(cells), Map.of());
    }
}

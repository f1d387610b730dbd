package ru.mentoring.mentorbank.spreadsheet;

import org.junit.jupiter.api.Test;
import ru.mentoring.mentorbank.mentor.MentorProfileCommand;
import ru.mentoring.model.mentor.MentorKind;
import ru.mentoring.model.mentor.MentorVisibility;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One sheet row to one mentor profile. Only a row naming no mentor is refused; every other problem is a
 * warning naming its cell, with the bad value left out and the rest of the row kept.
 */
class MentorRowParserTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private final MentorRowParser parser = new MentorRowParser(new TestVocabulary(), TODAY);

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
    void anUnknownCategoryIsAWarningOnItsCellAndTheMentorIsATeacher() {
        var parsed = parser.parse(row(Map.of(Column.FULL_NAME, "Иванова Ирина", Column.KIND, "космонавт")));

        assertThat(parsed.isRefused()).isFalse();
        assertThat(parsed.command().kind()).isEqualTo(MentorKind.TEACHER);
        assertThat(parsed.warnings()).singleElement().satisfies(w -> {
            assertThat(w.column()).isEqualTo("Категория наставника");
            assertThat(w.cell()).isEqualTo("B4");
            assertThat(w.message()).contains("«космонавт»");
        });
    }

    @Test
    void aRowWithoutAFullNameIsTheOnlyOneRefused() {
        var parsed = parser.parse(row(Map.of(Column.KIND, "педагог", Column.POSITION, "учитель")));

        assertThat(parsed.isRefused()).isTrue();
        assertThat(parsed.refusal()).contains("не указано ФИО наставника");
    }

    @Test
    void aFooterInTheNameColumnIsNotAMentor() {
        assertThat(parser.parse(row(Map.of(Column.FULL_NAME, "Куратор программы: ________ Иванова"))).refusal())
                .contains("не ФИО наставника");
        assertThat(parser.parse(row(Map.of(Column.FULL_NAME, "20"))).refusal()).contains("не ФИО наставника");
    }

    @Test
    void everyBadCellIsAWarningAndTheRestOfTheRowGoesIn() {
        var parsed = parser.parse(row(Map.of(Column.FULL_NAME, "Иванова Ирина", Column.EMAIL, "ivanova@",
                Column.PHONE, "звонить вечером", Column.BIRTH_DATE, "31.02.1980", Column.EXPERIENCE, "много",
                Column.CAPACITY, "сколько угодно", Column.POSITION, "учитель физики")));

        assertThat(parsed.isRefused()).isFalse();
        assertThat(parsed.warnings()).extracting(RowWarning::column)
                .containsExactlyInAnyOrder("E-mail", "Телефон", "Дата рождения", "Стаж", "Вместимость");
        MentorProfileCommand command = parsed.command();
        assertThat(command.email()).isNull();
        assertThat(command.phone()).isNull();
        assertThat(command.birthDate()).isNull();
        assertThat(command.experienceYears()).isNull();
        assertThat(command.capacity()).isEqualTo(MentorRowParser.DEFAULT_CAPACITY);
        assertThat(command.position()).isEqualTo("учитель физики");
        assertThat(parsed.warnings()).filteredOn(w -> w.column().equals("E-mail")).singleElement()
                .satisfies(w -> assertThat(w.message()).contains("«ivanova@»").contains("не адрес электронной почты"));
    }

    @Test
    void aBirthDateInTheFutureOrImpossiblyLongAgoIsLeftOut() {
        var future = parser.parse(row(Map.of(Column.FULL_NAME, "Иванова Ирина", Column.BIRTH_DATE,
                TODAY.plusDays(3).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")))));
        var ancient = parser.parse(row(Map.of(Column.FULL_NAME, "Иванова Ирина", Column.BIRTH_DATE, "01.01.1850")));

        assertThat(future.command().birthDate()).isNull();
        assertThat(future.warnings()).singleElement().satisfies(w -> assertThat(w.message()).contains("невозможна"));
        assertThat(ancient.command().birthDate()).isNull();
    }

    @Test
    void capacityIsTwoWhenTheSheetDoesNotSayAndTheGivenNumberOtherwise() {
        assertThat(MentorRowParser.DEFAULT_CAPACITY).isEqualTo(2);
        assertThat(profile(Map.of(Column.FULL_NAME, "Иванова Ирина")).capacity()).isEqualTo(2);
        assertThat(profile(Map.of(Column.FULL_NAME, "Иванова Ирина", Column.CAPACITY, " ")).capacity()).isEqualTo(2);
        assertThat(profile(Map.of(Column.FULL_NAME, "Иванова Ирина", Column.CAPACITY, "4")).capacity()).isEqualTo(4);
        assertThat(parser.parse(row(Map.of(Column.FULL_NAME, "Иванова Ирина", Column.CAPACITY, "120"))).warnings())
                .singleElement().satisfies(w -> assertThat(w.message()).contains("от 1 до 50"));
    }

    @Test
    void competencyPhrasesInTheSchoolsOwnWordsAreMatchedAndTheRestKeptAsTheMentorsOwn() {
        var parsed = parser.parse(row(Map.of(Column.FULL_NAME, "Иванова Ирина", Column.STRENGTHS,
                "Критериальное и формирующее оценивание;\nсопровождение молодых педагогов,  развитие детской одарённости"
                        + "\n1) ПРОЕКТНАЯ ДЕЯТЕЛЬНОСТЬ")));

        assertThat(parsed.warnings()).isEmpty();
        assertThat(parsed.command().strengths()).containsExactly("формирующее оценивание", "работа с одарёнными детьми",
                "проектная деятельность");
        assertThat(parsed.command().ownStrengths()).containsExactly("сопровождение молодых педагогов");
        assertThat(parsed.strengths()).extracting(ParsedRow.StrengthMatch::how).containsExactly("те же слова в другой форме",
                "своими словами: попадёт в список для методиста", "синоним из справочника", "совпадает со справочником");
    }

    @Test
    void formsAreOneWhateverTheDashSpacesAndCaseAndAnUnknownOneIsAWarning() {
        var parsed = parser.parse(row(Map.of(Column.FULL_NAME, "Иванова Ирина",
                Column.FORMS, "учитель – ученик; Учитель–ученик, учитель-учитель\nкосмонавт – марсианин")));

        assertThat(parsed.command().forms()).containsExactly("TEACHER_PUPIL", "TEACHER_TEACHER");
        assertThat(parsed.warnings()).singleElement().satisfies(w -> {
            assertThat(w.column()).isEqualTo("Формы наставничества");
            assertThat(w.message()).contains("«космонавт – марсианин»").contains("не найдена");
        });
    }

    @Test
    void formatsOfTeacherMentoringAreReadByTheirWords() {
        assertThat(profile(Map.of(Column.FULL_NAME, "Иванова Ирина", Column.FORMATS, "традиционное; реверсивное наставничество"))
                .formats()).containsExactly("TRADITIONAL", "REVERSE");
    }

    @Test
    void aSchoolIsFoundByItsCodeOrHowTheSheetNamesIt() {
        assertThat(profile(Map.of(Column.FULL_NAME, "Иванова Ирина", Column.SCHOOL, "1")).homeSchoolId()).isEqualTo("1");
        assertThat(profile(Map.of(Column.FULL_NAME, "Иванова Ирина", Column.SCHOOL, "СОШ №1")).homeSchoolId()).isEqualTo("1");
        assertThat(profile(Map.of(Column.FULL_NAME, "Иванова Ирина", Column.SCHOOL, "МАОУ Гимназия N 2")).homeSchoolId())
                .isEqualTo("2");
        assertThat(profile(Map.of(Column.FULL_NAME, "Иванова Ирина", Column.ORGANISATION, "МАОУ «Гимназия № 2»"))
                .homeSchoolId()).as("the place of work names a school of the bank").isEqualTo("2");
        var unknown = parser.parse(row(Map.of(Column.FULL_NAME, "Иванова Ирина", Column.SCHOOL, "Лицей № 99")));
        assertThat(unknown.command().homeSchoolId()).isNull();
        assertThat(unknown.warnings()).singleElement().satisfies(w -> assertThat(w.message()).contains("«Лицей № 99»"));
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
        var cells = new EnumMap<Column, String>(Map.of(Column.FULL_NAME, "Иванова Ирина", Column.BIRTH_DATE, "08.03.1985"));
        var parsed = parser.parse(new SheetRow(4, cells, Map.of(Column.BIRTH_DATE, LocalDate.of(1985, 3, 8))));

        assertThat(parsed.command().birthDate()).isEqualTo(LocalDate.of(1985, 3, 8));
    }

    @Test
    void associationMembershipIsYesOnlyWhenTheSheetSaysSo() {
        assertThat(profile(Map.of(Column.FULL_NAME, "Иванова Ирина", Column.ASSOCIATION, "Да")).associationMember()).isTrue();
        assertThat(profile(Map.of(Column.FULL_NAME, "Иванова Ирина", Column.ASSOCIATION, "нет")).associationMember()).isFalse();
        assertThat(profile(Map.of(Column.FULL_NAME, "Иванова Ирина")).associationMember()).isFalse();
    }

    @Test
    void availabilityIsReadInRussianAndIsMunicipalWhenNotGivenOrUnknown() {
        assertThat(profile(Map.of(Column.FULL_NAME, "Иванова Ирина", Column.VISIBILITY, "Школа", Column.SCHOOL, "1"))
                .visibility()).isEqualTo(MentorVisibility.SCHOOL);
        assertThat(profile(Map.of(Column.FULL_NAME, "Иванова Ирина", Column.VISIBILITY, "сетевой")).visibility())
                .isEqualTo(MentorVisibility.NETWORK);
        assertThat(profile(Map.of(Column.FULL_NAME, "Иванова Ирина")).visibility()).isEqualTo(MentorVisibility.MUNICIPAL);
        var unknown = parser.parse(row(Map.of(Column.FULL_NAME, "Иванова Ирина", Column.VISIBILITY, "всем")));
        assertThat(unknown.command().visibility()).isEqualTo(MentorVisibility.MUNICIPAL);
        assertThat(unknown.warnings()).singleElement().satisfies(w -> assertThat(w.message()).contains("«всем»"));
    }

    @Test
    void theOtherColumnsGoToTheProfileAsWritten() {
        MentorProfileCommand command = profile(Map.ofEntries(Map.entry(Column.FULL_NAME, "Иванова Ирина Петровна"),
                Map.entry(Column.SCHOOL, "1"), Map.entry(Column.ORGANISATION, "МАОУ СОШ № 1"),
                Map.entry(Column.POSITION, "учитель физики"), Map.entry(Column.EMAIL, "i@example.ru"),
                Map.entry(Column.PHONE, "+7 900 000-00-00"), Map.entry(Column.QUALIFICATION, "высшая"),
                Map.entry(Column.EXPERIENCE, "12"), Map.entry(Column.TIME, "2 часа в неделю"),
                Map.entry(Column.INTERESTS, "робототехника"), Map.entry(Column.PREFERRED_AGE, "25–35 лет"),
                Map.entry(Column.ACHIEVEMENTS, "победитель конкурса «Учитель года»"),
                Map.entry(Column.TRAINING, "ДПП «Наставничество в ОО», 36 ч"),
                Map.entry(Column.SUBJECTS, "физика; астрономия")));

        assertThat(command.fullName()).isEqualTo("Иванова Ирина Петровна");
        assertThat(command.homeSchoolId()).isEqualTo("1");
        assertThat(command.organisation()).isEqualTo("МАОУ СОШ № 1");
        assertThat(command.email()).isEqualTo("i@example.ru");
        assertThat(command.phone()).isEqualTo("+7 900 000-00-00");
        assertThat(command.qualificationCategory()).isEqualTo("высшая");
        assertThat(command.experienceYears()).isEqualTo(12);
        assertThat(command.timeAvailable()).isEqualTo("2 часа в неделю");
        assertThat(command.interests()).isEqualTo("робототехника");
        assertThat(command.preferredMenteeAge()).isEqualTo("25–35 лет");
        assertThat(command.achievements()).isEqualTo("победитель конкурса «Учитель года»");
        assertThat(command.trainingCompleted()).isEqualTo("ДПП «Наставничество в ОО», 36 ч");
        assertThat(command.subjects()).containsExactly("физика", "астрономия");
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

    @Test
    void cellsSayingThereIsNothingAreEmpty() {
        var parsed = parser.parse(row(Map.of(Column.FULL_NAME, "Иванова Ирина", Column.EMAIL, "нет", Column.PHONE, "—")));

        assertThat(parsed.warnings()).isEmpty();
        assertThat(parsed.command().email()).isNull();
    }

    private MentorProfileCommand profile(Map<Column, String> cells) {
        var parsed = parser.parse(row(cells));
        assertThat(parsed.isRefused()).isFalse();
        assertThat(parsed.warnings()).isEmpty();
        return parsed.command();
    }

    /** Row 4 of a sheet whose columns stand in the enum's order (FULL_NAME in A, KIND in B, …). */
    private static SheetRow row(Map<Column, String> cells) {
        Map<Column, String> addresses = new EnumMap<>(Column.class);
        Map<Column, String> headers = new EnumMap<>(Column.class);
        int c = 0;
        for (Column column : new Column[] {Column.FULL_NAME, Column.KIND}) {
            addresses.put(column, (char) ('A' + c++) + "4");
        }
        return new SheetRow("Наставники", 4, new EnumMap<>(cells), Map.of(), addresses, headers);
    }
}

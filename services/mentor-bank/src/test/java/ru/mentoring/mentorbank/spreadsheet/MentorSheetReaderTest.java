package ru.mentoring.mentorbank.spreadsheet;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Finding the header row in the sheets schools really keep, and reading the rows under it. */
class MentorSheetReaderTest {

    @Test
    void headerRowIsFoundUnderAMergedTitleAndRowsKeepTheNumbersExcelShows() {
        var sheet = SchoolSheets.titled(List.of("№ п/п", "ФИО наставника", "Категория"))
                .row(4, "1", "Иванова Ирина Петровна", "педагог")
                .row(6, "2", "Петров Пётр Ильич", "студент");

        List<SheetRow> rows = MentorSheetReader.read(sheet.sheet());

        assertThat(rows).extracting(SheetRow::number).containsExactly(4, 5, 6);
        assertThat(rows.get(0).get(Column.FULL_NAME)).hasValue("Иванова Ирина Петровна");
        assertThat(rows.get(1).isEmpty()).as("the blank row between the mentors").isTrue();
        assertThat(rows.get(2).get(Column.KIND)).hasValue("студент");
    }

    @Test
    void headersAreMatchedWhateverTheirCaseSpacesLineBreaksAndYo() {
        var sheet = SchoolSheets.plain(List.of("  фио ", "ТИП НАСТАВНИКА", "Место работы/учёбы\nнаставника",
                        "E-mail", "Код школы", "Основные компетенции наставника*", "Макс. число наставляемых"))
                .row(2, "Сидорова Светлана", "учитель", "МАОУ СОШ № 5", "s@example.ru", "5", "проектная деятельность", "3");

        SheetRow row = MentorSheetReader.read(sheet.sheet()).getFirst();

        assertThat(row.get(Column.FULL_NAME)).hasValue("Сидорова Светлана");
        assertThat(row.get(Column.KIND)).hasValue("учитель");
        assertThat(row.get(Column.ORGANISATION)).hasValue("МАОУ СОШ № 5");
        assertThat(row.get(Column.EMAIL)).hasValue("s@example.ru");
        assertThat(row.get(Column.SCHOOL)).hasValue("5");
        assertThat(row.get(Column.STRENGTHS)).hasValue("проектная деятельность");
        assertThat(row.get(Column.CAPACITY)).hasValue("3");
    }

    @Test
    void columnsMayStandInAnyOrderAndUnknownOnesAreIgnored() {
        var sheet = SchoolSheets.plain(List.of("Примечание", "Дата рождения", "Компетенции", "ФИО наставника", "Школа"))
                .row(2, "звонить после 15:00", "01.02.1980", "формирующее оценивание", "Кузнецова Ксения", "1");

        SheetRow row = MentorSheetReader.read(sheet.sheet()).getFirst();

        assertThat(row.get(Column.FULL_NAME)).hasValue("Кузнецова Ксения");
        assertThat(row.get(Column.BIRTH_DATE)).hasValue("01.02.1980");
        assertThat(row.get(Column.STRENGTHS)).hasValue("формирующее оценивание");
        assertThat(row.get(Column.SCHOOL)).hasValue("1");
        assertThat(row.text()).doesNotContainValue("звонить после 15:00");
    }

    /** A second header line (sub-headers under a merged group heading) must not be taken for data. */
    @Test
    void theRowWithTheMostKnownHeadersWinsOverAGroupHeadingAbove() {
        var sheet = SchoolSheets.plain(List.of("Сведения о наставнике", "", "", "Наставничество"))
                .row(2, "ФИО", "Должность", "Дата рождения", "Формы наставничества")
                .row(3, "Орлова Ольга", "учитель математики", "12.12.1979", "учитель – учитель");

        List<SheetRow> rows = MentorSheetReader.read(sheet.sheet());

        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst().number()).isEqualTo(3);
        assertThat(rows.getFirst().get(Column.POSITION)).hasValue("учитель математики");
        assertThat(rows.getFirst().get(Column.FORMS)).hasValue("учитель – учитель");
    }

    @Test
    void longHeadersAreKnownByTheirBeginningAndRemarksInBracketsAreIgnored() {
        var sheet = SchoolSheets.plain(List.of("ФИО наставника", "Время и ресурс, которые наставник готов уделять программе",
                        "Стаж (лет)", "Компетенции (через «;»)", "Контактные данные"))
                .row(2, "Белова Вера", "1 час в неделю", "7", "профориентация", "+7 900 000-00-00");

        SheetRow row = MentorSheetReader.read(sheet.sheet()).getFirst();

        assertThat(row.get(Column.TIME)).hasValue("1 час в неделю");
        assertThat(row.get(Column.EXPERIENCE)).hasValue("7");
        assertThat(row.get(Column.STRENGTHS)).hasValue("профориентация");
        assertThat(row.get(Column.CONTACTS)).hasValue("+7 900 000-00-00");
    }

    @Test
    void aRealExcelDateIsReadAsADateNotAsItsSerialNumber() {
        var sheet = SchoolSheets.plain(List.of("ФИО наставника", "Дата рождения"))
                .row(2, "Белова Вера", LocalDate.of(1985, 3, 8));

        SheetRow row = MentorSheetReader.read(sheet.sheet()).getFirst();

        assertThat(row.dates()).containsEntry(Column.BIRTH_DATE, LocalDate.of(1985, 3, 8));
    }

    @Test
    void aRowWithOnlyItsRunningNumberFilledCountsAsEmpty() {
        var sheet = SchoolSheets.titled(List.of("№ п/п", "ФИО наставника")).row(4, "1", null);

        assertThat(MentorSheetReader.read(sheet.sheet()).getFirst().isEmpty()).isTrue();
    }

    @Test
    void aSheetWithoutAFullNameHeaderIsRefusedWithARussianReason() {
        var sheet = SchoolSheets.titled(List.of("№ п/п", "Должность", "Стаж")).row(4, "1", "учитель", "5");

        var error = assertThrows(HttpStatusException.class,
                () -> MentorSheetReader.read(new ByteArrayInputStream(sheet.bytes())));

        assertThat(error.getStatus().getCode()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        assertThat(error.getMessage()).contains("Не найдена строка заголовков").contains("ФИО наставника");
    }

    @Test
    void bytesThatAreNotAWorkbookAreRefusedWithARussianReason() {
        var error = assertThrows(HttpStatusException.class, () -> MentorSheetReader.read(
                new ByteArrayInputStream("ФИО;Категория\nИванов;педагог".getBytes(StandardCharsets.UTF_8))));

        assertThat(error.getStatus().getCode()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        assertThat(error.getMessage()).startsWith("Файл не похож на книгу Excel (.xlsx)");
    }
}

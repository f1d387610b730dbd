package ru.mentoring.mentorbank.spreadsheet;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Shapes seen in schools' workbooks that a plain header-and-rows reader gets wrong. */
class RealSheetShapesTest {

    @Test
    void aTwoRowHeaderUnderAMergedGroupHeadingIsReadAsOne() throws IOException {
        try (var workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Наставники");
            write(sheet, 0, "ФИО наставника", "Контактные данные", "", "Компетенции");
            write(sheet, 1, "", "Телефон", "Эл. почта", "");
            sheet.addMergedRegion(new CellRangeAddress(0, 1, 0, 0));
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 1, 2));
            sheet.addMergedRegion(new CellRangeAddress(0, 1, 3, 3));
            write(sheet, 2, "Иванова Ирина", "+7 900 000-00-00", "i@example.ru", "проектная деятельность");

            List<SheetRow> rows = MentorSheetReader.read(sheet);

            assertThat(rows).hasSize(1);
            SheetRow row = rows.getFirst();
            assertThat(row.number()).isEqualTo(3);
            assertThat(row.get(Column.PHONE)).hasValue("+7 900 000-00-00");
            assertThat(row.get(Column.EMAIL)).hasValue("i@example.ru");
            assertThat(row.header(Column.EMAIL)).isEqualTo("Эл. почта");
            assertThat(row.cell(Column.EMAIL)).isEqualTo("C3");
            assertThat(row.get(Column.STRENGTHS)).hasValue("проектная деятельность");
        }
    }

    @Test
    void aValueMergedDownOverSeveralMentorsBelongsToEachAndAHeadingRowIsNoMentor() throws IOException {
        try (var workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Наставники");
            write(sheet, 0, "ФИО", "Форма наставничества", "Должность");
            write(sheet, 1, "Педагоги-наставники");
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, 2));
            write(sheet, 2, "Иванова Ирина", "учитель – учитель", "учитель физики");
            write(sheet, 3, "Петров Пётр", "", "учитель химии");
            sheet.addMergedRegion(new CellRangeAddress(2, 3, 1, 1));

            List<SheetRow> rows = MentorSheetReader.read(sheet);

            assertThat(rows.getFirst().isEmpty()).as("the heading row").isTrue();
            assertThat(rows.get(1).get(Column.FORMS)).hasValue("учитель – учитель");
            assertThat(rows.get(2).get(Column.FORMS)).hasValue("учитель – учитель");
            assertThat(rows.get(2).get(Column.POSITION)).hasValue("учитель химии");
        }
    }

    @Test
    void theMenteesColumnsOfTheTargetModelAreNotTakenForTheMentors() throws IOException {
        try (var workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("База");
            write(sheet, 0, "ФИО наставляемого", "Место работы / учёбы наставляемого", "ФИО наставника",
                    "Место работы / учёбы наставника");
            write(sheet, 1, "Сидоров Семён", "7 «Б» класс", "Иванова Ирина", "МАОУ СОШ № 1");

            SheetRow row = MentorSheetReader.read(sheet).getFirst();

            assertThat(row.get(Column.FULL_NAME)).hasValue("Иванова Ирина");
            assertThat(row.get(Column.ORGANISATION)).hasValue("МАОУ СОШ № 1");
        }
    }

    @Test
    void everyVisibleSheetWithAMentorTableIsReadAndOthersAreSkipped() throws IOException {
        byte[] bytes;
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            write(workbook.createSheet("Инструкция"), 0, "Заполните таблицу на следующих листах");
            write(workbook.createSheet("Педагоги"), 0, "ФИО наставника");
            write(workbook.getSheet("Педагоги"), 1, "Иванова Ирина");
            write(workbook.createSheet("Справочники"), 0, "ФИО наставника");
            write(workbook.getSheet("Справочники"), 1, "Скрытая Строка");
            workbook.setSheetHidden(2, true);
            write(workbook.createSheet("Студенты"), 2, "Ф.И.О.", "Категория");
            write(workbook.getSheet("Студенты"), 3, "Петров Пётр", "студент");
            workbook.write(out);
            bytes = out.toByteArray();
        }

        List<SheetRow> rows = MentorSheetReader.read(new ByteArrayInputStream(bytes));

        assertThat(rows).extracting(r -> r.sheet() + ":" + r.number() + ":" + r.get(Column.FULL_NAME).orElse(""))
                .containsExactly("Педагоги:2:Иванова Ирина", "Студенты:4:Петров Пётр");
    }

    @Test
    void headersAreKnownByTheirMeaningInTheWordsSchoolsUse() {
        assertThat(Column.of("Фамилия, имя, отчество")).hasValue(Column.FULL_NAME);
        assertThat(Column.of("Ф. И. О. педагога-наставника")).hasValue(Column.FULL_NAME);
        assertThat(Column.of("Профессиональные компетенции")).hasValue(Column.STRENGTHS);
        assertThat(Column.of("Сильные стороны наставника")).hasValue(Column.STRENGTHS);
        assertThat(Column.of("Формы наставничества (через ;)")).hasValue(Column.FORMS);
        assertThat(Column.of("Вид наставничества")).hasValue(Column.FORMATS);
        assertThat(Column.of("Квалификационная категория")).hasValue(Column.QUALIFICATION);
        assertThat(Column.of("Категория наставника")).hasValue(Column.KIND);
        assertThat(Column.of("Адрес электронной почты")).hasValue(Column.EMAIL);
        assertThat(Column.of("Контактный телефон")).hasValue(Column.PHONE);
        assertThat(Column.of("Преподаваемые предметы")).hasValue(Column.SUBJECTS);
        assertThat(Column.of("Количество наставляемых")).hasValue(Column.CAPACITY);
        assertThat(Column.of("ФИО наставляемого")).isEmpty();
        assertThat(Column.of("Результаты программы")).isEmpty();
    }

    private static void write(Sheet sheet, int index, String... values) {
        Row row = sheet.getRow(index) != null ? sheet.getRow(index) : sheet.createRow(index);
        for (int c = 0; c < values.length; c++) {
            if (!values[c].isEmpty()) {
                row.createCell(c).setCellValue(values[c]);
            }
        }
    }
}

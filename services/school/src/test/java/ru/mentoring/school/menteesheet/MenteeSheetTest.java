package ru.mentoring.school.menteesheet;

import org.junit.jupiter.api.Test;
import ru.mentoring.school.mentee.MenteeKind;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A mentee base as a school keeps it: columns by meaning, bad cells left out with a warning, nameless rows refused. */
class MenteeSheetTest {

    private final LocalDate today = LocalDate.of(2026, 10, 1);

    @Test
    void columnsAreFoundByMeaningUnderATitleInAnyOrder() {
        var rows = MenteeSheetReader.read(Sheets.withTitle("База наставляемых МАОУ СОШ № 1 на 2026/2027 учебный год",
                List.of("Запрос наставляемого", "№", "Класс", "Ф.И.О. / ФИО наставляемого", "Дата вхождения в программу"),
                List.of(List.of("подготовка к ОГЭ по математике", "1", "9 б", "Петров Пётр Ильич", "01.09.2026"))));

        SheetRow row = rows.getFirst();
        assertThat(row.get(SheetColumn.FULL_NAME)).hasValue("Петров Пётр Ильич");
        assertThat(row.get(SheetColumn.AGE_OR_GRADE)).hasValue("9 б");
        assertThat(row.get(SheetColumn.REQUEST)).hasValue("подготовка к ОГЭ по математике");
        assertThat(row.number()).isEqualTo(4);
    }

    @Test
    void badCellsAreWarningsNamingTheirColumnAndTheRestOfTheRowIsKept() {
        var rows = MenteeSheetReader.read(Sheets.withTitle("База", List.of("ФИО", "Категория", "Класс",
                        "Дата рождения", "Стаж", "Категория запроса"),
                List.of(List.of("Сидорова Анна", "ученица", "7 класс", "31.02.2013", "много", "Неизвестная тема"))));
        var parsed = MenteeRowParser.parse(rows.getFirst(), today, text -> Optional.empty());

        var command = parsed.command().orElseThrow();
        assertThat(command.fullName()).isEqualTo("Сидорова Анна");
        assertThat(command.kind()).isEqualTo(MenteeKind.PUPIL);
        assertThat(command.grade()).isEqualTo("7");
        assertThat(command.birthDate()).isNull();
        assertThat(command.request()).isEqualTo("Неизвестная тема");
        assertThat(parsed.warnings()).extracting(MenteeRowParser.Warning::column)
                .containsExactlyInAnyOrder("Дата рождения", "Стаж, лет", "Категория запроса");
        assertThat(parsed.warnings()).allSatisfy(w -> assertThat(w.message()).matches(".*\\p{IsCyrillic}.*"));
    }

    @Test
    void aRowWithoutANameIsRefusedAndAYoungTeacherIsRecognised() {
        var rows = MenteeSheetReader.read(Sheets.withTitle("База", List.of("ФИО наставляемого", "Должность", "Предмет"),
                List.of(List.of("", "учитель", "химия"), List.of("Орлова Вера Павловна", "учитель химии", "химия"))));

        assertThat(MenteeRowParser.parse(rows.get(0), today, t -> Optional.empty()).refusal()).contains("ФИО");
        var teacher = MenteeRowParser.parse(rows.get(1), today, t -> Optional.empty()).command().orElseThrow();
        assertThat(teacher.kind()).isEqualTo(MenteeKind.TEACHER);
        assertThat(teacher.subject()).isEqualTo("химия");
    }

    @Test
    void aFileThatIsNoWorkbookGetsARussianAnswer() {
        assertThatThrownBy(() -> MenteeSheetReader.read(new ByteArrayInputStream("просто текст".getBytes())))
                .hasMessageContaining("Книга Excel");
    }
}

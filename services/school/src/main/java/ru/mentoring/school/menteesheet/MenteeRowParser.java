package ru.mentoring.school.menteesheet;

import io.micronaut.core.annotation.Nullable;
import ru.mentoring.school.mentee.Grades;
import ru.mentoring.school.mentee.MenteeKind;
import ru.mentoring.school.mentee.MenteeSource;
import ru.mentoring.school.mentee.SaveMenteeCommand;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One row into a mentee. A row is refused only when it names nobody; every other problem is a warning
 * naming its cell, and the bad value is left out while the rest of the row is kept.
 */
final class MenteeRowParser {

    private static final DateTimeFormatter RU_DATE = DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern NUMBER = Pattern.compile("^\\s*(\\d{1,2})(?:[.,]\\d+)?\\s*(лет|год|года|г\\.?)?\\s*$");
    private static final Pattern AGE = Pattern.compile("^\\s*(\\d{1,2})\\s*(лет|год|года)\\s*$");

    private MenteeRowParser() {
    }

    record Parsed(Optional<SaveMenteeCommand> command, List<Warning> warnings, @Nullable String refusal) {
    }

    record Warning(String column, String message) {
    }

    /** @param category finds the school's request category by the cell's text, or empty */
    static Parsed parse(SheetRow row, LocalDate today, Function<String, Optional<String>> category) {
        List<Warning> warnings = new ArrayList<>();
        Optional<String> name = row.get(SheetColumn.FULL_NAME);
        if (name.isEmpty() || name.get().length() < 3) {
            return new Parsed(Optional.empty(), warnings, "не указано ФИО наставляемого");
        }
        String grade = null;
        Optional<String> ageOrGrade = row.get(SheetColumn.AGE_OR_GRADE);
        if (ageOrGrade.isPresent()) {
            String value = ageOrGrade.get().replaceAll("(?iu)\\s*класс\\s*$", "");
            if (Grades.valid(value)) {
                grade = Grades.normalised(value);
            } else if (!AGE.matcher(ageOrGrade.get()).matches()) {
                warn(warnings, SheetColumn.AGE_OR_GRADE, "класс указывается как «7Б» или «10», а не «" + ageOrGrade.get() + "»");
            }
        }
        MenteeKind kind = kind(row, grade, warnings);
        LocalDate birth = date(row, SheetColumn.BIRTH_DATE, warnings);
        if (birth != null && !birth.isBefore(today)) {
            warn(warnings, SheetColumn.BIRTH_DATE, "дата рождения должна быть в прошлом");
            birth = null;
        }
        LocalDate entered = date(row, SheetColumn.ENTERED, warnings);
        if (entered != null && entered.isAfter(today)) {
            warn(warnings, SheetColumn.ENTERED, "дата вхождения в программу не может быть в будущем");
            entered = null;
        }
        Integer experience = number(row, SheetColumn.EXPERIENCE, warnings, 60);
        String request = text(row, SheetColumn.REQUEST, 2000, warnings);
        String categoryCode = null;
        Optional<String> categoryCell = row.get(SheetColumn.REQUEST_CATEGORY);
        if (categoryCell.isPresent()) {
            categoryCode = category.apply(categoryCell.get()).orElse(null);
            if (categoryCode == null) {
                warn(warnings, SheetColumn.REQUEST_CATEGORY, "категории «" + categoryCell.get()
                        + "» нет в карте запросов школы: она добавлена к тексту запроса");
                request = request == null ? categoryCell.get() : categoryCell.get() + ". " + request;
            }
        }
        return new Parsed(Optional.of(new SaveMenteeCommand(name.get().replaceAll("\\s+", " "), kind, birth, grade,
                text(row, SheetColumn.POSITION, 200, warnings), text(row, SheetColumn.SUBJECT, 200, warnings), experience,
                text(row, SheetColumn.WORKPLACE, 300, warnings), text(row, SheetColumn.CONTACT, 300, warnings),
                text(row, SheetColumn.GUARDIAN, 200, warnings), text(row, SheetColumn.GUARDIAN_CONTACT, 300, warnings),
                categoryCode, request, entered, MenteeSource.CURATOR, text(row, SheetColumn.AVAILABLE_TIME, 300, warnings),
                null, null, null, null)), warnings, null);
    }

    private static MenteeKind kind(SheetRow row, @Nullable String grade, List<Warning> warnings) {
        Optional<String> cell = row.get(SheetColumn.KIND);
        if (cell.isPresent()) {
            String v = cell.get().toLowerCase(Locale.ROOT).replace('ё', 'е');
            if (v.contains("педагог") || v.contains("учитель") || v.contains("специалист") || v.contains("воспитатель")) {
                return MenteeKind.TEACHER;
            }
            if (v.contains("обучающ") || v.contains("ученик") || v.contains("школьник")) {
                return MenteeKind.PUPIL;
            }
            if (v.contains("студент")) {
                return MenteeKind.STUDENT;
            }
            warn(warnings, SheetColumn.KIND, "категория «" + cell.get() + "» не распознана: записан как «другое»");
            return MenteeKind.OTHER;
        }
        if (grade != null) {
            return MenteeKind.PUPIL;
        }
        return row.get(SheetColumn.POSITION).isPresent() || row.get(SheetColumn.SUBJECT).isPresent()
                ? MenteeKind.TEACHER : MenteeKind.PUPIL;
    }

    @Nullable
    private static String text(SheetRow row, SheetColumn column, int max, List<Warning> warnings) {
        Optional<String> value = row.get(column);
        if (value.isEmpty()) {
            return null;
        }
        if (value.get().length() > max) {
            warn(warnings, column, "значение длиннее " + max + " символов и не сохранено");
            return null;
        }
        return value.get();
    }

    @Nullable
    private static Integer number(SheetRow row, SheetColumn column, List<Warning> warnings, int max) {
        Optional<String> value = row.get(column);
        if (value.isEmpty()) {
            return null;
        }
        Matcher m = NUMBER.matcher(value.get());
        if (!m.matches() || Integer.parseInt(m.group(1)) > max) {
            warn(warnings, column, "нужно число от 0 до " + max + ", а не «" + value.get() + "»");
            return null;
        }
        return Integer.parseInt(m.group(1));
    }

    @Nullable
    private static LocalDate date(SheetRow row, SheetColumn column, List<Warning> warnings) {
        if (row.dates().containsKey(column)) {
            return row.dates().get(column);
        }
        Optional<String> value = row.get(column);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value.get(), RU_DATE);
        } catch (DateTimeParseException e) {
            warn(warnings, column, "дата указывается как дд.мм.гггг, а не «" + value.get() + "»");
            return null;
        }
    }

    private static void warn(List<Warning> warnings, SheetColumn column, String message) {
        warnings.add(new Warning(column.header(), message));
    }
}

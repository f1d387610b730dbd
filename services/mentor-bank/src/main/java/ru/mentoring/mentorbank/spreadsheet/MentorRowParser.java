package ru.mentoring.mentorbank.spreadsheet;

import ru.mentoring.mentorbank.mentor.MentorProfileCommand;
import ru.mentoring.model.mentor.MentorKind;
import ru.mentoring.model.mentor.MentorVisibility;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns one sheet row into a mentor profile, or says in Russian what is wrong with it. */
final class MentorRowParser {

    /**
     * When the sheet has no capacity column: the common rule of school regulations that a teacher
     * mentors at most two at once (unverified, DOMAIN §5), so the methodist can raise it later.
     */
    static final int DEFAULT_CAPACITY = 2;

    private static final Map<String, MentorKind> KINDS = Map.ofEntries(
            Map.entry("педагог", MentorKind.TEACHER), Map.entry("учитель", MentorKind.TEACHER),
            Map.entry("teacher", MentorKind.TEACHER), Map.entry("обучающийся", MentorKind.PUPIL),
            Map.entry("ученик", MentorKind.PUPIL), Map.entry("pupil", MentorKind.PUPIL),
            Map.entry("родитель", MentorKind.PARENT), Map.entry("parent", MentorKind.PARENT),
            Map.entry("студент", MentorKind.UNIVERSITY_STUDENT), Map.entry("студент вуза", MentorKind.UNIVERSITY_STUDENT),
            Map.entry("university_student", MentorKind.UNIVERSITY_STUDENT),
            Map.entry("работодатель", MentorKind.EMPLOYER), Map.entry("представитель работодателя", MentorKind.EMPLOYER),
            Map.entry("employer", MentorKind.EMPLOYER), Map.entry("выпускник", MentorKind.GRADUATE),
            Map.entry("graduate", MentorKind.GRADUATE));

    private static final Map<String, MentorVisibility> VISIBILITIES = Map.of(
            "школа", MentorVisibility.SCHOOL, "только своя школа", MentorVisibility.SCHOOL, "school", MentorVisibility.SCHOOL,
            "сетевой", MentorVisibility.NETWORK, "сетевой проект", MentorVisibility.NETWORK, "network", MentorVisibility.NETWORK,
            "муниципальный", MentorVisibility.MUNICIPAL, "municipal", MentorVisibility.MUNICIPAL);

    /** STRICT: the default resolver would quietly move «31.02.1980» to 29.02.1980. */
    private static final DateTimeFormatter RU_DATE = DateTimeFormatter.ofPattern("d.M.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private static final Pattern EMAIL_IN_TEXT = Pattern.compile("[^\\s,;:<>()]+@[^\\s,;:<>()]+\\.[^\\s,;:<>()]+");

    /** Units written after the number («15 лет», «3 чел.»): the number is what counts. */
    private static final Pattern NUMBER_WITH_UNIT = Pattern.compile(
            "(\\d+(?:[.,]\\d+)?)\\s*(?:лет|года?|г\\.?|чел\\.?|человека?)?", Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);

    private MentorRowParser() {
    }

    record Parsed(Optional<MentorProfileCommand> command, List<String> problems) {
    }

    static Parsed parse(SheetRow row) {
        List<String> problems = new ArrayList<>();
        String fullName = row.get(Column.FULL_NAME).orElse(null);
        if (fullName == null) {
            problems.add("не указано ФИО наставника");
        }
        // not Optional.map: a lookup miss would turn into the default and hide the unknown category
        MentorKind kind = row.get(Column.KIND).isEmpty() ? MentorKind.TEACHER : lookup(KINDS, row.get(Column.KIND).get());
        if (kind == null) {
            problems.add("неизвестная категория наставника «" + row.get(Column.KIND).orElseThrow()
                    + "» (педагог, обучающийся, родитель, студент, работодатель, выпускник)");
        }
        MentorVisibility visibility = row.get(Column.VISIBILITY).isEmpty() ? MentorVisibility.MUNICIPAL
                : lookup(VISIBILITIES, row.get(Column.VISIBILITY).get());
        if (visibility == null) {
            problems.add("неизвестная доступность «" + row.get(Column.VISIBILITY).orElseThrow() + "» (школа, сетевой, муниципальный)");
        }
        Integer capacity = number(row, Column.CAPACITY, problems).orElse(DEFAULT_CAPACITY);
        Integer experience = number(row, Column.EXPERIENCE, problems).orElse(null);
        LocalDate birthDate = date(row, Column.BIRTH_DATE, problems);
        Contacts contacts = Contacts.of(row);
        if (!problems.isEmpty()) {
            return new Parsed(Optional.empty(), problems);
        }
        return new Parsed(Optional.of(new MentorProfileCommand(fullName, kind, capacity, row.get(Column.SCHOOL).orElse(null),
                row.get(Column.ORGANISATION).orElse(null), row.get(Column.POSITION).orElse(null),
                contacts.email(), contacts.phone(), birthDate,
                list(row, Column.SUBJECTS), list(row, Column.STRENGTHS), forms(row),
                row.get(Column.QUALIFICATION).orElse(null), experience, row.get(Column.TIME).orElse(null),
                row.get(Column.INTERESTS).orElse(null), row.get(Column.PREFERRED_AGE).orElse(null),
                row.get(Column.ACHIEVEMENTS).orElse(null), row.get(Column.TRAINING).orElse(null),
                row.get(Column.ASSOCIATION).map(MentorRowParser::yes).orElse(false), visibility)), problems);
    }

    private static <T> T lookup(Map<String, T> values, String given) {
        return values.get(Column.normalise(given));
    }

    private static boolean yes(String value) {
        String v = Column.normalise(value);
        return v.equals("да") || v.equals("+") || v.equals("yes") || v.equals("1") || v.equals("член");
    }

    private static List<String> list(SheetRow row, Column column) {
        return row.get(column).map(v -> Arrays.stream(v.split("[;\\n,]")).map(String::strip).filter(s -> !s.isEmpty())
                .distinct().toList()).orElse(List.of());
    }

    /** Sheets write the catalogue's dash «учитель – учитель» as a hyphen as often as not. */
    private static List<String> forms(SheetRow row) {
        return list(row, Column.FORMS).stream().map(f -> f.replaceAll("\\s+[-—−]\\s+", " – ")).toList();
    }

    /**
     * E-mail and phone from their own columns; a «Контактные данные» cell fills what they leave
     * empty: the e-mail found in it, and the rest as the phone.
     */
    private record Contacts(String email, String phone) {
        static Contacts of(SheetRow row) {
            String email = row.get(Column.EMAIL).orElse(null);
            String phone = row.get(Column.PHONE).orElse(null);
            Optional<String> contacts = row.get(Column.CONTACTS);
            if (contacts.isPresent()) {
                Matcher found = EMAIL_IN_TEXT.matcher(contacts.get());
                String rest = contacts.get();
                if (found.find()) {
                    email = email != null ? email : found.group();
                    rest = rest.replace(found.group(), " ");
                }
                rest = rest.replaceAll("(?iu)e-?mail:?|телефон:?|тел\\.?:?", " ").replaceAll("^[\\s,;]+|[\\s,;]+$", "").strip();
                phone = phone != null || rest.isEmpty() ? phone : rest;
            }
            return new Contacts(email, phone);
        }
    }

    private static Optional<Integer> number(SheetRow row, Column column, List<String> problems) {
        Optional<String> value = row.get(column);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Matcher number = NUMBER_WITH_UNIT.matcher(value.get());
        try {
            if (!number.matches()) {
                throw new NumberFormatException(value.get());
            }
            return Optional.of((int) Math.round(Double.parseDouble(number.group(1).replace(',', '.'))));
        } catch (NumberFormatException e) {
            problems.add("в столбце «" + column.header() + "» должно быть число, а не «" + value.get() + "»");
            return Optional.empty();
        }
    }

    private static LocalDate date(SheetRow row, Column column, List<String> problems) {
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
            problems.add("дата в столбце «" + column.header() + "» должна быть в виде дд.мм.гггг, а не «" + value.get() + "»");
            return null;
        }
    }
}

package ru.mentoring.mentorbank.spreadsheet;

import ru.mentoring.mentorbank.catalogue.PhraseMatcher;
import ru.mentoring.mentorbank.mentor.MentorProfileCommand;
import ru.mentoring.model.mentor.MentorKind;
import ru.mentoring.model.mentor.MentorVisibility;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one sheet row into a mentor profile. A row is refused only when it names no mentor; every other
 * problem is a warning that names the cell, and the bad value is left out while the rest of the row goes
 * in. Competency phrases are matched to the catalogue; a phrase nothing matches stays the mentor's own.
 */
final class MentorRowParser {

    /**
     * When the sheet has no capacity column: the common rule of school regulations that a teacher
     * mentors at most two at once (unverified, DOMAIN §5), so the methodist can raise it later.
     */
    static final int DEFAULT_CAPACITY = 2;

    private static final Map<String, MentorKind> KINDS = Map.ofEntries(
            Map.entry("педагог", MentorKind.TEACHER), Map.entry("учитель", MentorKind.TEACHER),
            Map.entry("педагогический работник", MentorKind.TEACHER),
            Map.entry("teacher", MentorKind.TEACHER), Map.entry("обучающийся", MentorKind.PUPIL),
            Map.entry("ученик", MentorKind.PUPIL), Map.entry("учащийся", MentorKind.PUPIL), Map.entry("pupil", MentorKind.PUPIL),
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

    /** What schools write in a cell they have nothing for. */
    private static final Set<String> NOTHING = Set.of("-", "–", "—", "нет", "н/д", "не указано", "отсутствует", "0");

    /** STRICT: the default resolver would quietly move «31.02.1980» to 29.02.1980. */
    private static final DateTimeFormatter RU_DATE = DateTimeFormatter.ofPattern("d.M.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    /** What the writer meant for an e-mail in a contacts cell: anything with an «@», valid or not. */
    private static final Pattern EMAIL_IN_TEXT = Pattern.compile("[^\\s,;:<>()]*@[^\\s,;:<>()]*");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
            + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\\.[A-Za-z]{2,}");
    private static final Pattern PHONE = Pattern.compile("[0-9+()\\-\\s.,доб]{5,40}");
    /** A list item's own numbering or bullet: «1) », «2. », «• ». */
    private static final Pattern ITEM_MARK = Pattern.compile("^(?:\\d{1,2}[.)]\\s+|[•·▪\\-–—*]\\s*)");

    /** Units written after the number («15 лет», «3 чел.»): the number is what counts. */
    private static final Pattern NUMBER_WITH_UNIT = Pattern.compile(
            "(\\d+(?:[.,]\\d+)?)\\s*(?:лет|года?|г\\.?|чел\\.?|человека?)?", Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);

    private static final Map<Column, Integer> LONGEST = Map.of(Column.ORGANISATION, 300, Column.POSITION, 200,
            Column.QUALIFICATION, 100, Column.TIME, 500, Column.INTERESTS, 2000, Column.PREFERRED_AGE, 200,
            Column.ACHIEVEMENTS, 4000, Column.TRAINING, 2000);

    private final Vocabulary vocabulary;
    private final LocalDate today;

    MentorRowParser(Vocabulary vocabulary, LocalDate today) {
        this.vocabulary = vocabulary;
        this.today = today;
    }

    ParsedRow parse(SheetRow row) {
        String fullName = value(row, Column.FULL_NAME)
                .map(n -> ITEM_MARK.matcher(n.replaceAll("\\s+", " ")).replaceFirst("").strip())
                .filter(n -> !n.isEmpty()).orElse(null);
        if (fullName == null) {
            return ParsedRow.refused(row, null, "не указано ФИО наставника (" + row.cell(Column.FULL_NAME) + ")");
        }
        // a footer («Куратор: ______ Иванова», «Итого: 20») or a stray number is not a name
        if (!fullName.matches(".*\\p{L}.*") || fullName.matches(".*[:_@].*") || fullName.length() > 200) {
            return ParsedRow.refused(row, fullName, "в ячейке " + row.cell(Column.FULL_NAME) + " не ФИО наставника: «"
                    + cut(fullName) + "»");
        }
        List<RowWarning> warnings = new ArrayList<>();
        // not Optional.map: a lookup miss would turn into the default and hide the unknown category
        MentorKind kind = value(row, Column.KIND).isEmpty() ? MentorKind.TEACHER : lookup(KINDS, value(row, Column.KIND).get());
        if (kind == null) {
            warnings.add(RowWarning.of(row, Column.KIND, "неизвестная категория наставника «" + value(row, Column.KIND).orElseThrow()
                    + "» (педагог, обучающийся, родитель, студент, работодатель, выпускник): записан педагог"));
            kind = MentorKind.TEACHER;
        }
        String school = school(row, warnings);
        MentorVisibility visibility = visibility(row, school, warnings);
        Integer capacity = number(row, Column.CAPACITY, 1, 50, warnings).orElse(DEFAULT_CAPACITY);
        Integer experience = number(row, Column.EXPERIENCE, 0, 70, warnings).orElse(null);
        LocalDate birthDate = birthDate(row, warnings);
        Contacts contacts = contacts(row, warnings);
        List<ParsedRow.StrengthMatch> matches = new ArrayList<>();
        Set<String> strengths = new LinkedHashSet<>();
        List<String> own = new ArrayList<>();
        for (String phrase : list(row, Column.STRENGTHS)) {
            Optional<PhraseMatcher.Match> match = vocabulary.competency(phrase);
            if (match.isPresent()) {
                List<String> titles = match.get().entries().stream().map(e -> e.title()).toList();
                strengths.addAll(titles);
                matches.add(new ParsedRow.StrengthMatch(phrase, titles, how(match.get().how())));
            } else {
                own.add(phrase);
                matches.add(new ParsedRow.StrengthMatch(phrase, List.of(), "своими словами: попадёт в список для методиста"));
            }
        }
        List<String> forms = codes(row, Column.FORMS, vocabulary::form,
                "форма наставничества «%s» не найдена в справочнике: не записана", warnings);
        List<String> formats = codes(row, Column.FORMATS, vocabulary::format,
                "вид наставничества «%s» не найден в справочнике: не записан", warnings);
        var command = new MentorProfileCommand(fullName, kind, capacity, school, text(row, Column.ORGANISATION, warnings),
                text(row, Column.POSITION, warnings), contacts.email(), contacts.phone(), birthDate,
                list(row, Column.SUBJECTS), List.copyOf(strengths), forms, text(row, Column.QUALIFICATION, warnings),
                experience, text(row, Column.TIME, warnings), text(row, Column.INTERESTS, warnings),
                text(row, Column.PREFERRED_AGE, warnings), text(row, Column.ACHIEVEMENTS, warnings),
                text(row, Column.TRAINING, warnings), association(row, warnings), visibility, own, formats);
        return new ParsedRow(row, fullName, command, null, warnings, matches, own);
    }

    private static String how(PhraseMatcher.How how) {
        return switch (how) {
            case EXACT -> "совпадает со справочником";
            case SYNONYM -> "синоним из справочника";
            case WORD_FORMS -> "те же слова в другой форме";
            case SIMILAR -> "похожее написание";
        };
    }

    /** The school from its own column, or else the place of work when it names a school of the bank. */
    private String school(SheetRow row, List<RowWarning> warnings) {
        Optional<String> written = value(row, Column.SCHOOL);
        if (written.isPresent()) {
            Optional<String> id = vocabulary.school(written.get());
            if (id.isEmpty()) {
                warnings.add(RowWarning.of(row, Column.SCHOOL, "школа «" + cut(written.get())
                        + "» не найдена в списке школ банка: не записана"));
            }
            return id.orElse(null);
        }
        return value(row, Column.ORGANISATION).flatMap(vocabulary::school).orElse(null);
    }

    private MentorVisibility visibility(SheetRow row, String school, List<RowWarning> warnings) {
        Optional<String> written = value(row, Column.VISIBILITY);
        if (written.isEmpty()) {
            return MentorVisibility.MUNICIPAL;
        }
        MentorVisibility visibility = lookup(VISIBILITIES, written.get());
        if (visibility == null) {
            warnings.add(RowWarning.of(row, Column.VISIBILITY, "неизвестная доступность «" + cut(written.get())
                    + "» (школа, сетевой, муниципальный): наставник записан в муниципальный банк"));
            return MentorVisibility.MUNICIPAL;
        }
        if (visibility == MentorVisibility.SCHOOL && school == null) {
            warnings.add(RowWarning.of(row, Column.VISIBILITY, "«только своя школа» требует школу, а её нет: "
                    + "наставник записан в муниципальный банк"));
            return MentorVisibility.MUNICIPAL;
        }
        return visibility;
    }

    private List<String> codes(SheetRow row, Column column, java.util.function.Function<String, Optional<String>> match,
                               String unknown, List<RowWarning> warnings) {
        Set<String> codes = new LinkedHashSet<>();
        for (String phrase : list(row, column)) {
            Optional<String> code = match.apply(phrase);
            if (code.isPresent()) {
                codes.add(code.get());
            } else {
                warnings.add(RowWarning.of(row, column, unknown.formatted(cut(phrase))));
            }
        }
        return List.copyOf(codes);
    }

    private static Optional<String> value(SheetRow row, Column column) {
        return row.get(column).filter(v -> !NOTHING.contains(v.strip().toLowerCase(java.util.Locale.ROOT)));
    }

    private static String text(SheetRow row, Column column, List<RowWarning> warnings) {
        Optional<String> value = value(row, column);
        int longest = LONGEST.getOrDefault(column, 2000);
        if (value.isPresent() && value.get().length() > longest) {
            warnings.add(RowWarning.of(row, column, "текст длиннее " + longest + " символов: не записан"));
            return null;
        }
        return value.orElse(null);
    }

    private static <T> T lookup(Map<String, T> values, String given) {
        return values.get(Column.normalise(given));
    }

    private static boolean association(SheetRow row, List<RowWarning> warnings) {
        Optional<String> written = row.get(Column.ASSOCIATION);
        if (written.isEmpty()) {
            return false;
        }
        String v = Column.normalise(written.get());
        if (Set.of("да", "+", "yes", "1", "член", "является").contains(v)) {
            return true;
        }
        if (!Set.of("нет", "-", "–", "—", "no", "0", "не является").contains(v)) {
            warnings.add(RowWarning.of(row, Column.ASSOCIATION, "«" + cut(written.get())
                    + "» — не «да» и не «нет»: членство в ассоциации не записано"));
        }
        return false;
    }

    /** Items of a list cell: split at «;», «,» and line breaks, their numbering and bullets dropped. */
    static List<String> list(SheetRow row, Column column) {
        return value(row, column).map(v -> Arrays.stream(v.split("[;\\n\\r,]"))
                .map(s -> ITEM_MARK.matcher(s.strip()).replaceFirst("").strip())
                .filter(s -> !s.isEmpty() && !NOTHING.contains(s.toLowerCase(java.util.Locale.ROOT)))
                .distinct().toList()).orElse(List.of());
    }

    /** E-mail and phone from their own columns; a «Контактные данные» cell fills what they leave empty. */
    private record Contacts(String email, String phone) {
    }

    private static Contacts contacts(SheetRow row, List<RowWarning> warnings) {
        String email = value(row, Column.EMAIL).orElse(null);
        String phone = value(row, Column.PHONE).orElse(null);
        Column emailFrom = Column.EMAIL;
        Column phoneFrom = Column.PHONE;
        Optional<String> contacts = value(row, Column.CONTACTS);
        if (contacts.isPresent()) {
            Matcher found = EMAIL_IN_TEXT.matcher(contacts.get());
            String rest = contacts.get();
            if (found.find()) {
                if (email == null) {
                    email = found.group();
                    emailFrom = Column.CONTACTS;
                }
                rest = rest.replace(found.group(), " ");
            }
            rest = rest.replaceAll("(?iu)e-?mail:?|телефон:?|тел\\.?:?", " ").replaceAll("^[\\s,;]+|[\\s,;]+$", "").strip();
            if (phone == null && !rest.isEmpty()) {
                phone = rest;
                phoneFrom = Column.CONTACTS;
            }
        }
        if (email != null && !EMAIL.matcher(email.strip()).matches()) {
            warnings.add(RowWarning.of(row, emailFrom, "«" + cut(email) + "» — не адрес электронной почты: не записан"));
            email = null;
        }
        if (phone != null && (!PHONE.matcher(phone.strip()).matches() || phone.replaceAll("\\D", "").length() < 5)) {
            warnings.add(RowWarning.of(row, phoneFrom, "«" + cut(phone) + "» — не номер телефона: не записан"));
            phone = null;
        }
        return new Contacts(email == null ? null : email.strip(), phone == null ? null : phone.strip());
    }

    private static Optional<Integer> number(SheetRow row, Column column, int min, int max, List<RowWarning> warnings) {
        Optional<String> value = row.get(column);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Matcher number = NUMBER_WITH_UNIT.matcher(value.get());
        if (!number.matches()) {
            warnings.add(RowWarning.of(row, column, "должно быть число, а не «" + cut(value.get()) + "»: не записано"));
            return Optional.empty();
        }
        int n = (int) Math.round(Double.parseDouble(number.group(1).replace(',', '.')));
        if (n < min || n > max) {
            warnings.add(RowWarning.of(row, column, "число " + n + " вне допустимого (от " + min + " до " + max + "): не записано"));
            return Optional.empty();
        }
        return Optional.of(n);
    }

    private LocalDate birthDate(SheetRow row, List<RowWarning> warnings) {
        LocalDate date = row.dates().get(Column.BIRTH_DATE);
        Optional<String> written = value(row, Column.BIRTH_DATE);
        if (date == null && written.isPresent()) {
            try {
                date = LocalDate.parse(written.get(), RU_DATE);
            } catch (DateTimeParseException e) {
                warnings.add(RowWarning.of(row, Column.BIRTH_DATE, "дата должна быть в виде дд.мм.гггг, а не «"
                        + cut(written.get()) + "»: не записана"));
                return null;
            }
        }
        if (date != null && (!date.isBefore(today) || date.isBefore(today.minusYears(110)))) {
            warnings.add(RowWarning.of(row, Column.BIRTH_DATE, "дата рождения " + date.format(DateTimeFormatter.ofPattern("dd.MM.yyyy"))
                    + " невозможна: не записана"));
            return null;
        }
        return date;
    }

    private static String cut(String value) {
        String v = value.strip().replaceAll("\\s+", " ");
        return v.length() > 60 ? v.substring(0, 57) + "…" : v;
    }
}

package ru.mentoring.mentorbank.spreadsheet;

import ru.mentoring.mentorbank.catalogue.RussianWords;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The columns of the mentor base (DOMAIN §4.2) and how schools head them. A header is recognised by
 * meaning: the words it is made of, in any form («Компетенции наставника», «Основные компетенции»,
 * «Сильные стороны (компетенции)»), not by one spelling. The target model's mentor base also holds the
 * mentee's columns («ФИО наставляемого», «Место работы / учёбы наставляемого»): those are not the
 * mentor's and are never taken for them. The first alias is what the export writes, so an exported
 * file imports again. The order is the order of precedence («Квалификационная категория» is the
 * qualification, not the kind of mentor).
 */
enum Column {
    BANK_ID(List.of("Номер в банке наставников"), rules("номер банк")),
    FULL_NAME(List.of("ФИО наставника", "ФИО", "Ф.И.О."), rules("фио", "фамил им", "фамил"), "наставля"),
    QUALIFICATION(List.of("Квалификационная категория"), rules("квалификацион")),
    KIND(List.of("Категория наставника", "Тип наставника"), rules("категор", "тип наставник"), "наставля"),
    SCHOOL(List.of("Школа", "Код школы", "ОО"), rules("школ", "оо", "код школ"), "наставля"),
    ORGANISATION(List.of("Место работы / учёбы наставника", "Организация"),
            rules("мест работ", "мест учеб", "организац"), "наставля"),
    POSITION(List.of("Должность"), rules("должност"), "наставля"),
    EMAIL(List.of("E-mail", "Электронная почта"), rules("mail", "email", "почт"), "наставля"),
    PHONE(List.of("Телефон"), rules("телефон"), "наставля"),
    /** One cell with a phone, an e-mail or both: split by {@link MentorRowParser}. Never exported. */
    CONTACTS(List.of("Контактные данные для связи", "Контакты"), rules("контактн", "контакт"), "наставля"),
    BIRTH_DATE(List.of("Дата рождения"), rules("дат рожден")),
    SUBJECTS(List.of("Предметы"), rules("предмет", "дисциплин")),
    STRENGTHS(List.of("Основные компетенции наставника", "Компетенции", "Сильные стороны"),
            rules("компетенц", "сильн сторон")),
    FORMATS(List.of("Виды наставничества", "Формат наставничества"), rules("вид наставничеств", "формат")),
    FORMS(List.of("Формы наставничества", "Форма наставничества"), rules("форм")),
    EXPERIENCE(List.of("Стаж", "Педагогический стаж"), rules("стаж")),
    TIME(List.of("Время и ресурс для участия в программе наставничества"), rules("врем", "ресурс")),
    INTERESTS(List.of("Интересы наставника", "Интересы"), rules("интерес")),
    PREFERRED_AGE(List.of("Желаемый возраст наставляемых"), rules("возраст")),
    ACHIEVEMENTS(List.of("Важные для программы достижения наставника", "Достижения"), rules("достижен")),
    TRAINING(List.of("Обучение", "Пройденное обучение"), rules("обучен", "повышен квалификац", "курс")),
    ASSOCIATION(List.of("Член ассоциации"), rules("ассоциац", "член")),
    CAPACITY(List.of("Вместимость", "Максимальное число наставляемых"),
            rules("вместим", "числ наставля", "количеств наставля", "макс наставля")),
    VISIBILITY(List.of("Доступность"), rules("доступн"));

    final List<String> aliases;
    private final List<Set<String>> rules;
    private final Set<String> notWith;

    Column(List<String> aliases, List<Set<String>> rules, String... notWith) {
        this.aliases = aliases;
        this.rules = rules;
        this.notWith = Set.of(notWith);
    }

    String header() {
        return aliases.getFirst();
    }

    /** The column a sheet's header means, if any. */
    static Optional<Column> of(String header) {
        String h = normalise(header);
        if (h.isEmpty()) {
            return Optional.empty();
        }
        for (Column column : values()) {
            if (column.aliases.stream().map(Column::normalise).anyMatch(h::equals)) {
                return Optional.of(column);
            }
        }
        Set<String> words = new HashSet<>(RussianWords.stems(h.replaceAll("ф\\.?\\s*и\\.?\\s*о\\.?", "фио")));
        for (Column column : values()) {
            if (column.rules.stream().anyMatch(words::containsAll) && column.notWith.stream().noneMatch(words::contains)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    /** Case, «ё», spaces and a trailing "*" (a required-field mark) do not matter. */
    static String normalise(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replace('ё', 'е').replace("*", "")
                .replaceAll("[\\s\\u00a0]+", " ").replaceAll("\\s*/\\s*", "/").strip();
    }

    private static List<Set<String>> rules(String... rules) {
        return java.util.Arrays.stream(rules).map(r -> Set.of(r.split(" "))).toList();
    }
}

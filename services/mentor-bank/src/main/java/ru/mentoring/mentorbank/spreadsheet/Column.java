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
    BANK_ID(List.of("Номер в банке наставников"), rules("номер банке")),
    FULL_NAME(List.of("ФИО наставника", "ФИО", "Ф.И.О."), rules("фио", "фамилия имя", "фамилия"), "наставляемого"),
    QUALIFICATION(List.of("Квалификационная категория"), rules("квалификационная")),
    KIND(List.of("Категория наставника", "Тип наставника"), rules("категория", "тип наставника"), "наставляемого"),
    SCHOOL(List.of("Школа", "Код школы", "ОО"), rules("школа", "оо", "код школы"), "наставляемого"),
    ORGANISATION(List.of("Место работы / учёбы наставника", "Организация"),
            rules("место работы", "место учёбы", "организация"), "наставляемого"),
    POSITION(List.of("Должность"), rules("должность"), "наставляемого"),
    EMAIL(List.of("E-mail", "Электронная почта"), rules("mail", "email", "почта"), "наставляемого"),
    PHONE(List.of("Телефон"), rules("телефон"), "наставляемого"),
    /** One cell with a phone, an e-mail or both: split by {@link MentorRowParser}. Never exported. */
    CONTACTS(List.of("Контактные данные для связи", "Контакты"), rules("контактные", "контакты"), "наставляемого"),
    BIRTH_DATE(List.of("Дата рождения"), rules("дата рождения")),
    SUBJECTS(List.of("Предметы"), rules("предмет", "дисциплина")),
    STRENGTHS(List.of("Основные компетенции наставника", "Компетенции", "Сильные стороны"),
            rules("компетенции", "сильные стороны")),
    FORMATS(List.of("Виды наставничества", "Формат наставничества"), rules("вид наставничества", "формат")),
    FORMS(List.of("Формы наставничества", "Форма наставничества"), rules("форма")),
    EXPERIENCE(List.of("Стаж", "Педагогический стаж"), rules("стаж")),
    TIME(List.of("Время и ресурс для участия в программе наставничества"), rules("время", "ресурс")),
    INTERESTS(List.of("Интересы наставника", "Интересы"), rules("интересы")),
    PREFERRED_AGE(List.of("Желаемый возраст наставляемых"), rules("возраст")),
    ACHIEVEMENTS(List.of("Важные для программы достижения наставника", "Достижения"), rules("достижения")),
    TRAINING(List.of("Обучение", "Пройденное обучение"), rules("обучение", "повышение квалификации", "курсы")),
    ASSOCIATION(List.of("Член ассоциации"), rules("ассоциации", "член")),
    CAPACITY(List.of("Вместимость", "Максимальное число наставляемых"),
            rules("вместимость", "число наставляемых", "количество наставляемых", "макс наставляемых")),
    VISIBILITY(List.of("Доступность"), rules("доступность"));

    final List<String> aliases;
    private final List<Set<String>> rules;
    private final Set<String> notWith;

    Column(List<String> aliases, List<Set<String>> rules, String... notWith) {
        this.aliases = aliases;
        this.rules = rules;
        this.notWith = java.util.Arrays.stream(notWith).flatMap(w -> RussianWords.stems(w).stream())
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
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

    /** Each rule: words in any form, all of which a header must hold (compared as Snowball stems). */
    private static List<Set<String>> rules(String... rules) {
        return java.util.Arrays.stream(rules).map(r -> Set.copyOf(RussianWords.stems(r))).toList();
    }
}

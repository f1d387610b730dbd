package ru.mentoring.school.menteesheet;

import java.util.List;
import java.util.Locale;

/**
 * The columns of the target model's mentee base (DOMAIN §4.1) and the extra ones schools keep, each
 * recognised by the headings schools actually write: any order, any case, «ё» or «е», extra words.
 */
enum SheetColumn {
    NUMBER("№ п/п", List.of("№", "n", "номер")),
    FULL_NAME("ФИО наставляемого", List.of("фио наставляемого", "фио", "наставляемый", "фамилия имя отчество", "фамилия, имя, отчество")),
    KIND("Категория наставляемого", List.of("категория наставляемого", "кто наставляемый", "тип наставляемого")),
    CONTACT("Контактные данные наставляемого", List.of("контактные данные наставляемого", "контактные данные", "контакты", "телефон", "e-mail", "почта")),
    AGE_OR_GRADE("Возраст / класс (группа)", List.of("возраст / класс", "класс (группа)", "класс", "группа", "возраст")),
    BIRTH_DATE("Дата рождения", List.of("дата рождения")),
    REQUEST("Ключевой запрос наставляемого", List.of("ключевой запрос", "запрос наставляемого", "запрос")),
    REQUEST_CATEGORY("Категория запроса", List.of("категория запроса", "тема запроса")),
    WORKPLACE("Место учёбы / работы наставляемого", List.of("место учебы / работы", "место учебы", "место работы", "организация")),
    POSITION("Должность", List.of("должность")),
    SUBJECT("Предмет", List.of("предмет", "преподаваемый предмет")),
    EXPERIENCE("Стаж, лет", List.of("стаж", "педагогический стаж")),
    GUARDIAN("ФИО родителя (законного представителя)", List.of("фио родителя", "родитель", "законный представитель")),
    GUARDIAN_CONTACT("Контакты родителя", List.of("контакты родителя", "телефон родителя")),
    ENTERED("Дата вхождения в программу", List.of("дата вхождения в программу", "дата вхождения", "дата включения")),
    AVAILABLE_TIME("Удобное время", List.of("удобное время", "свободное время")),
    MENTOR("ФИО наставника", List.of("фио наставника", "наставник")),
    MENTOR_WORKPLACE("Место работы / учёбы наставника", List.of("место работы наставника", "место работы / учебы наставника")),
    FORM("Форма наставничества", List.of("форма наставничества", "форма")),
    PROGRAMME("Программа наставничества", List.of("программа наставничества", "программа")),
    COMPLETED("Дата завершения программы", List.of("дата завершения программы", "дата завершения")),
    RESULTS("Результаты программы", List.of("результаты программы", "результаты")),
    CASE_LINK("Ссылка на кейс / отзыв наставляемого", List.of("ссылка на кейс", "отзыв наставляемого")),
    MEDIA_LINK("Ссылка на фото- / видеоматериалы", List.of("ссылка на фото", "фото", "видеоматериалы"));

    private final String header;
    private final List<String> synonyms;

    SheetColumn(String header, List<String> synonyms) {
        this.header = header;
        this.synonyms = synonyms;
    }

    String header() {
        return header;
    }

    /**
     * How well a heading names this column: 2 for a full match of a synonym, 1 when it starts with one, else 0.
     * A heading giving alternatives («Ф.И.О. / ФИО наставляемого») matches as 1 by its best alternative, so a
     * heading that names a column in full («Место работы / учёбы наставника») still wins over a part of it.
     */
    int match(String heading) {
        String h = normalise(heading);
        if (h.isEmpty()) {
            return 0;
        }
        int best = matchOne(h);
        if (best < 2 && h.contains(" / ")) {
            for (String part : h.split(" / ")) {
                best = Math.max(best, Math.min(1, matchOne(part.strip())));
            }
        }
        return best;
    }

    private int matchOne(String h) {
        int best = 0;
        for (String synonym : synonyms) {
            String s = normalise(synonym);
            if (h.equals(s) || h.equals(normalise(header))) {
                return 2;
            }
            if (h.startsWith(s + " ") || h.startsWith(s + "(") || h.startsWith(s + ",")) {
                best = 1;
            }
        }
        return best;
    }

    static String normalise(String value) {
        return value.strip().toLowerCase(Locale.ROOT).replace('ё', 'е').replace('—', '-').replace('–', '-')
                .replace(".", "").replaceAll("[\\s\\u00a0]+", " ").replaceAll("\\s*/\\s*", " / ");
    }
}

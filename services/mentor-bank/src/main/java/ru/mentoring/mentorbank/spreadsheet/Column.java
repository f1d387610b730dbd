package ru.mentoring.mentorbank.spreadsheet;

import java.util.List;
import java.util.Locale;

/**
 * The columns of the mentor base as schools keep it (DOMAIN §4.2), with the header spellings seen in
 * their sheets. The first alias is what the export writes, so an exported file imports again.
 */
enum Column {
    FULL_NAME("ФИО наставника", "фио", "ф.и.о.", "ф. и. о. наставника"),
    KIND("Категория наставника", "категория", "тип наставника"),
    SCHOOL("Код школы", "школа"),
    ORGANISATION("Место работы / учёбы наставника", "место работы", "организация", "место работы/учебы наставника"),
    POSITION("Должность", "должность / класс"),
    EMAIL("E-mail", "email", "электронная почта", "адрес электронной почты"),
    PHONE("Телефон", "контактный телефон"),
    /** One cell with a phone, an e-mail or both: split by {@link MentorRowParser}. Never exported. */
    CONTACTS("Контактные данные", "контактные данные наставника", "контакты", "контактные данные для связи"),
    BIRTH_DATE("Дата рождения"),
    SUBJECTS("Предметы", "предмет"),
    STRENGTHS("Основные компетенции наставника", "компетенции", "сильные стороны", "основные компетенции"),
    FORMS("Формы наставничества", "форма наставничества"),
    QUALIFICATION("Квалификационная категория"),
    EXPERIENCE("Стаж", "педагогический стаж", "стаж (лет)"),
    TIME("Время и ресурс для участия в программе", "время и ресурс…", "ресурс времени…"),
    INTERESTS("Интересы наставника", "интересы"),
    PREFERRED_AGE("Желаемый возраст наставляемых", "желаемый возраст"),
    ACHIEVEMENTS("Важные для программы достижения наставника", "достижения", "достижения наставника"),
    TRAINING("Обучение", "обучение наставников", "пройденное обучение"),
    ASSOCIATION("Член ассоциации", "членство в ассоциации"),
    CAPACITY("Вместимость", "макс. число наставляемых", "максимальное число наставляемых"),
    VISIBILITY("Доступность");

    final List<String> aliases;

    Column(String... aliases) {
        this.aliases = List.of(aliases);
    }

    String header() {
        return aliases.getFirst();
    }

    /**
     * An alias ending in "…" matches every header it begins, for the long headers schools word each
     * their own way («Время и ресурс, которые наставник готов уделять…»). A trailing remark in
     * brackets («Стаж (лет)», «Компетенции (через ;)») is not part of the name.
     */
    boolean matches(String header) {
        String h = normalise(header);
        String withoutRemark = h.replaceFirst("\\s*\\([^)]*\\)$", "");
        return aliases.stream().map(Column::normalise).anyMatch(a -> a.endsWith("…")
                ? h.startsWith(a.substring(0, a.length() - 1).strip())
                : a.equals(h) || a.equals(withoutRemark));
    }

    /** Case, «ё», spaces and a trailing "*" (a required-field mark) do not matter. */
    static String normalise(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replace('ё', 'е').replace("*", "")
                .replaceAll("\\s+", " ").replaceAll("\\s*/\\s*", "/").replace("...", "…").strip();
    }
}

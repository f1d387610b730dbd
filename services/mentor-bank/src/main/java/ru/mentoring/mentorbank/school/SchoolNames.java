package ru.mentoring.mentorbank.school;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one way a school is named to people — its short name with a non-breaking space after «№»
 * («СОШ №&nbsp;1») — and how a sheet's way of naming it («СОШ №1», «МАОУ СОШ N 1», «школа № 1», its
 * code) is read back.
 */
public final class SchoolNames {

    private static final Pattern NUMBER_SIGN = Pattern.compile("\\s*(?:№|N°|N|No\\.?|#)\\s*(?=\\d)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NUMBER = Pattern.compile("№ (\\d+)");

    private SchoolNames() {
    }

    /** The short name (or the full one) with «№», a non-breaking space and the number. */
    public static String display(School school) {
        String name = school.shortName() == null || school.shortName().isBlank() ? school.name() : school.shortName();
        return NUMBER_SIGN.matcher(name.strip()).replaceAll(" №\u00a0").strip();
    }

    /** Every spelling a sheet may use for each school, normalised, to the school's id. */
    public static Map<String, String> index(List<School> schools) {
        Map<String, String> index = new HashMap<>();
        Map<String, String> byNumber = new HashMap<>();
        for (School s : schools) {
            index.put(key(s.id()), s.id());
            index.put(key(s.name()), s.id());
            index.put(key(s.shortName()), s.id());
            for (String name : List.of(s.name(), s.shortName() == null ? "" : s.shortName())) {
                Matcher number = NUMBER.matcher(key(name));
                if (number.find()) {
                    // two schools with one number («Гимназия № 2», «Лицей № 2»): the number alone names neither
                    byNumber.merge(number.group(1), s.id(), (a, b) -> a.equals(b) ? a : "");
                }
            }
        }
        byNumber.forEach((number, id) -> {
            if (!id.isEmpty()) {
                index.putIfAbsent("#" + number, id);
            }
        });
        return index;
    }

    public static Optional<String> find(Map<String, String> index, String written) {
        String key = key(written);
        if (index.containsKey(key)) {
            return Optional.of(index.get(key));
        }
        Matcher number = NUMBER.matcher(key);
        if (number.find() && key.matches(".*(школ|сош|оош|гимназ|лицей|оу|сш).*")) {
            return Optional.ofNullable(index.get("#" + number.group(1)));
        }
        return Optional.empty();
    }

    static String key(String name) {
        if (name == null) {
            return "";
        }
        String k = name.toLowerCase(Locale.of("ru")).replace('ё', 'е').replaceAll("[«»\"„“”']", "")
                .replace('\u00a0', ' ');
        k = NUMBER_SIGN.matcher(k).replaceAll(" № ");
        return k.replaceAll("\\s+", " ").strip();
    }
}

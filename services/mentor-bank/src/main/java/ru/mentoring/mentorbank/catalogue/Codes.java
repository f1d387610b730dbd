package ru.mentoring.mentorbank.catalogue;

import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A code for a new entry from its Russian title, so the methodist names entries only in Russian:
 * «наставничество в группе» → {@code nastavnichestvo_v_gruppe}. Transliteration as in Russian
 * passports (ICAO Doc 9303), cut to 40 characters; a taken code gets a number.
 */
final class Codes {

    private static final Map<Character, String> LATIN = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('д', "d"),
            Map.entry('е', "e"), Map.entry('ё', "e"), Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "i"),
            Map.entry('й', "i"), Map.entry('к', "k"), Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"),
            Map.entry('о', "o"), Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"),
            Map.entry('у', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('ц', "ts"), Map.entry('ч', "ch"),
            Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('ъ', "ie"), Map.entry('ы', "y"), Map.entry('ь', ""),
            Map.entry('э', "e"), Map.entry('ю', "iu"), Map.entry('я', "ia"));
    private static final int MAX = 40;

    private Codes() {
    }

    static String from(String title, boolean upperCase, Predicate<String> taken) {
        StringBuilder latin = new StringBuilder();
        for (char c : title.toLowerCase(Locale.of("ru")).toCharArray()) {
            if (LATIN.containsKey(c)) {
                latin.append(LATIN.get(c));
            } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                latin.append(c);
            } else {
                latin.append('_');
            }
        }
        String base = latin.toString().replaceAll("_+", "_").replaceAll("^_|_$", "");
        if (base.length() < 2) {
            base = "entry";
        }
        base = base.substring(0, Math.min(base.length(), MAX - 3)).replaceAll("_$", "");
        String code = upperCase ? base.toUpperCase(Locale.ROOT) : base;
        String candidate = code;
        for (int n = 2; taken.test(candidate); n++) {
            candidate = code + "_" + n;
        }
        return candidate;
    }
}

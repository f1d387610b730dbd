package ru.mentoring.mentorbank.catalogue;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one spelling a phrase is compared in: lower case, «ё» as «е», no quotes, one space, every dash
 * between words as « – », no trailing punctuation. Schools write «Учитель–ученик», «учитель - ученик»
 * and «"учитель – ученик"»: all three have the same key.
 */
public final class Phrases {

    private static final Locale RU = Locale.of("ru");
    private static final Pattern QUOTES = Pattern.compile("[«»\"„“”'`‘’]");
    private static final Pattern DASH_WITH_SPACE = Pattern.compile("\\s+[‐‑‒–—―−-]+\\s*|\\s*[‐‑‒–—―−-]+\\s+");
    private static final Pattern LONG_DASH = Pattern.compile("[‒–—―−]");
    private static final Pattern HYPHEN = Pattern.compile("[‐‑-]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0]+");
    private static final Pattern EDGES = Pattern.compile("^[\\s.,;:!?–-]+|[\\s.,;:!?–-]+$");

    private Phrases() {
    }

    /**
     * A competency's key: a hyphen inside a word stays («учебно-исследовательская»), a dash with a space
     * on either side, or a long dash anywhere, becomes « – ».
     */
    public static String key(String phrase) {
        if (phrase == null) {
            return "";
        }
        String s = SPACES.matcher(phrase).replaceAll(" ");
        s = QUOTES.matcher(s.toLowerCase(RU).replace('ё', 'е')).replaceAll("");
        s = DASH_WITH_SPACE.matcher(s).replaceAll(" – ");
        s = LONG_DASH.matcher(s).replaceAll(" – ");
        s = SPACES.matcher(s).replaceAll(" ");
        return EDGES.matcher(s).replaceAll("");
    }

    /** A form's key: a form names two sides, so any dash between them counts («учитель-ученик»). */
    public static String formKey(String phrase) {
        String s = key(phrase);
        s = HYPHEN.matcher(s).replaceAll(" – ");
        return SPACES.matcher(s).replaceAll(" ").strip();
    }
}

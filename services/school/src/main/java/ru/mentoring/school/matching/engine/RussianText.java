package ru.mentoring.school.matching.engine;

import org.tartarus.snowball.ext.RussianStemmer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Russian words as matching compares them. A text is folded (lower case, «ё» as «е», every dash as «-»,
 * non-breaking spaces as spaces), cut into words, function words dropped, and each word reduced to a
 * <em>key</em>: Lucene's Snowball Russian stem cut to its first {@value #KEY_LENGTH} letters. The stem
 * alone joins inflected forms («проектной деятельности» / «проектная деятельность»); the cut joins the
 * word families a curator considers the same thing and the stemmer leaves apart («проект» / «проектный»,
 * «подготовка» / «подготовиться», «олимпиада» / «олимпиадный»). Abbreviations schools write for the same
 * thing share a key («ОГЭ», «ЕГЭ», «ГИА»; «алгебра» and «математика»).
 *
 * <p>Not thread-safe (the stemmer is stateful): one instance per thread of a matching call, which also
 * bounds its memory of words already stemmed. The keys of whole texts are remembered for the process.
 */
final class RussianText {

    static final int KEY_LENGTH = 6;

    private static final Set<String> FUNCTION_WORDS = Set.of("и", "или", "а", "в", "во", "на", "с", "со", "к", "ко",
            "по", "для", "о", "об", "обо", "у", "из", "от", "до", "за", "при", "про", "без", "над", "под", "через", "не",
            "ни", "же", "ли", "как", "их", "его", "ее", "мне", "меня", "мой", "моя", "мои", "хочу", "хотел", "хотела",
            "хотелось", "бы", "нужна", "нужен", "нужно", "надо", "это", "что", "чтобы", "есть", "еще", "также",
            "так", "то", "все", "очень", "быть", "который", "которые", "этом", "том", "я", "мы", "он", "она",
            "они", "вы", "свой", "свои", "своих", "своим", "своей", "себя", "где", "когда", "можно");

    /**
     * Words a curator reads as one thing although they differ (abbreviations, a subject's parts); each is
     * given the key of the word on the right.
     */
    private static final Map<String, String> SAME_AS = Map.ofEntries(
            Map.entry("огэ", "гиа"), Map.entry("егэ", "гиа"), Map.entry("экзамен", "гиа"),
            Map.entry("экзаменам", "гиа"), Map.entry("икт", "цифровой"), Map.entry("компьютерный", "цифровой"),
            Map.entry("дистанционный", "цифровой"), Map.entry("онлайн", "цифровой"), Map.entry("талантливый", "одарённый"),
            Map.entry("одаренность", "одарённый"), Map.entry("исследовательский", "проект"),
            Map.entry("исследование", "проект"), Map.entry("исследования", "проект"), Map.entry("научный", "проект"),
            Map.entry("алгебра", "математика"), Map.entry("геометрия", "математика"),
            Map.entry("физкультура", "физический"), Map.entry("учитель", "педагог"), Map.entry("учителя", "педагог"),
            Map.entry("олимпиадный", "олимпиада"), Map.entry("профориентационный", "профориентация"));

    /**
     * Words that appear in most phrases of the field and say little alone: they count, but weakly, and a
     * phrase never matches on them alone («работа с детьми» is not «работа с классом»).
     */
    private static final List<String> WEAK_WORDS = List.of("работа", "работать", "дети", "детьми", "ребёнок",
            "учащиеся", "ученик", "ученики", "обучающиеся", "обучение", "помощь", "развитие", "деятельность",
            "организация", "проведение", "вопросы", "сопровождение", "поддержка", "школьный", "школа", "класс",
            "молодой", "начинающий", "педагог", "язык", "навыки", "умения", "подход", "совместный", "хороший",
            "новый", "повышение", "освоение", "улучшение", "лучше", "научиться", "разобраться", "уровень", "знания");

    private static final Map<String, String> COMPOUNDS;
    private static final Map<String, String> COMPOUND_TAILS;
    private static final Map<String, String> SAME_KEY;
    private static final Set<String> WEAK_KEYS;

    static {
        RussianText raw = new RussianText(Map.of());
        Map<String, String> same = new HashMap<>();
        SAME_AS.forEach((word, as) -> same.put(raw.key(fold(word)), raw.key(fold(as))));
        SAME_KEY = Map.copyOf(same);
        Set<String> weak = new HashSet<>();
        RussianText folded = new RussianText(SAME_KEY);
        WEAK_WORDS.forEach(word -> weak.add(folded.key(fold(word))));
        WEAK_KEYS = Set.copyOf(weak);
        COMPOUNDS = Map.of(folded.key("профессиональная") + " " + folded.key("ориентация"), folded.key("профориентация"),
                folded.key("ограниченными") + " " + folded.key("возможностями"), folded.key("овз"));
        COMPOUND_TAILS = Map.of(folded.key("ограниченными") + " " + folded.key("возможностями"), folded.key("здоровья"));
    }

    private final RussianStemmer stemmer = new RussianStemmer();
    private final Map<String, String> keys = new HashMap<>();
    private final Map<String, String> sameKey;

    RussianText() {
        this(SAME_KEY);
    }

    private RussianText(Map<String, String> sameKey) {
        this.sameKey = sameKey;
    }

    /** Lower case, «ё» as «е», every kind of dash as «-», non-breaking and odd spaces as spaces. */
    static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case 'ё', 'Ё' -> out.append('е');
                case '‐', '‑', '‒', '–', '—', '―', '−', '⁃' -> out.append('-');
                case '\u00A0', '\u2007', '\u202F', '\t', '\n', '\r' -> out.append(' ');
                default -> out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    /** The folded words of a text: letters and digits; anything else separates («учебно-исследовательская» is two words). */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        String folded = fold(text);
        int start = -1;
        for (int i = 0; i <= folded.length(); i++) {
            boolean part = i < folded.length() && Character.isLetterOrDigit(folded.charAt(i));
            if (part && start < 0) {
                start = i;
            } else if (!part && start >= 0) {
                words.add(folded.substring(start, i));
                start = -1;
            }
        }
        return words;
    }

    /** The keys of the content words of a text, in order, repeats kept; not to be changed (it is shared). */
    List<String> keys(String text) {
        if (text == null) {
            return List.of();
        }
        if (sameKey != SAME_KEY) {
            return read(text);
        }
        return TextMemo.KEYS.of(text, t -> TextMemo.sharedKeys(read(t)));
    }

    /** As {@link #keys}, for a caller that keeps what it reads itself (read every time, not remembered here). */
    List<String> keysUnremembered(String text) {
        if (text == null) {
            return List.of();
        }
        return sameKey != SAME_KEY ? read(text) : TextMemo.sharedKeys(read(text));
    }

    private List<String> read(String text) {
        List<String> out = new ArrayList<>();
        for (String word : words(text)) {
            if (!FUNCTION_WORDS.contains(word)) {
                out.add(key(word));
            }
        }
        joinCompounds(out);
        return out;
    }

    /** «профессиональная ориентация» is «профориентация»; «ограниченные возможности здоровья» is «ОВЗ». */
    private void joinCompounds(List<String> keys) {
        for (int i = 0; i + 1 < keys.size(); i++) {
            String pair = keys.get(i) + " " + keys.get(i + 1);
            String joined = COMPOUNDS.get(pair);
            if (joined != null) {
                keys.set(i, joined);
                keys.remove(i + 1);
                if (i + 1 < keys.size() && keys.get(i + 1).equals(COMPOUND_TAILS.get(pair))) {
                    keys.remove(i + 1);
                }
            }
        }
    }

    /** The key of one folded word. */
    String key(String word) {
        String known = keys.get(word);
        if (known != null) {
            return known;
        }
        String stem = word;
        if (!isDigits(word)) {
            stemmer.setCurrent(word);
            stemmer.stem();
            stem = stemmer.getCurrent();
        }
        String cut = stem.length() > KEY_LENGTH ? stem.substring(0, KEY_LENGTH) : stem;
        String key = sameKey.getOrDefault(cut, cut);
        if (keys.size() > 100_000) {
            keys.clear();
        }
        keys.put(word, key);
        return key;
    }

    static boolean weak(String key) {
        return WEAK_KEYS.contains(key);
    }

    private static boolean isDigits(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isDigit(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}

package ru.mentoring.school.matching.engine;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * What this process has already read out of a text — its keys, its folded form, a time or an age
 * preference — kept for every later matching call: a school's requests, strengths, times and age
 * preferences come back call after call (a curator reruns matching with other weights), and reading them
 * was a third of a school-sized cohort's time.
 *
 * <p>Each memo holds at most {@value #MAX_CHARS} characters of texts (a few megabytes with what was read
 * out of them, in a 256 MB heap) and is forgotten all at once when that is reached; a text longer than
 * {@value #MAX_TEXT} characters is read every time instead. A memo only answers the same text with what
 * was read out of it; it never leaves the process.
 */
final class TextMemo<K, V> {

    static final int MAX_CHARS = 1_000_000;
    static final int MAX_TEXT = 1_000;

    private final Map<K, V> known = new ConcurrentHashMap<>();
    private final AtomicLong chars = new AtomicLong();
    private final ToIntFunction<K> length;

    TextMemo(ToIntFunction<K> length) {
        this.length = length;
    }

    static <V> TextMemo<String, V> ofTexts() {
        return new TextMemo<>(String::length);
    }

    /** What {@code read} makes of the text, read once (the same text always reads the same). */
    V of(K text, Function<K, V> read) {
        V value = known.get(text);
        if (value == null) {
            value = read.apply(text);
            int size = length.applyAsInt(text);
            if (size <= MAX_TEXT) {
                if (chars.addAndGet(size) > MAX_CHARS) {
                    forget();
                    chars.addAndGet(size);
                }
                known.put(text, value);
            }
        }
        return value;
    }

    void forget() {
        known.clear();
        chars.set(0);
    }

    /**
     * The keys read out of a text, each key one shared string: the same word of a mentor's phrase and of a
     * mentee's request is then one object, and looking it up among the prepared keys compares no characters.
     */
    static List<String> sharedKeys(List<String> keys) {
        if (SHARED_KEYS.size() > MAX_SHARED_KEYS) {
            SHARED_KEYS.clear(); // only sharing is lost: the keys stay equal strings
        }
        String[] shared = new String[keys.size()];
        for (int i = 0; i < shared.length; i++) {
            String key = keys.get(i);
            String known = SHARED_KEYS.putIfAbsent(key, key);
            shared[i] = known == null ? key : known;
        }
        return List.of(shared);
    }

    // the process's memos
    static final TextMemo<String, List<String>> KEYS = ofTexts();
    /** A request's keys by its category and text as the profile holds them (not joined anew for each lookup). */
    static final TextMemo<Prepared.Request, List<String>> REQUESTS = new TextMemo<>(
            r -> (r.category() == null ? 0 : r.category().length()) + (r.text() == null ? 0 : r.text().length()));
    static final TextMemo<String, String> FOLDED = ofTexts();
    static final TextMemo<String, AgePreference> AGE_PREFERENCES = ofTexts();
    static final TextMemo<String, TimeSlots> TIMES = ofTexts();
    // the distinct keys of the texts read (a few thousand for a school); forgotten with the memos above by
    // forgetAll, and on their own beyond MAX_SHARED_KEYS (about 5 MB of short keys)
    private static final int MAX_SHARED_KEYS = 50_000;
    private static final Map<String, String> SHARED_KEYS = new ConcurrentHashMap<>();

    /** Forgets every text read so far (the benchmark measures a call whose texts were never seen). */
    static void forgetAll() {
        KEYS.forget();
        REQUESTS.forget();
        SHARED_KEYS.clear();
        FOLDED.forget();
        AGE_PREFERENCES.forget();
        TIMES.forget();
    }
}

package ru.mentoring.school.matching.engine;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

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
final class TextMemo<V> {

    static final int MAX_CHARS = 1_000_000;
    static final int MAX_TEXT = 1_000;

    private final Map<String, V> known = new ConcurrentHashMap<>();
    private final AtomicLong chars = new AtomicLong();

    /** What {@code read} makes of the text, read once (the same text always reads the same). */
    V of(String text, Function<String, V> read) {
        V value = known.get(text);
        if (value == null) {
            value = read.apply(text);
            if (text.length() <= MAX_TEXT) {
                if (chars.addAndGet(text.length()) > MAX_CHARS) {
                    forget();
                    chars.addAndGet(text.length());
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

    // the process's memos
    static final TextMemo<List<String>> KEYS = new TextMemo<>();
    static final TextMemo<String> FOLDED = new TextMemo<>();
    static final TextMemo<AgePreference> AGE_PREFERENCES = new TextMemo<>();
    static final TextMemo<TimeSlots> TIMES = new TextMemo<>();

    /** Forgets every text read so far (the benchmark measures a call whose texts were never seen). */
    static void forgetAll() {
        KEYS.forget();
        FOLDED.forget();
        AGE_PREFERENCES.forget();
        TIMES.forget();
    }
}

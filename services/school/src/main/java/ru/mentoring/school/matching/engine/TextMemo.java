package ru.mentoring.school.matching.engine;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What this process has already read out of a text — its keys, its folded form, a time or an age
 * preference — kept for every later matching call: a school's requests, strengths, times and age
 * preferences come back call after call (a curator reruns matching with other weights), and reading them
 * was a third of a school-sized cohort's time. Each memo is bounded and forgotten all at once when full.
 */
final class TextMemo<V> {

    static final int MAX_TEXTS = 50_000;

    private final Map<String, V> known = new ConcurrentHashMap<>();

    /** What {@code read} makes of the text, read once (the same text always reads the same). */
    V of(String text, Function<String, V> read) {
        V value = known.get(text);
        if (value == null) {
            value = read.apply(text);
            if (known.size() >= MAX_TEXTS) {
                known.clear();
            }
            known.put(text, value);
        }
        return value;
    }

    void forget() {
        known.clear();
    }

    // the process's memos
    static final TextMemo<java.util.List<String>> KEYS = new TextMemo<>();
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

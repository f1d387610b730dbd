package ru.mentoring.school.matching.engine;

import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.List;

/**
 * The hours of the week someone is free, read from what they wrote: «вторник, четверг после 15:00»,
 * «по будням после уроков», «пн–пт 16:00–18:00», «суббота утром», «в любое время». A week is 7 days of
 * 24 hours, one bit an hour; two people's overlap is a bitwise AND. A day named without hours means the
 * working day ({@value #DAY_FROM}:00–{@value #DAY_TO}:00); hours named without a day mean every day.
 */
final class TimeSlots {

    static final int DAY_FROM = 8;
    static final int DAY_TO = 21;
    static final String[] DAY_NAMES = {"понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"};

    static final TimeSlots NONE = new TimeSlots(0, 0, 0);

    private final long low;
    private final long middle;
    private final long high;

    TimeSlots(long low, long middle, long high) {
        this.low = low;
        this.middle = middle;
        this.high = high;
    }

    static TimeSlots parse(@Nullable String text) {
        return text == null || text.isBlank() ? NONE : new TimeTextParser(text).parse();
    }

    /** Builds the week from per-day hour masks (bit h of {@code hours[d]} = hour h of day d). */
    static TimeSlots of(int[] hours) {
        long[] bits = new long[3];
        for (int day = 0; day < 7; day++) {
            for (int hour = 0; hour < 24; hour++) {
                if ((hours[day] & (1 << hour)) != 0) {
                    int bit = day * 24 + hour;
                    bits[bit >>> 6] |= 1L << (bit & 63);
                }
            }
        }
        return new TimeSlots(bits[0], bits[1], bits[2]);
    }

    boolean known() {
        return (low | middle | high) != 0;
    }

    long low() {
        return low;
    }

    long middle() {
        return middle;
    }

    long high() {
        return high;
    }

    /** Hours both are free. */
    int overlapHours(TimeSlots other) {
        return overlapHours(other.low, other.middle, other.high);
    }

    int overlapHours(long otherLow, long otherMiddle, long otherHigh) {
        return Long.bitCount(low & otherLow) + Long.bitCount(middle & otherMiddle) + Long.bitCount(high & otherHigh);
    }

    /**
     * The hours shared with the other week, but counting no further than 2 — all a score needs (2 hours
     * or more score fully) — without a bit count per word, which the demo's JIT (C1) does not compile to
     * one instruction.
     */
    int overlapUpToTwo(long otherLow, long otherMiddle, long otherHigh) {
        long a = low & otherLow;
        long b = middle & otherMiddle;
        long c = high & otherHigh;
        int words = (a != 0 ? 1 : 0) + (b != 0 ? 1 : 0) + (c != 0 ? 1 : 0);
        if (words != 1) {
            return Math.min(words, 2);
        }
        long only = a | b | c;
        return (only & (only - 1)) != 0 ? 2 : 1;
    }

    TimeSlots and(TimeSlots other) {
        return new TimeSlots(low & other.low, middle & other.middle, high & other.high);
    }

    /** The hours of one day as a 24-bit mask. */
    int hoursOf(int day) {
        int first = day * 24;
        int word = first >>> 6;
        int shift = first & 63;
        long bits = (word == 0 ? low : word == 1 ? middle : high) >>> shift;
        if (shift > 40 && word < 2) {
            bits |= (word == 0 ? middle : high) << (64 - shift);
        }
        return (int) (bits & 0xFFFFFF);
    }

    /** «вторник, четверг 15:00–21:00»; days with the same hours are named together. */
    String describe() {
        int[] hours = new int[7];
        for (int day = 0; day < 7; day++) {
            hours[day] = hoursOf(day);
        }
        StringBuilder out = new StringBuilder();
        boolean[] done = new boolean[7];
        for (int day = 0; day < 7; day++) {
            if (done[day] || hours[day] == 0) {
                continue;
            }
            StringBuilder days = new StringBuilder();
            int count = 0;
            for (int other = day; other < 7; other++) {
                if (!done[other] && hours[other] == hours[day]) {
                    done[other] = true;
                    days.append(count++ == 0 ? "" : ", ").append(DAY_NAMES[other]);
                }
            }
            if (!out.isEmpty()) {
                out.append("; ");
            }
            out.append(count == 7 ? "любой день" : days);
            if (hours[day] != dayMask()) {
                out.append(' ').append(describeHours(hours[day]));
            }
        }
        return out.toString();
    }

    static int dayMask() {
        return range(DAY_FROM, DAY_TO);
    }

    /** Hours {@code from} (inclusive) to {@code to} (exclusive) as a mask. */
    static int range(int from, int to) {
        int mask = 0;
        for (int hour = Math.max(0, from); hour < Math.min(24, to); hour++) {
            mask |= 1 << hour;
        }
        return mask;
    }

    static String describeHours(int hours) {
        List<String> spans = new ArrayList<>();
        int hour = 0;
        while (hour < 24) {
            if ((hours & (1 << hour)) == 0) {
                hour++;
                continue;
            }
            int start = hour;
            while (hour < 24 && (hours & (1 << hour)) != 0) {
                hour++;
            }
            spans.add(start + ":00–" + hour + ":00");
        }
        return String.join(" и ", spans);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimeSlots t && t.low == low && t.middle == middle && t.high == high;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(low * 31 + middle * 17 + high);
    }

    @Override
    public String toString() {
        return known() ? describe() : "—";
    }
}

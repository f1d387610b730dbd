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

    TimeSlots and(TimeSlots other) {
        return new TimeSlots(low & other.low, middle & other.middle, high & other.high);
    }

    /** The hours of one day as a 24-bit mask. */
    int hoursOf(int day) {
        int hours = 0;
        for (int hour = 0; hour < 24; hour++) {
            int bit = day * 24 + hour;
            long word = bit < 64 ? low : bit < 128 ? middle : high;
            if ((word & (1L << (bit & 63))) != 0) {
                hours |= 1 << hour;
            }
        }
        return hours;
    }

    /** «вторник, четверг 15:00–21:00»; days with the same hours are named together. */
    String describe() {
        List<String> parts = new ArrayList<>();
        boolean[] done = new boolean[7];
        for (int day = 0; day < 7; day++) {
            int hours = hoursOf(day);
            if (done[day] || hours == 0) {
                continue;
            }
            List<String> days = new ArrayList<>();
            for (int other = day; other < 7; other++) {
                if (!done[other] && hoursOf(other) == hours) {
                    done[other] = true;
                    days.add(DAY_NAMES[other]);
                }
            }
            String dayList = days.size() == 7 ? "любой день" : String.join(", ", days);
            parts.add(hours == dayMask() ? dayList : dayList + " " + describeHours(hours));
        }
        return String.join("; ", parts);
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
            spans.add(String.format("%d:00–%d:00", start, hour));
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

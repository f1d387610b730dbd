package ru.mentoring.school.matching.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads free time from Russian text. The text is cut into clauses at commas, semicolons, full stops,
 * slashes and brackets; each clause gives days (named, abbreviated, ranges, «будни», «выходные»,
 * «кроме среды») and hours («после 15:00», «с 14 до 16», «16:00–18:00», «утром», «после уроков»).
 * A clause with days but no hours takes the hours of the next clause that has some («вторник, четверг
 * после 15:00»), else of an earlier clause of hours alone («после 15:00: вторник, четверг»), else the
 * working day. Hours without days apply to every day. Numbers that are not times («2 раза в неделю»)
 * are left alone; «после 4» means 16:00; «кроме среды», «не могу по средам» take days out.
 */
final class TimeTextParser {

    private static final int ALL_DAYS = 0b1111111;
    private static final int WEEKDAYS = 0b0011111;
    private static final int WEEKEND = 0b1100000;
    private static final int AFTER_LESSONS = TimeSlots.range(14, 18);

    private record Token(String word, int hour, int minute, boolean number, boolean minutes, char mark) {
        boolean isWord() {
            return word != null;
        }

        boolean isWord(String prefix) {
            return word != null && word.startsWith(prefix);
        }

        boolean isDash() {
            return mark == '-';
        }

        boolean isSeparator() {
            return mark != 0 && mark != '-';
        }
    }

    private static final class Clause {
        int days;
        int excluded;
        int hours;
        boolean any;
        boolean consumed;
    }

    private final List<Token> tokens;
    private int i;

    TimeTextParser(String text) {
        this.tokens = tokenize(RussianText.fold(text));
    }

    TimeSlots parse() {
        List<Clause> clauses = new ArrayList<>();
        Clause clause = new Clause();
        boolean except = false;
        for (i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isSeparator()) {
                clauses.add(clause);
                clause = new Clause();
                except = false;
                continue;
            }
            if (t.isWord() && (t.word().equals("кроме") || t.word().equals("исключая") || t.word().startsWith("исключен")
                    || t.word().equals("не") && (next(1).isWord("мог") || next(1).isWord("смог") || next(1).isWord("получ")
                    || next(1).isWord("удобн")))) {
                except = true;
                continue;
            }
            int days = days();
            if (days != 0) {
                if (except) {
                    clause.excluded |= days;
                } else {
                    clause.days |= days;
                }
                continue;
            }
            if (anyTime()) {
                clause.any = true;
                continue;
            }
            clause.hours |= hours();
        }
        clauses.add(clause);
        return combine(clauses);
    }

    private static TimeSlots combine(List<Clause> clauses) {
        int[] week = new int[7];
        int n = clauses.size();
        for (int c = 0; c < n; c++) {
            Clause clause = clauses.get(c);
            int days = clause.days;
            if (days == 0 && clause.excluded != 0) {
                days = ALL_DAYS;
            }
            days &= ~clause.excluded;
            if (days == 0 || clause.hours != 0) {
                continue;
            }
            int hours = clause.any ? TimeSlots.dayMask() : 0;
            for (int next = c + 1; next < n && hours == 0; next++) {
                Clause later = clauses.get(next);
                if (later.hours != 0) {
                    hours = later.hours;
                    if (later.days == 0) {
                        later.consumed = true;
                    }
                } else if (later.days == 0) {
                    break;
                }
            }
            for (int earlier = c - 1; earlier >= 0 && hours == 0; earlier--) {
                Clause before = clauses.get(earlier);
                if (before.hours != 0 && before.days == 0) {
                    hours = before.hours;
                    before.consumed = true;
                } else if (before.days == 0) {
                    break;
                }
            }
            clause.hours = hours == 0 ? TimeSlots.dayMask() : hours;
            clause.days = days;
            clause.excluded = 0;
        }
        for (Clause clause : clauses) {
            int days = clause.days == 0 && clause.excluded != 0 ? ALL_DAYS : clause.days;
            days &= ~clause.excluded;
            int hours = clause.hours;
            if (days == 0 && hours == 0 && !clause.any) {
                continue;
            }
            if (days == 0) {
                if (clause.consumed && !clause.any) {
                    continue;
                }
                days = ALL_DAYS;
            }
            if (hours == 0) {
                hours = TimeSlots.dayMask();
            }
            for (int day = 0; day < 7; day++) {
                if ((days & (1 << day)) != 0) {
                    week[day] |= hours;
                }
            }
        }
        return TimeSlots.of(week);
    }

    /** Days named at the cursor (a day, a range of days, a group), advancing past them; 0 if none. */
    private int days() {
        Token t = tokens.get(i);
        if (!t.isWord()) {
            return 0;
        }
        String w = t.word();
        int day = day(w);
        if (day >= 0) {
            int end = rangeEnd();
            if (end >= 0) {
                int mask = 0;
                for (int d = day; d != (end + 1) % 7; d = (d + 1) % 7) {
                    mask |= 1 << d;
                }
                return mask;
            }
            return 1 << day;
        }
        if (w.startsWith("будн")) {
            return WEEKDAYS;
        }
        if (w.startsWith("выходн")) {
            return WEEKEND;
        }
        if (w.startsWith("рабоч") && next(1).isWord("дн")) {
            i++;
            return WEEKDAYS;
        }
        if (w.equals("ежедневно") || w.equals("всю") && next(1).isWord("недел")) {
            return ALL_DAYS;
        }
        if ((w.startsWith("кажд") || w.startsWith("люб")) && (next(1).isWord("ден") || next(1).isWord("дн"))) {
            i++;
            return ALL_DAYS;
        }
        return 0;
    }

    /** After a day: «-пт», «по пятницу», «до пятницы» give the last day of a range, advancing; else -1. */
    private int rangeEnd() {
        Token link = next(1);
        if (link.isDash() || link.isWord() && (link.word().equals("по") || link.word().equals("до"))) {
            Token last = next(2);
            int end = last.isWord() ? day(last.word()) : -1;
            if (end >= 0) {
                i += 2;
                return end;
            }
        }
        return -1;
    }

    static int day(String w) {
        return switch (w) {
            case "пн", "пнд", "пон" -> 0;
            case "вт", "втр" -> 1;
            case "ср", "среда", "среду", "среды", "среде", "средам", "средах", "сред" -> 2;
            case "чт", "чтв", "чет" -> 3;
            case "пт", "птн", "пят" -> 4;
            case "сб", "суб" -> 5;
            case "вс", "вск", "воскр" -> 6;
            default -> w.startsWith("понедельн") ? 0 : w.startsWith("вторн") ? 1 : w.startsWith("четверг") ? 3
                    : w.startsWith("пятниц") ? 4 : w.startsWith("суббот") ? 5 : w.startsWith("воскресен") ? 6 : -1;
        };
    }

    private boolean anyTime() {
        String w = tokens.get(i).word();
        if (w == null) {
            return false;
        }
        if (w.startsWith("любо") && next(1).isWord("врем") || w.startsWith("любо") && next(1).isWord("удобн")
                && next(2).isWord("врем")) {
            i += next(1).isWord("удобн") ? 2 : 1;
            return true;
        }
        return w.startsWith("гибк") || w.startsWith("договор") || w.startsWith("свободн") && next(1).isWord("график");
    }

    /** Hours named at the cursor, advancing past them; 0 if none. */
    private int hours() {
        Token t = tokens.get(i);
        if (t.number()) {
            return bareTime();
        }
        if (!t.isWord()) {
            return 0;
        }
        String w = t.word();
        Token n = next(1);
        switch (w) {
            case "после", "позже", "позднее" -> {
                if (n.number()) {
                    i++;
                    int from = clock(n);
                    return from < 0 ? 0 : TimeSlots.range(from, Math.max(TimeSlots.DAY_TO, from + 2));
                }
                if (n.isWord("урок") || n.isWord("заняти") || n.isWord("школ") || n.isWord("учеб") || n.isWord("пар")) {
                    i++;
                    return AFTER_LESSONS;
                }
                if (n.isWord("обед")) {
                    i++;
                    return TimeSlots.range(13, 18);
                }
                if (n.isWord("работ")) {
                    i++;
                    return TimeSlots.range(17, TimeSlots.DAY_TO);
                }
                return 0;
            }
            case "с", "со", "от" -> {
                if (!n.number()) {
                    return 0;
                }
                int from = clock(n);
                i++;
                Token link = next(1);
                if ((link.isDash() || link.isWord() && (link.word().equals("до") || link.word().equals("по")))
                        && next(2).number()) {
                    Token until = next(2);
                    i += 2;
                    int to = end(until, from);
                    return from < 0 || to <= from ? 0 : TimeSlots.range(from, to);
                }
                return from < 0 ? 0 : TimeSlots.range(from, Math.max(TimeSlots.DAY_TO, from + 2));
            }
            case "до", "раньше" -> {
                if (n.number()) {
                    i++;
                    int to = end(n, -1);
                    return to <= 0 ? 0 : TimeSlots.range(Math.min(TimeSlots.DAY_FROM, to - 1), to);
                }
                if (n.isWord("урок") || n.isWord("заняти")) {
                    i++;
                    return TimeSlots.range(7, 8);
                }
                return 0;
            }
            case "в", "во", "к", "около" -> {
                if (n.number()) {
                    i++;
                    int at = clock(n);
                    return at < 0 ? 0 : TimeSlots.range(at, at + 2);
                }
                if ((n.isWord("перв") || n.isWord("втор")) && next(2).isWord("половин")) {
                    i += 2;
                    return n.isWord("перв") ? TimeSlots.range(8, 13) : TimeSlots.range(13, 18);
                }
                return 0;
            }
            default -> {
                if (w.startsWith("утр") || w.startsWith("утен")) {
                    return TimeSlots.range(8, 12);
                }
                if (w.equals("днем") || w.startsWith("дневн")) {
                    return TimeSlots.range(12, 17);
                }
                if (w.startsWith("обед")) {
                    return TimeSlots.range(12, 14);
                }
                if (w.startsWith("вечер")) {
                    return TimeSlots.range(17, TimeSlots.DAY_TO);
                }
                return 0;
            }
        }
    }

    /** «15:00–17:00», «15-17», «16:30»; a bare number without minutes or range is not a time. */
    private int bareTime() {
        Token t = tokens.get(i);
        Token link = next(1);
        if ((link.isDash() || link.isWord() && link.word().equals("до")) && next(2).number()) {
            int from = clock(t);
            int to = end(next(2), from);
            if (from >= 6 && to > from && to <= 24 && (t.minutes() || next(2).minutes() || from >= 7)) {
                i += 2;
                return TimeSlots.range(from, to);
            }
        }
        if (t.minutes() || link.isWord("час") && t.hour() >= 7) {
            int at = clock(t);
            if (at >= 0) {
                if (link.isWord("час")) {
                    i++;
                }
                return TimeSlots.range(at, at + 2);
            }
        }
        return 0;
    }

    /** The hour a number names as a starting time; «4» after a preposition is 16:00 unless «утра» follows. */
    private int clock(Token t) {
        int hour = t.hour();
        if (hour > 23 || t.minute() > 59) {
            return -1;
        }
        boolean morning = next(1).isWord("утр") || next(2).isWord("утр");
        if (hour >= 1 && hour <= 7 && !t.minutes() && !morning) {
            hour += 12;
        }
        return hour;
    }

    /** The hour a range ends at (exclusive): «17:30» ends after 17. */
    private int end(Token t, int from) {
        int hour = t.hour();
        if (hour > 24 || t.minute() > 59) {
            return -1;
        }
        if (from >= 12 && hour < 12 && hour + 12 > from) {
            hour += 12;
        }
        return t.minute() > 0 ? hour + 1 : hour;
    }

    private Token next(int ahead) {
        int at = i + ahead;
        return at < tokens.size() ? tokens.get(at) : new Token(null, 0, 0, false, false, ';');
    }

    private static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int p = 0;
        int n = text.length();
        while (p < n) {
            char c = text.charAt(p);
            if (Character.isDigit(c)) {
                int start = p;
                while (p < n && Character.isDigit(text.charAt(p))) {
                    p++;
                }
                int hour = parse(text.substring(start, p));
                int minute = 0;
                boolean minutes = false;
                if (p + 2 < n + 1 && p < n && (text.charAt(p) == ':' || text.charAt(p) == '.')
                        && p + 2 < n + 1 && p + 2 <= n && isDigits(text, p + 1, p + 3)) {
                    minute = parse(text.substring(p + 1, p + 3));
                    minutes = true;
                    p += 3;
                }
                tokens.add(new Token(null, hour, minute, true, minutes, (char) 0));
            } else if (Character.isLetter(c)) {
                int start = p;
                while (p < n && Character.isLetter(text.charAt(p))) {
                    p++;
                }
                tokens.add(new Token(text.substring(start, p), 0, 0, false, false, (char) 0));
            } else {
                if (c == '-') {
                    tokens.add(new Token(null, 0, 0, false, false, '-'));
                } else if (",;.:/()\n!?".indexOf(c) >= 0) {
                    tokens.add(new Token(null, 0, 0, false, false, ';'));
                }
                p++;
            }
        }
        return tokens;
    }

    private static boolean isDigits(String text, int from, int to) {
        if (to > text.length()) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!Character.isDigit(text.charAt(k))) {
                return false;
            }
        }
        return to == text.length() || !Character.isDigit(text.charAt(to));
    }

    private static int parse(String digits) {
        return digits.length() > 4 ? 99 : Integer.parseInt(digits);
    }
}

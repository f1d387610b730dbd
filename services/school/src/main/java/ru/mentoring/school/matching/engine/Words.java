package ru.mentoring.school.matching.engine;

/** Russian agreement of numbers with nouns. */
final class Words {

    private Words() {
    }

    /** 1 год, 2 года, 5 лет, 21 год. */
    static String years(int n) {
        return plural(n, "год", "года", "лет");
    }

    static String plural(int n, String one, String few, String many) {
        int tens = Math.abs(n) % 100;
        int units = tens % 10;
        if (tens >= 11 && tens <= 14) {
            return many;
        }
        return units == 1 ? one : units >= 2 && units <= 4 ? few : many;
    }
}

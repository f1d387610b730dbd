package ru.mentoring.portal.mentee;

/** Years as Russian says them: 1 год, 3 года, 7 лет, 11 лет, 21 год. */
public final class Ages {

    private Ages() {
    }

    public static String years(int n) {
        int tens = n % 100;
        int last = n % 10;
        String word = tens >= 11 && tens <= 14 ? "лет" : last == 1 ? "год" : last >= 2 && last <= 4 ? "года" : "лет";
        return n + " " + word;
    }
}

package ru.mentoring.school.matching.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@link AgePreference} from Russian text. Numbers count only next to their unit: before «класс»,
 * «кл.» (classes) or «лет», «года» (ages), joined by dashes, «по», «до», «и» or commas, with the endings
 * schools write («8-е», «5-х»); Roman numerals count before «класс». «Стаж до 3 лет» is experience, not
 * age: it says young teachers.
 */
final class AgeTextParser {

    private record Token(String word, int number, char mark) {
        boolean isNumber() {
            return number >= 0;
        }

        boolean isWord(String prefix) {
            return word != null && word.startsWith(prefix);
        }

        boolean is(String exact) {
            return exact.equals(word);
        }
    }

    private static final List<String> ENDINGS = List.of("е", "х", "й", "го", "ых", "ой", "ые", "ым", "ом", "ти", "и");

    private final List<Token> tokens;
    private int grades;
    private long ages;
    private int groups;
    private boolean any;
    private boolean pupilsNamed;

    AgeTextParser(String text) {
        this.tokens = tokenize(RussianText.fold(text));
    }

    AgePreference parse() {
        boolean experience = false;
        for (Token t : tokens) {
            experience |= t.isWord("стаж") || t.isWord("опыт");
        }
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if ((t.isWord("класс") && !t.isWord("классн")) || t.is("кл")) {
                grades |= numbersBefore(k, true);
            } else if ((t.is("лет") || t.isWord("год")) && !experience) {
                ages |= agesBefore(k);
            } else if (t.isNumber() && next(k, 1).mark() == '+') {
                ages |= AgePreference.ages(t.number(), 63);
            }
        }
        for (int k = 0; k < tokens.size(); k++) {
            words(k);
        }
        if (pupilsNamed && grades == 0 && ages == 0) {
            grades = AgePreference.ALL_GRADES;
        }
        if (experience && (groups & (AgePreference.TEACHERS)) != 0) {
            groups = groups & ~AgePreference.TEACHERS | AgePreference.YOUNG_TEACHERS;
        }
        return new AgePreference(grades, ages, groups, any);
    }

    private void words(int k) {
        Token t = tokens.get(k);
        if (t.word() == null) {
            return;
        }
        String w = t.word();
        Token n = next(k, 1);
        if (w.startsWith("старшекласс")) {
            grades |= AgePreference.grades(9, 11);
        } else if (w.startsWith("старш") && (n.isWord("класс") || n.isWord("школ") || n.isWord("звен"))) {
            grades |= AgePreference.grades(10, 11);
        } else if ((w.startsWith("средн") || w.startsWith("основн")) && (n.isWord("класс") || n.isWord("школ")
                || n.isWord("звен"))) {
            grades |= AgePreference.grades(5, 9);
        } else if ((w.startsWith("начальн") || w.startsWith("младш")) && (n.isWord("класс") || n.isWord("школ")
                || n.isWord("звен"))) {
            grades |= AgePreference.grades(1, 4);
        } else if (w.startsWith("младшекласс") || w.startsWith("младш") && n.isWord("школьн")) {
            grades |= AgePreference.grades(1, 4);
        } else if (w.startsWith("пятиклас")) {
            grades |= AgePreference.grades(5, 5);
        } else if (w.startsWith("подрост")) {
            ages |= AgePreference.ages(12, 17);
        } else if (w.startsWith("выпускник") && !n.isWord("вуз") && !n.isWord("колледж")) {
            grades |= AgePreference.grades(9, 11);
        } else if (w.startsWith("школьник") || w.startsWith("учащ") || w.startsWith("обучающ") || w.startsWith("учени")
                || w.startsWith("дет")) {
            pupilsNamed = true;
        } else if ((w.startsWith("молод") || w.startsWith("начинающ")) && (n.isWord("педагог") || n.isWord("учител")
                || n.isWord("специалист") || n.isWord("коллег") || n.isWord("сотрудник"))) {
            groups |= AgePreference.YOUNG_TEACHERS;
        } else if (w.startsWith("молодспец")) {
            groups |= AgePreference.YOUNG_TEACHERS;
        } else if ((w.startsWith("педагог") || w.startsWith("учител") || w.startsWith("коллег"))
                && !previous(k).isWord("молод") && !previous(k).isWord("начинающ")) {
            groups |= AgePreference.TEACHERS;
        } else if (w.startsWith("студент") || w.startsWith("первокурсн")) {
            groups |= AgePreference.STUDENTS;
        } else if (w.startsWith("взросл")) {
            groups |= AgePreference.ADULTS;
        } else if (w.startsWith("любо") || w.equals("неважно") || w.equals("важно") && previous(k).is("не")
                || w.startsWith("разниц") && previous(k).is("без") || w.startsWith("ограничен") && previous(k).is("без")
                || w.equals("все") && n.isWord("возраст")) {
            any = true;
        }
    }

    /** Classes (or ages) named by the numbers just before position {@code unit}, as a mask. */
    private int numbersBefore(int unit, boolean roman) {
        List<int[]> spans = spans(unit, roman);
        int mask = 0;
        for (int[] span : spans) {
            if (span[0] >= 1 && span[1] <= 11 && span[0] <= span[1]) {
                mask |= AgePreference.grades(span[0], span[1]);
            }
        }
        return mask;
    }

    private long agesBefore(int unit) {
        List<int[]> spans = spans(unit, false);
        long mask = 0;
        for (int[] span : spans) {
            if (span[0] >= 0 && span[1] <= 99 && span[0] <= span[1]) {
                mask |= AgePreference.ages(span[0], span[1]);
            }
        }
        if (spans.size() == 1 && spans.getFirst()[0] == spans.getFirst()[1]) {
            int at = spans.getFirst()[2];
            Token before = previous(at);
            int n = spans.getFirst()[0];
            if (before.is("от") || before.is("с") || before.isWord("старше") || before.is("после")) {
                mask = AgePreference.ages(before.isWord("старше") ? n + 1 : n, 63);
            } else if (before.is("до") || before.isWord("младше") || before.is("моложе")) {
                mask = AgePreference.ages(0, before.is("до") ? n : n - 1);
            }
        }
        return mask;
    }

    /**
     * Walks back from a unit over «5», «5-7», «5, 6 и 7», «с 5 по 7», «8-е» and returns spans
     * {from, to, index of the first number}.
     */
    private List<int[]> spans(int unit, boolean roman) {
        List<int[]> spans = new ArrayList<>();
        int k = unit - 1;
        boolean range = false;
        int rangeEnd = -1;
        while (k >= 0) {
            Token t = tokens.get(k);
            if (t.word() != null && ENDINGS.contains(t.word()) && k > 0 && (tokens.get(k - 1).mark() == '-'
                    || tokens.get(k - 1).isNumber())) {
                k -= tokens.get(k - 1).mark() == '-' ? 2 : 1;
                continue;
            }
            int value = t.isNumber() ? t.number() : roman ? roman(t.word()) : -1;
            if (value >= 0) {
                if (range) {
                    spans.add(new int[] {value, rangeEnd, k});
                    range = false;
                } else {
                    spans.add(new int[] {value, value, k});
                }
                k--;
                continue;
            }
            boolean rangeLink = t.mark() == '-' || t.is("по") || t.is("до");
            if (rangeLink && !spans.isEmpty() && !range && k > 0 && isValue(tokens.get(k - 1), roman, k - 1)) {
                int[] last = spans.removeLast();
                rangeEnd = last[1];
                range = true;
                k--;
                continue;
            }
            if (t.mark() == ',' || t.is("и") || t.is("или")) {
                k--;
                continue;
            }
            break;
        }
        return spans;
    }

    private boolean isValue(Token t, boolean roman, int at) {
        if (t.isNumber() || roman && roman(t.word()) >= 0) {
            return true;
        }
        return t.word() != null && ENDINGS.contains(t.word()) && at > 0;
    }

    /** i…xi in Latin letters (or Cyrillic «х» for x, «і» for i), as schools type them; -1 if not one. */
    static int roman(String word) {
        if (word == null || word.isEmpty() || word.length() > 4) {
            return -1;
        }
        int total = 0;
        int previous = 0;
        for (int k = word.length() - 1; k >= 0; k--) {
            int v = switch (word.charAt(k)) {
                case 'i', 'і' -> 1;
                case 'v' -> 5;
                case 'x', 'х' -> 10;
                default -> -1;
            };
            if (v < 0) {
                return -1;
            }
            total += v < previous ? -v : v;
            previous = Math.max(previous, v);
        }
        return total >= 1 && total <= 11 ? total : -1;
    }

    private Token next(int k, int ahead) {
        int at = k + ahead;
        return at < tokens.size() ? tokens.get(at) : new Token(null, -1, ';');
    }

    private Token previous(int k) {
        return k > 0 ? tokens.get(k - 1) : new Token(null, -1, ';');
    }

    private static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int p = 0;
        int n = text.length();
        while (p < n) {
            char c = text.charAt(p);
            int start = p;
            if (Character.isDigit(c)) {
                while (p < n && Character.isDigit(text.charAt(p))) {
                    p++;
                }
                tokens.add(new Token(null, p - start > 3 ? 999 : Integer.parseInt(text.substring(start, p)), (char) 0));
            } else if (Character.isLetter(c)) {
                while (p < n && Character.isLetter(text.charAt(p))) {
                    p++;
                }
                tokens.add(new Token(text.substring(start, p), -1, (char) 0));
            } else {
                if (c == '-' || c == '+' || c == ',' || c == ';' || c == '/' || c == '(' || c == ')') {
                    tokens.add(new Token(null, -1, c == '/' ? ',' : c == '(' || c == ')' ? ';' : c));
                }
                p++;
            }
        }
        return tokens;
    }
}

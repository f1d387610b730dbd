package ru.mentoring.support.text;

/**
 * Russian quotes inside quotes: «Конкурс „Педагог-наставник“ — муниципальный этап», not «…«…»…». Titles
 * carry their own «», and the services' messages quote them once more («Подведены итоги конкурса
 * «…»»); the inner pair becomes „“ where it is read — on the portal's pages and in mail. Each line is
 * set on its own, and only a line whose quotes pair up is changed.
 */
public final class NestedQuotes {

    private NestedQuotes() {
    }

    public static String of(String text) {
        if (text == null || text.indexOf('«') < 0) {
            return text;
        }
        if (text.indexOf('\n') < 0) {
            return line(text);
        }
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        while (from <= text.length()) {
            int end = text.indexOf('\n', from);
            if (end < 0) {
                out.append(line(text.substring(from)));
                break;
            }
            out.append(line(text.substring(from, end))).append('\n');
            from = end + 1;
        }
        return out.toString();
    }

    private static String line(String text) {
        if (text.indexOf('«') < 0) {
            return text;
        }
        int depth = 0;
        int deepest = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '«') {
                deepest = Math.max(deepest, ++depth);
            } else if (c == '»' && --depth < 0) {
                return text;
            }
        }
        if (depth != 0 || deepest < 2) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '«') {
                out.append(depth++ == 0 ? '«' : '„');
            } else if (c == '»') {
                out.append(--depth == 0 ? '»' : '“');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}

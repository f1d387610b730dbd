package ru.mentoring.portal.web.typography;

/**
 * Russian quotes inside quotes: «Конкурс „Педагог-наставник“ — муниципальный этап», not «…«…»…». Titles
 * carry their own «», and the services' messages quote them once more («Подведены итоги конкурса
 * «…»»); the inner pair becomes „“ where it is read. Only a text whose quotes pair up is changed.
 */
public final class NestedQuotes {

    private NestedQuotes() {
    }

    public static String of(String text) {
        if (text == null || text.indexOf('«') < 0) {
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

package ru.mentoring.support.text;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Russian quotes inside quotes: «Конкурс „Педагог-наставник“ — муниципальный этап», not «…«…»…». Titles
 * carry their own «», and the services' messages quote them once more («Подведены итоги конкурса
 * «…»»); the inner pair becomes „“ where it is read — on the portal's pages, in mail and in documents.
 * Each line is set on its own, and only a line whose quotes pair up is changed.
 */
public final class NestedQuotes {

    private NestedQuotes() {
    }

    public static String of(String text) {
        if (text == null || text.indexOf('«') < 0) {
            return text;
        }
        return text.indexOf('\n') < 0 ? line(text)
                : Arrays.stream(text.split("\n", -1)).map(NestedQuotes::line).collect(Collectors.joining("\n"));
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

package ru.mentoring.portal.practice;

import io.micronaut.core.annotation.Nullable;

/**
 * The library sends snippets as escaped text in which only {@code <mark>} is markup. The portal shows
 * them unescaped only when that is so: anything else in angle brackets and the whole snippet is escaped.
 */
final class Snippets {

    private Snippets() {
    }

    static String safe(@Nullable String snippet) {
        if (snippet == null) {
            return "";
        }
        String rest = snippet.replace("<mark>", "").replace("</mark>", "");
        if (rest.indexOf('<') < 0 && rest.indexOf('>') < 0) {
            return snippet;
        }
        return snippet.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}

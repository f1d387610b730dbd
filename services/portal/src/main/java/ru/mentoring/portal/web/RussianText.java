package ru.mentoring.portal.web;

import io.micronaut.core.annotation.Nullable;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A user never reads English. The services answer in Russian, but a constraint someone forgot to
 * give a message still says «size must be between 0 and 500»: the known shapes are said in Russian
 * here, anything else without a Russian word becomes the caller's fallback.
 */
public final class RussianText {

    private static final Pattern SIZE = Pattern.compile("size must be between (\\d+) and (\\d+)");
    private static final Pattern EMPTY = Pattern.compile("must not be (blank|null|empty)");

    private RussianText() {
    }

    public static String of(@Nullable String text, String fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        if (text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC)) {
            return text;
        }
        Matcher size = SIZE.matcher(text);
        if (size.find()) {
            return "0".equals(size.group(1)) ? "Не длиннее " + size.group(2) + " символов"
                    : "От " + size.group(1) + " до " + size.group(2) + " символов";
        }
        return EMPTY.matcher(text).find() ? "Заполните это поле" : fallback;
    }
}

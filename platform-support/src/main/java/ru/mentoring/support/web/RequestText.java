package ru.mentoring.support.web;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What a request may contain as text: valid UTF-8, and no control characters except tab, line feed
 * and carriage return (and none at all in an address). PostgreSQL refuses NUL in text and such
 * characters are never typed by a person, so they are refused at the edge with a clear answer
 * instead of failing deep inside.
 */
final class RequestText {

    private RequestText() {
    }

    /** A raw (still percent-encoded) path or query string. */
    static Optional<String> checkAddress(String raw) {
        if (raw == null || raw.isEmpty()) {
            return Optional.empty();
        }
        byte[] decoded;
        try {
            decoded = percentDecoded(raw);
        } catch (IllegalArgumentException e) {
            return Optional.of("Адрес запроса содержит неверную %-последовательность");
        }
        return check(decoded, false, "Адрес запроса");
    }

    /** A JSON, form or text body: raw control bytes, and in JSON their \\u escapes, are refused. */
    static Optional<String> checkBody(byte[] body, boolean json) {
        Optional<String> raw = check(body, true, "Тело запроса");
        if (raw.isPresent() || !json) {
            return raw;
        }
        String text = new String(body, StandardCharsets.UTF_8);
        for (int i = text.indexOf("\\u"); i >= 0 && i + 6 <= text.length(); i = text.indexOf("\\u", i + 2)) {
            if (isEscapedBackslash(text, i)) {
                continue;
            }
            try {
                int code = Integer.parseInt(text.substring(i + 2, i + 6), 16);
                if (forbidden(code, true)) {
                    return Optional.of("Тело запроса содержит управляющий символ (код " + code + "): уберите его");
                }
            } catch (NumberFormatException ignored) {
                // not an escape the JSON parser accepts either; it reports it itself
            }
        }
        return Optional.empty();
    }

    private static Optional<String> check(byte[] bytes, boolean allowLineBreaks, String what) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return Optional.of(what + " не в кодировке UTF-8");
        }
        for (int i = 0; i < text.length(); i++) {
            if (forbidden(text.charAt(i), allowLineBreaks)) {
                return Optional.of(what + " содержит управляющий символ (код " + (int) text.charAt(i) + "): уберите его");
            }
        }
        return Optional.empty();
    }

    private static boolean forbidden(int c, boolean allowLineBreaks) {
        if (allowLineBreaks && (c == '\t' || c == '\n' || c == '\r')) {
            return false;
        }
        return c < 0x20 || c == 0x7F;
    }

    /** "\\\\u0000" is a backslash followed by text, not an escape: count the backslashes before it. */
    private static boolean isEscapedBackslash(String text, int index) {
        int backslashes = 0;
        for (int j = index - 1; j >= 0 && text.charAt(j) == '\\'; j--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private static byte[] percentDecoded(String raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    throw new IllegalArgumentException("truncated escape");
                }
                out.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
                i += 2;
            } else if (c < 0x80) {
                out.write(c);
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                out.write(encoded, 0, encoded.length);
            }
        }
        return out.toByteArray();
    }
}

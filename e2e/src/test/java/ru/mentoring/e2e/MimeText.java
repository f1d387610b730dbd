package ru.mentoring.e2e;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * The text of a plain mail as the SMTP server keeps it (raw MIME): the body after the headers, decoded
 * from base64 or quoted-printable as its header says. Enough for the platform's own letters, which are one
 * UTF-8 text part.
 */
final class MimeText {

    private MimeText() {
    }

    static String of(String raw) {
        String mime = raw.replace("\r\n", "\n");
        int split = mime.indexOf("\n\n");
        if (split < 0) {
            return mime;
        }
        String headers = mime.substring(0, split).toLowerCase(Locale.ROOT);
        String body = mime.substring(split + 2);
        if (headers.contains("content-transfer-encoding: base64")) {
            return new String(Base64.getMimeDecoder().decode(body.strip()), StandardCharsets.UTF_8);
        }
        if (headers.contains("content-transfer-encoding: quoted-printable")) {
            return quotedPrintable(body);
        }
        return body;
    }

    private static String quotedPrintable(String body) {
        String joined = body.replace("=\n", "");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < joined.length(); i++) {
            char c = joined.charAt(i);
            if (c == '=' && i + 2 < joined.length()) {
                out.write(Integer.parseInt(joined.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.write(c);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}

package ru.mentoring.portal.testing;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A browser's form body with repeated names (ticked checkboxes): {@code FormBody.of("forms", "A", "forms", "B")}. */
public final class FormBody {

    public static final String TYPE = "application/x-www-form-urlencoded";

    private FormBody() {
    }

    public static byte[] of(String... namesAndValues) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            parts.add(URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return String.join("&", parts).getBytes(StandardCharsets.UTF_8);
    }
}

package ru.mentoring.portal.consent;

import io.micronaut.core.annotation.Nullable;

import java.util.LinkedHashMap;
import java.util.Map;

/** The three consents the law keeps apart (each its own document), and who may sign one. */
public final class ConsentKinds {

    public static final String PROCESSING = "PROCESSING";
    public static final String DISTRIBUTION = "DISTRIBUTION";
    public static final String TRANSFER = "TRANSFER";

    static final Map<String, String> TITLES = new LinkedHashMap<>();
    static final Map<String, String> SIGNERS = new LinkedHashMap<>();

    static {
        TITLES.put(PROCESSING, "на обработку персональных данных");
        TITLES.put(DISTRIBUTION, "на распространение (публикацию)");
        TITLES.put(TRANSFER, "на передачу организации-партнёру");
        SIGNERS.put("SELF", "сам наставляемый");
        SIGNERS.put("GUARDIAN", "родитель (законный представитель)");
    }

    private ConsentKinds() {
    }

    public static String title(@Nullable String kind) {
        return TITLES.getOrDefault(kind == null ? "" : kind, "—");
    }

    static boolean known(@Nullable String kind) {
        return kind != null && TITLES.containsKey(kind);
    }
}

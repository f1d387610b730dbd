package ru.mentoring.portal.pair;

import io.micronaut.core.annotation.Nullable;
import ru.mentoring.portal.backend.school.Pairs;
import ru.mentoring.portal.web.Option;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A pair's status in Russian (the service's own title first) and the colour it is shown in. */
public final class PairLabels {

    static final Map<String, String> STATUSES = new LinkedHashMap<>();

    static {
        STATUSES.put("AWAITING_MENTOR", "ждёт согласия наставника");
        STATUSES.put("AWAITING_CONFIRMATION", "ожидает подтверждения");
        STATUSES.put("ACTIVE", "работает");
        STATUSES.put("REFUSED", "не состоялась");
        STATUSES.put("COMPLETED", "завершена");
        STATUSES.put("TERMINATED", "прекращена досрочно");
    }

    private PairLabels() {
    }

    public static String status(Pairs.Pair p) {
        return p.statusTitle() != null && !p.statusTitle().isBlank() ? p.statusTitle()
                : STATUSES.getOrDefault(p.status(), "—");
    }

    /** A status said in Russian when the service gave no title of its own. */
    public static String status(@Nullable String code) {
        return STATUSES.getOrDefault(code == null ? "" : code, "—");
    }

    public static String statusClass(@Nullable String status) {
        return switch (status == null ? "" : status) {
            case "AWAITING_MENTOR", "AWAITING_CONFIRMATION" -> "pending";
            case "ACTIVE" -> "accepted";
            case "REFUSED", "TERMINATED" -> "declined";
            default -> "";
        };
    }

    /** Still to happen: the mentor's answer or the mentor bank's seats. */
    public static boolean waiting(@Nullable String status) {
        return "AWAITING_MENTOR".equals(status) || "AWAITING_CONFIRMATION".equals(status);
    }

    static List<Option> statuses(@Nullable String chosen) {
        return Option.of(STATUSES.entrySet(), Map.Entry::getKey, Map.Entry::getValue,
                e -> e.getKey().equals(chosen));
    }

    /** «Петров Пётр (7Б)», «Сидорова Анна (учитель математики)». */
    public static String member(Pairs.Member m) {
        String place = m.grade() != null && !m.grade().isBlank() ? m.grade()
                : m.position() != null && !m.position().isBlank() ? m.position() : null;
        return place == null ? m.fullName() : m.fullName() + " (" + place + ")";
    }
}

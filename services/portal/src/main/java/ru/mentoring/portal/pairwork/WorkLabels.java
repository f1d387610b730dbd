package ru.mentoring.portal.pairwork;

import io.micronaut.core.annotation.Nullable;
import ru.mentoring.portal.web.Option;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The school service's codes of pair work said in Russian: the meeting sequence of DOMAIN §5 stage 6, the
 * formats, who logged a meeting, the decision at completion, the readiness verdict of a teacher pair and the
 * initiator of a termination. The service's own titles come first; these are for forms and for a title the
 * service left out.
 */
public final class WorkLabels {

    public static final Map<String, String> KINDS = ordered(
            "ACQUAINTANCE", "встреча-знакомство",
            "TRIAL", "пробная рабочая встреча",
            "PLANNING", "встреча-планирование",
            "REGULAR", "регулярная встреча",
            "FINAL", "итоговая встреча");
    public static final Map<String, String> FORMATS = ordered("IN_PERSON", "очно", "ONLINE", "онлайн");
    public static final Map<String, String> SIDES = ordered("MENTOR", "наставник", "MENTEE", "наставляемый",
            "CURATOR", "куратор");
    public static final Map<String, String> DECISIONS = ordered(
            "STOP", "завершить наставничество",
            "CONTINUE", "продолжить с новой темой и сроком");
    public static final Map<String, String> READINESS = ordered(
            "READY", "готов",
            "READY_WITH_SUPPORT", "готов при условии дополнительного сопровождения",
            "NOT_READY", "не готов");
    public static final Map<String, String> INITIATORS = ordered(
            "MENTOR", "наставник",
            "MENTEE", "наставляемый",
            "CURATOR", "куратор",
            "GUARDIAN", "родитель (законный представитель)");

    private WorkLabels() {
    }

    /** The service's title if it gave one, else ours, else a dash: never a code. */
    public static String title(@Nullable String serviceTitle, Map<String, String> ours, @Nullable String code) {
        if (serviceTitle != null && !serviceTitle.isBlank()) {
            return serviceTitle.strip();
        }
        return ours.getOrDefault(code == null ? "" : code, "—");
    }

    public static List<Option> options(Map<String, String> labels, @Nullable String chosen) {
        return Option.of(labels.entrySet(), Map.Entry::getKey, Map.Entry::getValue, e -> e.getKey().equals(chosen));
    }

    /** «1,2 МБ», «340 КБ», «12 Б». */
    public static String size(long bytes) {
        if (bytes >= 1024 * 1024) {
            return String.format(java.util.Locale.forLanguageTag("ru"), "%.1f МБ", bytes / 1024.0 / 1024.0);
        }
        return bytes >= 1024 ? (bytes + 1023) / 1024 + " КБ" : bytes + " Б";
    }

    private static Map<String, String> ordered(String... codesAndTitles) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < codesAndTitles.length; i += 2) {
            map.put(codesAndTitles[i], codesAndTitles[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}

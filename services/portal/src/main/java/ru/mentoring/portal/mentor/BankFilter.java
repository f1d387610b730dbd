package ru.mentoring.portal.mentor;

import io.micronaut.core.annotation.Nullable;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The «Банк наставников» filters exactly as the methodist set them, kept as text so the form shows
 * them back; {@code onlyFree} is the checkbox «только со свободными местами».
 */
record BankFilter(@Nullable String strength, @Nullable String form, @Nullable String subject, @Nullable String kind,
                  @Nullable String school, @Nullable String visibility, boolean onlyFree, @Nullable String q) {

    /** The bank's query parameters; empty filters are left out rather than sent blank. */
    Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        put(parameters, "strength", strength);
        put(parameters, "form", form);
        put(parameters, "subject", subject);
        put(parameters, "kind", kind);
        put(parameters, "school", school);
        put(parameters, "visibility", visibility);
        if (onlyFree) {
            parameters.put("minFreeCapacity", "1");
        }
        put(parameters, "q", q);
        return parameters;
    }

    /** Public, like every method a template calls. */
    public boolean isEmpty() {
        return parameters().isEmpty();
    }

    private static void put(Map<String, String> parameters, String name, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            parameters.put(name, value.strip());
        }
    }
}

package ru.mentoring.portal.mentee;

import io.micronaut.core.annotation.Nullable;

/**
 * The base's filters as read from the address: a value the portal cannot use (an unknown status, a
 * category code with odd characters) is dropped rather than refused, and the list still opens.
 */
record MenteeFilter(String status, String kind, String category, String q) {

    static final MenteeFilter NONE = new MenteeFilter("", "", "", "");

    static MenteeFilter of(@Nullable String status, @Nullable String kind, @Nullable String category,
                           @Nullable String q) {
        return new MenteeFilter(known(status, MenteeLabels.STATUSES.keySet()), known(kind, MenteeLabels.KINDS.keySet()),
                category == null || !category.strip().matches("[A-Za-z0-9_-]{1,60}") ? "" : category.strip(),
                q == null ? "" : q.strip().substring(0, Math.min(q.strip().length(), 200)));
    }

    public boolean isEmpty() {
        return status.isEmpty() && kind.isEmpty() && category.isEmpty() && q.isEmpty();
    }

    @Nullable
    String statusOrNull() {
        return status.isEmpty() ? null : status;
    }

    @Nullable
    String kindOrNull() {
        return kind.isEmpty() ? null : kind;
    }

    @Nullable
    String categoryOrNull() {
        return category.isEmpty() ? null : category;
    }

    @Nullable
    String qOrNull() {
        return q.isEmpty() ? null : q;
    }

    private static String known(@Nullable String value, java.util.Set<String> codes) {
        String v = value == null ? "" : value.strip();
        return codes.contains(v) ? v : "";
    }
}

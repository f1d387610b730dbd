package ru.mentoring.portal.mentor;

import io.micronaut.core.annotation.Nullable;

import java.util.UUID;

/**
 * A mentor as the other pages pick and name them (requests, pools, nominations, the yearly list):
 * id, name, home school and, already in Russian, category and free seats.
 */
public record MentorChoice(UUID id, String fullName, @Nullable String homeSchoolId, String kind, int freeCapacity) {

    /** «Иванова Мария Петровна (Педагог)» for a select option. */
    public String label() {
        return fullName + " (" + kind + ")";
    }
}

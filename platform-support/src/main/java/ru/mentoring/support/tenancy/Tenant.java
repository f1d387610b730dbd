package ru.mentoring.support.tenancy;

import io.micronaut.core.annotation.Nullable;

import java.util.Set;

/**
 * Whose data a unit of work may touch, as PostgreSQL row-level security reads it: the school from
 * the verified token or the event envelope, the scope, and the caller's verified e-mail (a mentor
 * reaches their own records through it). {@link #NONE} sees no school-scoped row at all.
 */
public record Tenant(String schoolId, Scope scope, String email) {

    /** How far past their own school the unit of work reaches. */
    public enum Scope {
        /** Nothing bound: every school-scoped table looks empty (fails closed). */
        NONE,
        /** One school's own rows. */
        SCHOOL,
        /** Municipal staff (methodist, expert, admin): the municipal workflows of every school, never pupils. */
        MUNICIPAL,
        /** The platform itself (relays, scheduled jobs that visit every school), never a user. */
        SYSTEM
    }

    public static final Tenant NONE = new Tenant("", Scope.NONE, "");

    private static final Set<String> MUNICIPAL_ROLES = Set.of(Roles.METHODIST, Roles.EXPERT, Roles.ADMIN);

    public Tenant {
        schoolId = schoolId == null ? "" : schoolId;
        email = email == null ? "" : email.toLowerCase(java.util.Locale.ROOT);
    }

    public static Tenant of(Caller caller) {
        boolean municipal = caller.roles().stream().anyMatch(MUNICIPAL_ROLES::contains);
        String school = caller.schoolId().orElse("");
        Scope scope = municipal ? Scope.MUNICIPAL : school.isEmpty() ? Scope.NONE : Scope.SCHOOL;
        return new Tenant(school, scope, caller.email().orElse(""));
    }

    /** A consumed event acts for the school its envelope names, and for no one when it names none. */
    public static Tenant ofEvent(@Nullable String schoolId) {
        return schoolId == null || schoolId.isBlank() ? NONE : new Tenant(schoolId, Scope.SCHOOL, "");
    }

    public static Tenant school(String schoolId) {
        return new Tenant(schoolId, Scope.SCHOOL, "");
    }

    public static final Tenant SYSTEM = new Tenant("", Scope.SYSTEM, "");
}

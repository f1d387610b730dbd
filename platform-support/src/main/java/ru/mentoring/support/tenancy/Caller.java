package ru.mentoring.support.tenancy;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.security.authentication.Authentication;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * Who is calling, read from the verified token only: Keycloak maps the realm roles into the
 * {@code roles} claim and the user's school into {@code school_id}. Nothing here comes from a
 * request parameter.
 */
public record Caller(String subject, String username, Set<String> roles, Optional<String> schoolId,
                     Optional<String> email) {

    public static final String SCHOOL_CLAIM = "school_id";

    public static Caller of(Authentication authentication) {
        var attributes = authentication.getAttributes();
        Object school = attributes.get(SCHOOL_CLAIM);
        Object username = attributes.getOrDefault("preferred_username", authentication.getName());
        return new Caller(authentication.getName(), String.valueOf(username), Set.copyOf(authentication.getRoles()),
                Optional.ofNullable(school).map(Caller::claimText).filter(s -> !s.isBlank()),
                Optional.ofNullable(attributes.get("email")).map(String::valueOf));
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    /** The caller's school, or 403 when the token carries none: a school-scoped action needs one. */
    public String requireSchool() {
        return schoolId.orElseThrow(() -> new HttpStatusException(HttpStatus.FORBIDDEN,
                "В учётной записи не указана школа (атрибут school_id): обратитесь к администратору"));
    }

    private static String claimText(Object claim) {
        if (claim instanceof Collection<?> values) {
            return values.isEmpty() ? "" : String.valueOf(values.iterator().next());
        }
        return String.valueOf(claim);
    }
}

package ru.mentoring.mentorbank.people;

import io.micronaut.security.authentication.Authentication;

/**
 * A person as others read them: «Смирнова Ирина», family name first, as Russian lists name people.
 * Taken from the verified token's name claims; the login only when the token carries no name.
 */
public final class PersonName {

    private PersonName() {
    }

    public static String of(Authentication authentication) {
        var claims = authentication.getAttributes();
        String family = text(claims.get("family_name"));
        String given = text(claims.get("given_name"));
        String name = (family + " " + given).strip();
        if (!name.isEmpty()) {
            return name;
        }
        String full = text(claims.get("name"));
        return full.isEmpty() ? text(claims.getOrDefault("preferred_username", authentication.getName())) : full;
    }

    private static String text(Object claim) {
        return claim == null ? "" : String.valueOf(claim).strip();
    }
}

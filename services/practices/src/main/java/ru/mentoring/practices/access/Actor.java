package ru.mentoring.practices.access;

import io.micronaut.security.authentication.Authentication;
import ru.mentoring.support.tenancy.Caller;
import ru.mentoring.support.tenancy.Roles;

import java.util.Locale;
import java.util.Optional;

/**
 * Who acts on the library, from the verified token only: the platform's {@link Caller} plus the
 * display name the library writes beside ratings, comments and review sheets. Authors are matched by
 * their e-mail, the one identity both a proposal and a token carry.
 */
public record Actor(Caller caller, String displayName) {

    public static Actor of(Authentication authentication) {
        Caller caller = Caller.of(authentication);
        Object name = authentication.getAttributes().get("name");
        String display = name == null || String.valueOf(name).isBlank() ? caller.username() : String.valueOf(name);
        return new Actor(caller, display);
    }

    public String subject() {
        return caller.subject();
    }

    public String username() {
        return caller.username();
    }

    public Optional<String> schoolId() {
        return caller.schoolId();
    }

    public String requireSchool() {
        return caller.requireSchool();
    }

    /** The e-mail in lower case, the form the library stores authors' e-mails in. */
    public Optional<String> email() {
        return caller.email().map(e -> e.strip().toLowerCase(Locale.ROOT)).filter(e -> !e.isEmpty());
    }

    public boolean isMethodist() {
        return caller.has(Roles.METHODIST);
    }

    public boolean isExpert() {
        return caller.has(Roles.EXPERT);
    }

    public boolean isCurator() {
        return caller.has(Roles.CURATOR);
    }

    public boolean isMentor() {
        return caller.has(Roles.MENTOR);
    }

    public boolean isAdmin() {
        return caller.has(Roles.ADMIN);
    }

    /** The curator of this school: responsible for its practices, drafts included. */
    public boolean isCuratorOf(String schoolId) {
        return isCurator() && schoolId.equals(caller.schoolId().orElse(null));
    }
}

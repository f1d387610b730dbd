package ru.mentoring.portal.web;

import io.micronaut.security.authentication.Authentication;
import ru.mentoring.support.tenancy.Caller;
import ru.mentoring.support.tenancy.Roles;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The signed-in user as the pages show them: name, role and school in Russian, and what they may open. */
public record PortalUser(String displayName, String username, Set<String> roles, Optional<String> schoolId) {

    // the order decides which role names the user in the header when they hold several
    private static final List<String> ROLE_ORDER = List.of(Roles.METHODIST, Roles.CURATOR, Roles.MENTOR,
            Roles.EXPERT, Roles.ADMIN);

    public static PortalUser of(Authentication authentication) {
        Caller caller = Caller.of(authentication);
        Object name = authentication.getAttributes().get("name");
        String displayName = name == null || name.toString().isBlank() ? caller.username() : name.toString();
        return new PortalUser(displayName, caller.username(), caller.roles(), caller.schoolId());
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    public boolean isMethodist() {
        return has(Roles.METHODIST);
    }

    public boolean isCurator() {
        return has(Roles.CURATOR);
    }

    public boolean isMentor() {
        return has(Roles.MENTOR);
    }

    /** Curators nominate their school's mentors; the methodist decides on the nominations. */
    public boolean canSeeNominations() {
        return isCurator() || isMethodist();
    }

    /** The methodist runs every network project; a curator follows those of their school. */
    public boolean canSeeNetworkProjects() {
        return isCurator() || isMethodist();
    }

    /** Curators ask for mentors, the methodist and the mentor asked for decide. */
    public boolean canSeeRequests() {
        return isCurator() || isMethodist() || isMentor();
    }

    /** The directory is open to whoever the school service lets read it. */
    public boolean canSeeDirectory() {
        return has(Roles.CURATOR) || has(Roles.METHODIST) || has(Roles.MENTOR);
    }

    /** The methodist organises the review of practices; experts score what they are assigned. */
    public boolean canReviewPractices() {
        return isMethodist() || has(Roles.EXPERT);
    }

    public String roleLabel() {
        return ROLE_ORDER.stream().filter(roles::contains).findFirst().map(PortalUser::roleName)
                .orElse("без роли");
    }

    public String schoolLabel() {
        return schoolId.map(id -> "школа № " + id).orElse(isMethodist() ? "ИМЦ" : "школа не указана");
    }

    static String roleName(String role) {
        return switch (role) {
            case Roles.METHODIST -> "методист ИМЦ";
            case Roles.CURATOR -> "куратор";
            case Roles.MENTOR -> "наставник";
            case Roles.EXPERT -> "эксперт";
            case Roles.ADMIN -> "администратор";
            default -> role;
        };
    }
}

package ru.mentoring.portal.web;

import io.micronaut.security.authentication.Authentication;
import ru.mentoring.support.tenancy.Caller;
import ru.mentoring.support.tenancy.Roles;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The signed-in user as the pages show them: name, role and school in Russian, and what they may open. */
public record PortalUser(String displayName, String username, Set<String> roles, Optional<String> schoolId,
                         @io.micronaut.core.annotation.Nullable String schoolName) {

    /** A mentee with their own optional login (issue 9), provisioned by the school's curator. */
    public static final String MENTEE = "mentee";

    // the order decides which role names the user in the header when they hold several
    private static final List<String> ROLE_ORDER = List.of(Roles.METHODIST, Roles.CURATOR, Roles.MENTOR,
            MENTEE, Roles.EXPERT, Roles.ADMIN);

    public PortalUser(String displayName, String username, Set<String> roles, Optional<String> schoolId) {
        this(displayName, username, roles, schoolId, null);
    }

    /**
     * The name as lists name people, family name first («Иванова Мария»), so the header agrees with the
     * mentor's profile and with every list of the bank; the token's full name or the login otherwise.
     */
    public static PortalUser of(Authentication authentication) {
        Caller caller = Caller.of(authentication);
        var claims = authentication.getAttributes();
        String familyFirst = (text(claims.get("family_name")) + " " + text(claims.get("given_name"))).strip();
        String name = text(claims.get("name"));
        String displayName = !familyFirst.isEmpty() ? familyFirst : !name.isEmpty() ? name : caller.username();
        return new PortalUser(displayName, caller.username(), caller.roles(), caller.schoolId());
    }

    /** The same user with their school named as the bank names it. */
    public PortalUser withSchoolName(@io.micronaut.core.annotation.Nullable String name) {
        return new PortalUser(displayName, username, roles, schoolId, name);
    }

    private static String text(Object claim) {
        return claim == null ? "" : claim.toString().strip();
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

    public boolean isMentee() {
        return has(MENTEE);
    }

    /** «Мои пары»: a mentor's pairs in every school, a mentee's own. */
    public boolean hasOwnPairs() {
        return isMentor() || isMentee();
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

    /**
     * Who is signed in, as the header says it: «куратор, № 1»; a user of no school is named by the role alone
     * («методист ИМЦ», «эксперт»), not «методист ИМЦ, ИМЦ».
     */
    public String headerLabel() {
        boolean ofSchool = schoolId.isPresent() || (schoolName != null && !schoolName.isBlank());
        return ofSchool ? roleLabel() + ", " + schoolLabel() : roleLabel();
    }

    public String schoolLabel() {
        if (schoolName != null && !schoolName.isBlank()) {
            return schoolName;
        }
        return schoolId.map(id -> "школа № " + id).orElse(isMethodist() ? "ИМЦ" : "школа не указана");
    }

    static String roleName(String role) {
        return switch (role) {
            case Roles.METHODIST -> "методист ИМЦ";
            case Roles.CURATOR -> "куратор";
            case Roles.MENTOR -> "наставник";
            case MENTEE -> "наставляемый";
            case Roles.EXPERT -> "эксперт";
            case Roles.ADMIN -> "администратор";
            default -> role;
        };
    }
}

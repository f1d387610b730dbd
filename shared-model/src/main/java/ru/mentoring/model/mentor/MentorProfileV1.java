package ru.mentoring.model.mentor;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Version 1 of the mentor as the mentor bank shares it with every school. Only professional
 * profile data travels here: personal contacts stay in the mentor bank (see ADR 0004).
 * {@code revision} grows with every change of the mentor, so a consumer never lets an older
 * profile that arrives late overwrite a newer one. {@code sharedWithSchoolIds} lists the member
 * schools of the network projects whose pool holds the mentor (added in 1.1, optional). Within version 1 only optional fields may be added.
 * Added in 1.2, optional: {@code experienceYears} (pedagogical experience, for events' eligibility rules) and
 * {@code accountKey}, the SHA-256 (hex) of the lower-cased e-mail the mentor signs in with — a pseudonymous
 * link from a login to the profile; the e-mail itself never travels (ADR 0004, ADR 0010).
 * Added in 1.3, optional, for schools' matching of mentees to mentors (ADR 0017): {@code preferredMenteeAge}
 * and {@code timeAvailable} as the mentor wrote them, and {@code acceptingRequests} (false while the mentor
 * pauses: no new pairs, running ones go on; absent means true).
 * Added in 1.4, optional: {@code ownStrengths}, the mentor's strengths in their school's own words that match
 * no catalogue competency yet (searchable like {@code strengths}; the methodist maps them later), and
 * {@code formats}, the codes of the kinds of teacher mentoring the mentor works in (TRADITIONAL, GROUP, …).
 */
@Serdeable
public record MentorProfileV1(
        UUID id,
        long revision,
        String fullName,
        MentorKind kind,
        @Nullable String homeSchoolId,
        @Nullable String organisation,
        @Nullable String position,
        @Nullable List<String> subjects,
        @Nullable List<String> strengths,
        int capacity,
        int activeAssignments,
        MentorVisibility visibility,
        @Nullable List<String> networkProjectIds,
        boolean active,
        @Nullable List<String> forms,
        @Nullable List<String> sharedWithSchoolIds,
        @Nullable Integer experienceYears,
        @Nullable String accountKey,
        @Nullable String preferredMenteeAge,
        @Nullable String timeAvailable,
        @Nullable Boolean acceptingRequests,
        @Nullable List<String> ownStrengths,
        @Nullable List<String> formats) {

    /** Serde reads the full 1.4 shape through this constructor; the ones below are for older callers only. */
    @io.micronaut.core.annotation.Creator
    public MentorProfileV1 {
    }

    /** The 1.1 shape, for producers and tests that do not know the 1.2 fields. */
    public MentorProfileV1(UUID id, long revision, String fullName, MentorKind kind, String homeSchoolId,
                           String organisation, String position, List<String> subjects, List<String> strengths,
                           int capacity, int activeAssignments, MentorVisibility visibility,
                           List<String> networkProjectIds, boolean active, List<String> forms,
                           List<String> sharedWithSchoolIds) {
        this(id, revision, fullName, kind, homeSchoolId, organisation, position, subjects, strengths, capacity,
                activeAssignments, visibility, networkProjectIds, active, forms, sharedWithSchoolIds, null, null);
    }

    /** The 1.2 shape, for producers and tests that do not know the 1.3 fields. */
    public MentorProfileV1(UUID id, long revision, String fullName, MentorKind kind, String homeSchoolId,
                           String organisation, String position, List<String> subjects, List<String> strengths,
                           int capacity, int activeAssignments, MentorVisibility visibility,
                           List<String> networkProjectIds, boolean active, List<String> forms,
                           List<String> sharedWithSchoolIds, Integer experienceYears, String accountKey) {
        this(id, revision, fullName, kind, homeSchoolId, organisation, position, subjects, strengths, capacity,
                activeAssignments, visibility, networkProjectIds, active, forms, sharedWithSchoolIds, experienceYears,
                accountKey, null, null, null);
    }

    /** The 1.3 shape, for producers and tests that do not know the 1.4 fields. */
    public MentorProfileV1(UUID id, long revision, String fullName, MentorKind kind, String homeSchoolId,
                           String organisation, String position, List<String> subjects, List<String> strengths,
                           int capacity, int activeAssignments, MentorVisibility visibility,
                           List<String> networkProjectIds, boolean active, List<String> forms,
                           List<String> sharedWithSchoolIds, Integer experienceYears, String accountKey,
                           String preferredMenteeAge, String timeAvailable, Boolean acceptingRequests) {
        this(id, revision, fullName, kind, homeSchoolId, organisation, position, subjects, strengths, capacity,
                activeAssignments, visibility, networkProjectIds, active, forms, sharedWithSchoolIds, experienceYears,
                accountKey, preferredMenteeAge, timeAvailable, acceptingRequests, null, null);
    }

    /** A mentor takes new mentees unless they paused (an absent flag, from older producers, means they do). */
    public boolean takesNewMentees() {
        return active && !Boolean.FALSE.equals(acceptingRequests);
    }

    public int freeCapacity() {
        return Math.max(0, capacity - activeAssignments);
    }

    /**
     * Each mentor's newest revision among the profiles, in the order of their ids: what a read model fed by
     * a batch of full-state events needs to write (an older revision would change nothing).
     */
    public static List<MentorProfileV1> newestPerMentor(Collection<MentorProfileV1> profiles) {
        Map<UUID, MentorProfileV1> newest = new TreeMap<>();
        for (MentorProfileV1 profile : profiles) {
            newest.merge(profile.id(), profile, (kept, other) -> other.revision() > kept.revision() ? other : kept);
        }
        return List.copyOf(newest.values());
    }
}

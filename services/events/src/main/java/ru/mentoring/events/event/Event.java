package ru.mentoring.events.event;

import io.micronaut.core.annotation.Nullable;
import ru.mentoring.events.support.Person;
import ru.mentoring.support.tenancy.Roles;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * An event of the catalogue with its rules: who may apply (audience, experience, team size and grades),
 * when (the registration window), how many (capacity, a cap per school) and whether the organiser
 * approves each application. {@code taken} counts the places REGISTERED applications hold, {@code waiting}
 * the WAITLISTED ones; a cancelled event keeps its place in the catalogue with its {@link Cancellation}.
 */
public record Event(
        UUID id,
        @Nullable UUID seriesId,
        String title,
        @Nullable String description,
        EventKind kind,
        Organiser organiser,
        @Nullable String organiserSchoolId,
        @Nullable UUID networkProjectId,
        @Nullable String networkProjectName,
        List<String> memberSchoolIds,
        EventFormat format,
        @Nullable String venue,
        @Nullable String onlineUrl,
        Instant startsAt,
        Instant endsAt,
        int capacity,
        int taken,
        int waiting,
        Instant opensAt,
        Instant closesAt,
        boolean requiresApproval,
        @Nullable Integer schoolCap,
        Map<String, Integer> schoolCaps,
        Set<Audience> audience,
        Participation participation,
        @Nullable Integer teamMin,
        @Nullable Integer teamMax,
        @Nullable Integer gradeMin,
        @Nullable Integer gradeMax,
        @Nullable Integer experienceMin,
        @Nullable Integer experienceMax,
        List<ApplicationField> fields,
        String createdBy,
        @Nullable Cancellation cancellation) {

    public boolean cancelled() {
        return cancellation != null;
    }

    public int freePlaces() {
        return Math.max(0, capacity - taken);
    }

    /** The cap for one school: the organiser's cap for that school, else the event's cap for every school. */
    public @Nullable Integer capFor(@Nullable String schoolId) {
        if (schoolId == null) {
            return null;
        }
        Integer own = schoolCaps.get(schoolId);
        return own != null ? own : schoolCap;
    }

    public boolean hasCaps() {
        return schoolCap != null || !schoolCaps.isEmpty();
    }

    public boolean teams() {
        return participation == Participation.TEAM;
    }

    /** Municipal events are everyone's; a school's event its own; a network project's event its member schools'. */
    public boolean visibleTo(Person person) {
        if (organiser == Organiser.MUNICIPALITY || person.municipal() || person.has(Roles.EXPERT)) {
            return true;
        }
        String school = person.school().orElse(null);
        return school != null && (school.equals(organiserSchoolId) || memberSchoolIds.contains(school));
    }

    /** The methodist runs every event; a curator runs the events of their school and of projects it leads. */
    public boolean managedBy(Person person) {
        if (person.municipal()) {
            return true;
        }
        return person.has(Roles.CURATOR) && organiserSchoolId != null
                && person.school().map(organiserSchoolId::equals).orElse(false);
    }

    /** May a person of this school take part at all? Only a network project's schools, only a school's own staff. */
    public boolean openToSchool(@Nullable String schoolId) {
        return switch (organiser) {
            case MUNICIPALITY -> true;
            case SCHOOL -> organiserSchoolId.equals(schoolId);
            case NETWORK_PROJECT -> schoolId != null && (schoolId.equals(organiserSchoolId) || memberSchoolIds.contains(schoolId));
        };
    }

    public Event withTaken(int newTaken) {
        return new Event(id, seriesId, title, description, kind, organiser, organiserSchoolId, networkProjectId,
                networkProjectName, memberSchoolIds, format, venue, onlineUrl, startsAt, endsAt, capacity, newTaken, waiting,
                opensAt, closesAt, requiresApproval, schoolCap, schoolCaps, audience, participation, teamMin, teamMax,
                gradeMin, gradeMax, experienceMin, experienceMax, fields, createdBy, cancellation);
    }
}

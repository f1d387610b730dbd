package ru.mentoring.school.directory;

import io.micronaut.context.ApplicationContext;
import ru.mentoring.model.event.EventEnvelope;
import ru.mentoring.model.mentor.AccountKey;
import ru.mentoring.model.mentor.MentorEvents;
import ru.mentoring.model.mentor.MentorKind;
import ru.mentoring.model.mentor.MentorProfileV1;
import ru.mentoring.model.mentor.MentorVisibility;
import ru.mentoring.support.tenancy.Tenancy;
import ru.mentoring.support.tenancy.Tenant;

import java.util.List;
import java.util.UUID;

/** Mentors of the shared base, put into the school's directory the way the mentor bank's events do. */
public final class DirectoryFixtures {

    private DirectoryFixtures() {
    }

    public static UUID municipalMentor(ApplicationContext context, String fullName, int capacity, String email) {
        return mentor(context, fullName, "2", MentorVisibility.MUNICIPAL, capacity, 0, email);
    }

    public static UUID mentor(ApplicationContext context, String fullName, String homeSchool, MentorVisibility visibility,
                              int capacity, int taken, String email) {
        return mentor(context, fullName, homeSchool, visibility, capacity, taken, email,
                List.of("подготовка к ГИА", "проектная деятельность"));
    }

    /** A municipal mentor of school 2 alike the others but for these strengths. */
    public static UUID mentorWithStrengths(ApplicationContext context, String fullName, int capacity,
                                           List<String> strengths) {
        return mentor(context, fullName, "2", MentorVisibility.MUNICIPAL, capacity, 0, null, strengths);
    }

    /** A municipal mentor of school 2 whose strengths are in their own words, not yet in the catalogue. */
    public static UUID mentorWithOwnStrengths(ApplicationContext context, String fullName, int capacity, List<String> own) {
        return mentor(context, fullName, "2", MentorVisibility.MUNICIPAL, capacity, 0, null, List.of(), own);
    }

    private static UUID mentor(ApplicationContext context, String fullName, String homeSchool,
                               MentorVisibility visibility, int capacity, int taken, String email, List<String> strengths) {
        return mentor(context, fullName, homeSchool, visibility, capacity, taken, email, strengths, List.of());
    }

    private static UUID mentor(ApplicationContext context, String fullName, String homeSchool, MentorVisibility visibility,
                               int capacity, int taken, String email, List<String> strengths, List<String> own) {
        UUID id = UUID.randomUUID();
        var profile = new MentorProfileV1(id, 1, fullName, MentorKind.TEACHER, homeSchool, null, "учитель физики",
                List.of("физика"), strengths, capacity, taken, visibility,
                List.of(), true, List.of("TEACHER_TEACHER", "PUPIL_PUPIL"), List.of(), 15,
                email == null ? null : AccountKey.of(email), "5–9 классы, молодые педагоги", "вторник, четверг после 15:00",
                true, own, List.of());
        Tenancy.runVoid(Tenant.NONE, () -> context.getBean(DirectoryProjection.class)
                .applyAll(List.of(EventEnvelope.of(MentorEvents.REGISTERED, homeSchool, profile))));
        return id;
    }
}

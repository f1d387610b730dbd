package ru.mentoring.mentorbank.mentor;

import ru.mentoring.model.mentor.MentorKind;
import ru.mentoring.model.mentor.MentorVisibility;

import java.util.List;
import java.util.UUID;

/** Mentors as the tests need them, built by hand: no database. */
public final class MentorMother {

    private MentorMother() {
    }

    public static Mentor municipal() {
        return mentor(MentorVisibility.MUNICIPAL, "1", 2, 0, 0);
    }

    public static Mentor ofSchool(String school, MentorVisibility visibility) {
        return mentor(visibility, school, 2, 0, 0);
    }

    public static Mentor withSeats(int capacity, int active, int reserved) {
        return mentor(MentorVisibility.MUNICIPAL, "1", capacity, active, reserved);
    }

    private static Mentor mentor(MentorVisibility visibility, String school, int capacity, int active, int reserved) {
        return new Mentor(UUID.randomUUID(), 1, "Иванова Мария Сергеевна", MentorKind.TEACHER, school, null, "учитель",
                null, null, null, List.of("физика"), List.of("проектная деятельность"), List.of("TEACHER_TEACHER"),
                List.of(), List.of(), "высшая", 12, null, null, null, null, null, false, capacity, active, reserved,
                visibility, MentorStatus.ACTIVE, null, null, null, null, null);
    }
}

package ru.mentoring.school.mentee;

import jakarta.inject.Singleton;
import ru.mentoring.support.tenancy.SchoolScope;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Singleton
class MenteeService {

    private final MenteeRepository mentees;
    private final SchoolScope scope;

    MenteeService(MenteeRepository mentees, SchoolScope scope) {
        this.mentees = mentees;
        this.scope = scope;
    }

    Mentee register(String schoolId, RegisterMenteeCommand command) {
        var kind = command.kind() != null ? command.kind() : MenteeKind.PUPIL;
        return scope.inSchool(schoolId, () -> mentees.save(new Mentee(UUID.randomUUID(), schoolId,
                command.fullName().strip(), kind, trim(command.grade()), trim(command.request()),
                command.enteredAt(), null, null)));
    }

    Optional<Mentee> find(String schoolId, UUID id) {
        return scope.readInSchool(schoolId, () -> mentees.findByIdAndSchoolId(id, schoolId));
    }

    List<Mentee> all(String schoolId) {
        return scope.readInSchool(schoolId, () -> mentees.findBySchoolIdOrderByFullName(schoolId));
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

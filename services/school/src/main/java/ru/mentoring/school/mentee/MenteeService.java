package ru.mentoring.school.mentee;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The request's school is bound to the connection by the platform; queries still name it explicitly. */
@Singleton
class MenteeService {

    private final MenteeRepository mentees;

    MenteeService(MenteeRepository mentees) {
        this.mentees = mentees;
    }

    @Transactional
    Mentee register(String schoolId, RegisterMenteeCommand command) {
        var kind = command.kind() != null ? command.kind() : MenteeKind.PUPIL;
        return mentees.save(new Mentee(UUID.randomUUID(), schoolId, command.fullName().strip(), kind,
                trim(command.grade()), trim(command.request()), command.enteredAt(), null, null));
    }

    @Transactional(readOnly = true)
    Optional<Mentee> find(String schoolId, UUID id) {
        return mentees.findByIdAndSchoolId(id, schoolId);
    }

    @Transactional(readOnly = true)
    List<Mentee> all(String schoolId) {
        return mentees.findBySchoolIdOrderByFullName(schoolId);
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

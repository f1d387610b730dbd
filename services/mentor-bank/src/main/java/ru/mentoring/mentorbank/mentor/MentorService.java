package ru.mentoring.mentorbank.mentor;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ru.mentoring.model.event.EventEnvelope;
import ru.mentoring.model.mentor.MentorEvents;
import ru.mentoring.model.mentor.MentorVisibility;
import ru.mentoring.support.outbox.Outbox;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Singleton
class MentorService {

    private final MentorRepository mentors;
    private final Outbox outbox;

    MentorService(MentorRepository mentors, Outbox outbox) {
        this.mentors = mentors;
        this.outbox = outbox;
    }

    /** The mentor and the event announcing it commit together or not at all. */
    @Transactional
    Mentor register(RegisterMentorCommand command) {
        var visibility = command.visibility() != null ? command.visibility() : MentorVisibility.MUNICIPAL;
        var mentor = mentors.save(new Mentor(UUID.randomUUID(), 1, command.fullName().strip(), command.kind(),
                blankToNull(command.homeSchoolId()), blankToNull(command.organisation()), blankToNull(command.position()),
                blankToNull(command.email()), blankToNull(command.phone()),
                orEmpty(command.subjects()), orEmpty(command.strengths()),
                command.capacity(), 0, visibility, null, null));
        outbox.append("mentor", mentor.id().toString(), MentorEvents.REGISTERED,
                EventEnvelope.of(MentorEvents.REGISTERED, mentor.homeSchoolId(), mentor.toProfile()));
        return mentor;
    }

    @Transactional(readOnly = true)
    Optional<Mentor> find(UUID id) {
        return mentors.findById(id);
    }

    @Transactional(readOnly = true)
    List<Mentor> all() {
        return mentors.findAllOrderByFullName();
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values.stream().map(String::strip).distinct().toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

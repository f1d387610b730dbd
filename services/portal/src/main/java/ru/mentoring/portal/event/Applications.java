package ru.mentoring.portal.event;

import ru.mentoring.portal.backend.events.Events;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The typed application form as the events service takes it; what it cannot read, the service refuses in Russian. */
final class Applications {

    private Applications() {
    }

    static Events.Application of(ApplyForm f) {
        Map<String, String> answers = f.answers().isEmpty() ? null : f.answers();
        if (f.teamName() != null && !f.teamName().isBlank()) {
            return new Events.Application(null, new Events.Team(f.teamName().strip(), grades(f.teamGrades()), null), answers);
        }
        UUID staff = null;
        if (f.mentorId() != null && !f.mentorId().isBlank()) {
            try {
                staff = UUID.fromString(f.mentorId().strip());
            } catch (IllegalArgumentException e) {
                staff = null;
            }
        }
        return new Events.Application(staff, null, answers);
    }

    /** «7, 7, 8» → [7, 7, 8]; a word that is no number is left out and the count check tells the user. */
    static List<Integer> grades(String text) {
        List<Integer> grades = new ArrayList<>();
        if (text == null) {
            return grades;
        }
        for (String part : text.split("[,;\\s]+")) {
            if (part.matches("\\d{1,2}")) {
                grades.add(Integer.parseInt(part));
            }
        }
        return grades;
    }

}

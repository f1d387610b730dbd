package ru.mentoring.portal.mentee;

import ru.mentoring.portal.backend.school.Mentees;
import ru.mentoring.portal.web.Dates;

import java.util.UUID;

/** A line of the mentee base, already in Russian. */
record MenteeRow(UUID id, String fullName, String kind, String place, String request, String status,
                 String statusClass, String enteredAt) {

    static MenteeRow of(Mentees.Mentee m) {
        String category = m.requestCategoryTitle() == null || m.requestCategoryTitle().isBlank() ? ""
                : m.requestCategoryTitle();
        String text = m.request() == null ? "" : m.request().strip();
        String request = category.isEmpty() ? (text.isEmpty() ? "—" : text)
                : text.isEmpty() ? category : category + ": " + text;
        return new MenteeRow(m.id(), m.fullName(), m.kindTitle() == null ? MenteeLabels.kind(m.kind()) : m.kindTitle(),
                MenteeLabels.place(m.grade(), m.position()), request,
                m.statusTitle() == null ? MenteeLabels.status(m.status()) : m.statusTitle(),
                switch (m.status() == null ? "" : m.status()) {
                    case "IN_PAIR" -> "accepted";
                    case "CANDIDATE" -> "pending";
                    default -> "";
                }, Dates.day(m.enteredAt()));
    }
}

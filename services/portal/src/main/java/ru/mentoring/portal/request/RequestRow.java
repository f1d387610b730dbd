package ru.mentoring.portal.request;

import ru.mentoring.portal.backend.mentorbank.MentorRequests;
import ru.mentoring.portal.catalogue.Schools;
import ru.mentoring.portal.mentor.MentorNames;
import ru.mentoring.portal.web.Dates;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A «Запросы наставников» row, in Russian, people by name; {@code decidable} when this user may accept or
 * decline it, {@code withdrawable} when this user's school may take it back.
 */
record RequestRow(UUID id, String mentorName, String school, String need, String status, String statusClass,
                  String reason, String requestedBy, String createdAt, String decidedAt, boolean decidable,
                  String decidedBy, boolean withdrawable) {

    static RequestRow of(MentorRequests.Request r, Map<UUID, String> names, Schools schools,
                         boolean mayDecide) {
        return of(r, names, schools, mayDecide, false);
    }

    static RequestRow of(MentorRequests.Request r, Map<UUID, String> names, Schools schools, boolean mayDecide,
                         boolean mayWithdraw) {
        String mentor = r.mentorName() != null && !r.mentorName().isBlank() ? r.mentorName()
                : names.getOrDefault(r.mentorId(), MentorNames.unknown(r.mentorId()));
        String school = r.requestingSchoolName() != null && !r.requestingSchoolName().isBlank()
                ? r.requestingSchoolName() : schools.label(r.requestingSchoolId());
        boolean pending = "PENDING".equals(r.status());
        return new RequestRow(r.id(), mentor, school, r.need() == null ? "" : r.need(), status(r.status()),
                r.status() == null ? "" : r.status().toLowerCase(Locale.ROOT),
                r.decisionReason() == null ? "" : r.decisionReason(),
                person(r.requestedByName(), r.requestedBy()), Dates.moment(r.createdAt()),
                Dates.moment(r.decidedAt()), mayDecide && pending, person(r.decidedByName(), r.decidedBy()),
                mayWithdraw && pending);
    }

    /** A person by name; an old bank's answer has only the login, shown then rather than nothing. */
    private static String person(String name, String login) {
        return name != null && !name.isBlank() ? name : login == null ? "" : login;
    }

    /** Still waiting for the mentor's or the methodist's decision. */
    boolean isPending() {
        return "pending".equals(statusClass);
    }

    /** The status as the school reads it; a status a newer bank sends is shown as it is. */
    static String status(String code) {
        if (code == null) {
            return "—";
        }
        return switch (code) {
            case "PENDING" -> "ожидает решения";
            case "ACCEPTED" -> "принят";
            case "DECLINED" -> "отклонён";
            case "WITHDRAWN" -> "отозван школой";
            default -> code;
        };
    }
}
